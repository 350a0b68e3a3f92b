#pragma once

#include "Job.h"

#include <QDialog>
#include <QHash>
#include <QScopedPointer>

#include <optional>

namespace Ui {
class PlaceholdersDialog;
}

class QLineEdit;

namespace sx {

/** Asks for a value for each unfilled "${NAME}" of a job (Placeholders::unfilled) and fills them in with
 *  Placeholders::substitute. OK is enabled once every value is given. The values typed are remembered, by
 *  placeholder name, for the rest of the session and offered again next time. */
class PlaceholdersDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PlaceholdersDialog(const Job& job, QWidget* parent = nullptr);
    ~PlaceholdersDialog() override;

    // The job, filled; nullopt when the user cancels. Returns the job unchanged when nothing is unfilled.
    static std::optional<Job> fill(const Job& job, QWidget* parent = nullptr);

    QStringList names() const; // the placeholders asked for, first used first
    QHash<QString, QString> values() const; // as typed, trimmed
    Job filledJob() const; // the substituted job once accepted

    // The values remembered this session, and a way to drop them.
    static QHash<QString, QString> rememberedValues();
    static void forgetValues();

    void accept() override;
    void done(int result) override;

private:
    void addField(const QString& name);
    void updateOkButton();
    void fitHeight();

    const QScopedPointer<Ui::PlaceholdersDialog> m_ui;
    const Job m_job;
    Job m_filled;
    QList<QPair<QString, QLineEdit*>> m_edits;
};

} // namespace sx
