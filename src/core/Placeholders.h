#pragma once

#include "Job.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace sx {

// One "${NAME}" in a job: which field holds it and the name to fill.
struct PlaceholderUse
{
    Param param;
    QString key; // the job file key, e.g. "Namespace" or "ContactInfo[1].UserMail"
    QString name;
};

// Template placeholders: a field left as "${NAME}" to be filled at submit time (--set NAME=VALUE, or the GUI).
// A numeric or boolean field may only be a whole "${NAME}"; a text field may embed them ("job-${ENV}").
// In the Content of a script job (python, shell, go) "${...}" is the script's own syntax: it is filled when a
// value is given but never reported as unfilled, so "echo ${HOME}" keeps working.
class Placeholders
{
    Q_DECLARE_TR_FUNCTIONS(Placeholders)

public:
    static bool isWholeValue(const QString& text, QString* name = nullptr);
    static QStringList namesIn(const QString& text); // in order, duplicates kept

    static QList<PlaceholderUse> uses(const Job& job); // every placeholder, in parameter order
    static QList<PlaceholderUse> unfilledUses(const Job& job); // the ones that must be filled before sending
    static QStringList unfilled(const Job& job); // their distinct names, first seen first

    // "NAME=VALUE" from the command line.
    static bool parseAssignment(const QString& argument, QString* name, QString* value, QString* error);

    // Fills the placeholders that have a value, converting them for numeric and boolean fields; others stay.
    // Errors name the key and the placeholder ("Timeout" must be a whole number: --set T=abc); givenAs shows the
    // value as the user gave it, %1 the name and %2 the value (the GUI, which has no --set, passes its own).
    static std::optional<Job> substitute(const Job& job,
                                         const QHash<QString, QString>& values,
                                         QStringList* errors,
                                         const QString& givenAs = QStringLiteral("--set %1=%2"));
};

} // namespace sx
