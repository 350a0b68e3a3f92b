#pragma once

#include "Job.h"
#include "Problem.h"

#include <QScopedPointer>
#include <QStringList>
#include <QWidget>

namespace Ui {
class AlertsPanel;
}

class QCheckBox;
class QLineEdit;

namespace sx {

/** "Alerts and contacts" of the job composer: the alert switches, Timeout and FailTimes, SendChannel as check
 *  boxes, and the ContactInfo table.
 *
 *  Each contact cell is a QLineEdit, so that a problem at "ContactInfo[2].UserMail" has a widget of its own:
 *  widgetFor() returns that cell and the form marks it like any other field (sxProblem and a tooltip).
 *  Rows whose cells are all empty are not stored; ContactInfo[n] is the n-th row that is not empty. */
class AlertsPanel : public QWidget
{
    Q_OBJECT

public:
    enum ContactColumn { NameColumn, PhoneColumn, MailColumn, DingColumn, ContactColumnCount };

    explicit AlertsPanel(QWidget* parent = nullptr);
    ~AlertsPanel() override;

    // Shows what the job holds; emits nothing.
    void load(const Job& job);
    // Sets or unsets each parameter of this panel.
    void store(Job& job) const;

    // The field of a problem (for ContactInfo[n].Field, that cell), or nullptr when it is not on this panel.
    QWidget* widgetFor(const Problem& problem) const;
    // Scrolls to the field (selecting a contact cell) and focuses it; false when it is not here.
    bool focusProblem(const Problem& problem);

    // The contact cells, for tests and the form; nullptr outside the table.
    QLineEdit* contactCell(int row, int column) const;

Q_SIGNALS:
    void changed();

private:
    void addContactRow(const Contact& contact);
    void addContact();
    void removeContact();
    ContactList contacts() const;
    int rowOfContact(int number) const; // number from 1, counting rows that are not empty; -1 when none
    void loadChannels(const QString& text);
    QString channelsText() const;
    void updateTies();
    void updateChannelNotes();
    void updateRemoveButton();
    void updateContactsShown();
    void onEdited();
    bool eventFilter(QObject* watched, QEvent* event) override;

    const QScopedPointer<Ui::AlertsPanel> m_ui;
    QList<QCheckBox*> m_channelChecks; // in the order of JobKinds::sendChannels()
    QStringList m_channelOrder; // the loaded job's order, kept when written back
    QStringList m_otherChannels; // loaded names that are no channel: kept until dropped, for the validator
    bool m_loading = false;
};

} // namespace sx
