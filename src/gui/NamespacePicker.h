#pragma once

#include "ServiceDirectory.h"

#include <QObject>
#include <QPointer>

class QAction;
class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace sx {

/** Turns the composer's namespace and group line edits into pickers: a completer over the lists the service
 *  knows (shown as "name — uid", inserting the uid, matched by any part of either), a drop-down action that
 *  shows the whole list and a refresh action. The group list follows the namespace in its field. Typing stays
 *  free: the lists only suggest, and when one cannot be had the drop-down action's tooltip says why.
 *  Nothing is fetched until a field gets the focus or its list is opened, and then only what the cache lacks. */
class NamespacePicker : public QObject
{
    Q_OBJECT

public:
    // Item data role of the completers' models that holds what is inserted (the uid or the GroupId).
    static constexpr int IdRole = Qt::UserRole + 1;

    NamespacePicker(QLineEdit* namespaceEdit, QLineEdit* groupEdit, ServiceDirectory* directory, QObject* parent);

    // Where the lists come from. targetKey names them in the cache ("sandbox", a profile name); source is
    // asked for endpoint and credentials only when a list must be fetched. Both fields show the new
    // target's cached lists at once.
    void setTarget(const QString& targetKey, ServiceTargetSource source);
    QString targetKey() const;
    // The job's RegionId; connect the region field's textChanged here.
    void setRegion(const QString& region);
    QString region() const;

    // Open a field's whole list, fetching it first when it is not known yet.
    void showNamespaces();
    void showGroups();
    // Fetch a list again, even when it is known.
    void refreshNamespaces();
    void refreshGroups();

    // Why a field's list is empty, stale or loading (translated); empty when the list is there.
    QString namespaceStatus() const;
    QString groupStatus() const;

    QCompleter* namespaceCompleter();
    QCompleter* groupCompleter();

Q_SIGNALS:
    // For a status bar: loading, or why a list could not be had; empty once a list arrived.
    void statusChanged(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum class Side { Namespaces, Groups };
    struct Field
    {
        QPointer<QLineEdit> edit;
        QStandardItemModel* model = nullptr;
        QCompleter* completer = nullptr;
        QAction* listAction = nullptr;
        QAction* refreshAction = nullptr;
        QString status;
        bool popupWanted = false; // the user asked for the list; open it when it arrives
        bool showsWarning = false; // the drop-down action shows the warning icon
    };

    Field& field(Side side);
    const Field& field(Side side) const;
    void setupField(Side side, QLineEdit* edit);
    QCompleter* completer(Side side);
    DirectoryKey keyOf(Side side) const;
    bool shows(Side side, const DirectoryKey& key) const;
    QString missingInput(Side side) const; // why no list can be asked for; empty when one can
    void show(Side side);
    void refresh(Side side);
    void fetchOnFocus(Side side);
    void fetch(Side side, bool force);
    void rebuild(Side side);
    void updateStatus(Side side);
    void openPopup(Side side);
    void onListed(const DirectoryKey& key);
    void onFailed(const DirectoryKey& key, const DirectoryProblem& problem);
    void onFetchingChanged(const DirectoryKey& key);

    ServiceDirectory* m_directory;
    QString m_targetKey;
    ServiceTargetSource m_source;
    QString m_region;
    bool m_opening = false;
    Field m_namespaces;
    Field m_groups;
};

} // namespace sx
