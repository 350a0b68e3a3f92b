#pragma once

#include "ContentEditor.h"

#include <QScopedPointer>

namespace Ui {
class HttpContent;
}

namespace sx {

/** An http job's Content: URL, method, timeout, the response check (key and value) and a cookie, written as the
 *  JSON object the service takes. */
class HttpContent : public ContentEditor
{
    Q_OBJECT

public:
    explicit HttpContent(QWidget* parent = nullptr);
    ~HttpContent() override;

    void load(const Job& job) override;
    void store(Job& job) const override;
    QWidget* widgetFor(const Problem& problem) const override;

private:
    const QScopedPointer<Ui::HttpContent> m_ui;
};

} // namespace sx
