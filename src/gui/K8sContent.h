#pragma once

#include "ContentEditor.h"

#include <QScopedPointer>

namespace Ui {
class K8sContent;
}

namespace sx {

/** A k8s job: its resource kind and image (XAttrs) and its script or YAML (Content). */
class K8sContent : public ContentEditor
{
    Q_OBJECT

public:
    explicit K8sContent(QWidget* parent = nullptr);
    ~K8sContent() override;

    void load(const Job& job) override;
    void store(Job& job) const override;
    QWidget* widgetFor(const Problem& problem) const override;

private:
    const QScopedPointer<Ui::K8sContent> m_ui;
};

} // namespace sx
