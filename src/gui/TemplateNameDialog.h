#pragma once

#include <QDialog>
#include <QScopedPointer>
#include <QStringList>

namespace Ui {
class TemplateNameDialog;
}

namespace sx {

/** Asks for a template's name (and, when saving, a description). A name another template already has is
 *  refused when renaming; when saving it is accepted only once the user confirms replacing that template. */
class TemplateNameDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Save, Rename };

    // takenNames: the names of the other templates of the library.
    TemplateNameDialog(Mode mode, const QStringList& takenNames, QWidget* parent = nullptr);
    ~TemplateNameDialog() override;

    QString name() const; // trimmed
    void setName(const QString& name);
    QString description() const; // trimmed
    void setDescription(const QString& description);

    // True when the user confirmed replacing the template that has this name (Save mode only).
    bool replaces() const;

    void accept() override;

private:
    bool isTaken() const;
    void updateState();

    const QScopedPointer<Ui::TemplateNameDialog> m_ui;
    const Mode m_mode;
    const QStringList m_takenNames;
    bool m_replaces = false;
};

} // namespace sx
