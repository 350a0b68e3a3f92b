#pragma once

#include "ContentEditor.h"

#include <QScopedPointer>

namespace Ui {
class ScriptContent;
}

namespace sx {

/** The script of a python, shell or go job: a monospace editor with a line and column indicator. */
class ScriptContent : public ContentEditor
{
    Q_OBJECT

public:
    explicit ScriptContent(QWidget* parent = nullptr);
    ~ScriptContent() override;

    void load(const Job& job) override;
    void store(Job& job) const override;
    QWidget* widgetFor(const Problem& problem) const override;

private:
    void updateCursorLabel();

    const QScopedPointer<Ui::ScriptContent> m_ui;
};

} // namespace sx
