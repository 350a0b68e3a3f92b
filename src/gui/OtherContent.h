#pragma once

#include "ContentEditor.h"

#include <QScopedPointer>

namespace Ui {
class OtherContent;
}

namespace sx {

/** The Content of an xxljob, dataworks or springschedule job, sent exactly as typed: the API documents no
 *  format for it, so the page says what those types' consoles ask for. */
class OtherContent : public ContentEditor
{
    Q_OBJECT

public:
    explicit OtherContent(QWidget* parent = nullptr);
    ~OtherContent() override;

    void load(const Job& job) override;
    void store(Job& job) const override;
    QWidget* widgetFor(const Problem& problem) const override;
    void setJobType(const QString& jobType) override;

private:
    const QScopedPointer<Ui::OtherContent> m_ui;
};

} // namespace sx
