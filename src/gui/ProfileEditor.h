#pragma once

#include "ConnectionTest.h"
#include "Profile.h"

#include <QScopedPointer>
#include <QWidget>

#include <functional>

namespace Ui {
class ProfileEditor;
}

class QLabel;

namespace sx {

/** The fields of one profile: moves values between its widgets and a Profile, marks what is wrong at the field
 *  (with the core's rules: isValidProfileName, endpointProblem, explicitEndpointProblem), and holds the password
 *  fields for the AccessKey secret and STS token. It never reads a secret back into a field; it only knows whether
 *  one is stored (setSecretPresence) to word the placeholder. Also shows the connection test's button and answer. */
class ProfileEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Presence { Unknown, Stored, Missing, Unreadable }; // of a secret in the store
    enum class Check {
        Live, // while typing: what is wrong, not yet what is missing
        Save, // everything, missing fields too
        Connection, // what a connection test needs (the name does not matter)
    };

    explicit ProfileEditor(QWidget* parent = nullptr);
    ~ProfileEditor() override;

    // Fills the fields and empties the password fields; a new profile's name can be typed, a stored one's cannot.
    void load(const Profile& profile, bool isNew);
    bool isNew() const;
    Profile profile() const; // as the fields say; untouched timeouts keep their exact milliseconds
    QString typedSecret() const; // empty when none was typed
    QString typedToken() const; // empty when none was typed, or the profile is not STS
    void clearTypedSecrets();

    void setSecretPresence(Presence secret, Presence token);
    Presence secretPresence() const;
    Presence tokenPresence() const;
    void setSecretsPersistent(bool persistent); // placeholders say "keychain", or "memory for this session"

    // Names the new profile may not take (those already stored).
    void setNameInUse(std::function<bool(const QString&)> inUse);
    // Marks each field's problem beside it; true when there is none. Save and Connection also mark what is
    // missing; after a Save check, so does typing, until the next load().
    bool validate(Check check);
    void focusFirstProblem();
    void focusFirstField(); // the name of a new profile, else the AccessKey ID

    // The connection test row.
    void setTestEnabled(bool enabled);
    void showTesting(const QString& text);
    void showConnectionReport(const ConnectionTest::Report& report);

Q_SIGNALS:
    void edited(); // by the operator; load() does not emit it
    void testRequested();

private:
    void fillCombos();
    void alignForms();
    void onEdited();
    void setProblem(QWidget* field, QLabel* label, const QString& problem);
    void updatePlaceholders();
    void updateModeRows();
    void updateEndpointPreview();

    const QScopedPointer<Ui::ProfileEditor> m_ui;
    Profile m_loaded; // the starting point: its timeouts keep their milliseconds when untouched
    bool m_isNew = false;
    bool m_loading = false;
    bool m_showMissing = false;
    bool m_persistent = true;
    Presence m_secretPresence = Presence::Unknown;
    Presence m_tokenPresence = Presence::Unknown;
    std::function<bool(const QString&)> m_nameInUse;
    QList<QWidget*> m_marked;
};

} // namespace sx
