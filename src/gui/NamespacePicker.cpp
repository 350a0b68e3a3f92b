#include "NamespacePicker.h"

#include "GlyphIcon.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QToolTip>

namespace sx {

namespace {

// Shows "name — uid" and matches on it, but inserts only the uid.
class IdCompleter : public QCompleter
{
public:
    IdCompleter(QAbstractItemModel* model, QObject* parent)
        : QCompleter(model, parent)
    {
        setCaseSensitivity(Qt::CaseInsensitive);
        setFilterMode(Qt::MatchContains);
        setCompletionMode(QCompleter::PopupCompletion);
    }

    QString pathFromIndex(const QModelIndex& index) const override
    {
        return index.data(NamespacePicker::IdRole).toString();
    }
};

QStandardItem* itemFor(const QString& label, const QString& id, const QString& description)
{
    auto* item = new QStandardItem(label.isEmpty() ? id : NamespacePicker::tr("%1 — %2", "name — id").arg(label, id));
    item->setData(id, NamespacePicker::IdRole);
    if (!description.isEmpty())
        item->setToolTip(description);
    item->setEditable(false);
    return item;
}

} // namespace

NamespacePicker::NamespacePicker(QLineEdit* namespaceEdit,
                                 QLineEdit* groupEdit,
                                 ServiceDirectory* directory,
                                 QObject* parent)
    : QObject(parent)
    , m_directory(directory)
{
    setupField(Side::Namespaces, namespaceEdit);
    setupField(Side::Groups, groupEdit);
    connect(namespaceEdit, &QLineEdit::textChanged, this, [this] {
        rebuild(Side::Groups);
        updateStatus(Side::Groups);
    });
    connect(m_directory, &ServiceDirectory::listed, this, &NamespacePicker::onListed);
    connect(m_directory, &ServiceDirectory::failed, this, &NamespacePicker::onFailed);
    connect(m_directory, &ServiceDirectory::fetchingChanged, this, &NamespacePicker::onFetchingChanged);
    rebuild(Side::Namespaces);
    rebuild(Side::Groups);
    updateStatus(Side::Namespaces);
    updateStatus(Side::Groups);
}

void NamespacePicker::setupField(Side side, QLineEdit* edit)
{
    Field& f = field(side);
    const bool namespaces = side == Side::Namespaces;
    const QString prefix = namespaces ? QStringLiteral("namespace") : QStringLiteral("group");
    f.edit = edit;
    f.model = new QStandardItemModel(this);

    f.listAction = new QAction(glyphIcon(Glyph::DropDown),
                               namespaces ? tr("Show all namespaces") : tr("Show all application groups"), edit);
    f.listAction->setObjectName(prefix + QStringLiteral("ListAction"));
    f.refreshAction = new QAction(glyphIcon(Glyph::Reload),
                                  namespaces ? tr("Reload the namespaces from the service")
                                             : tr("Reload the application groups from the service"),
                                  edit);
    f.refreshAction->setObjectName(prefix + QStringLiteral("RefreshAction"));
    // The drop-down goes last, at the edge, where a combo box has its arrow.
    edit->addAction(f.listAction, QLineEdit::TrailingPosition);
    edit->addAction(f.refreshAction, QLineEdit::TrailingPosition);
    connect(f.listAction, &QAction::triggered, this, [this, side] { show(side); });
    connect(f.refreshAction, &QAction::triggered, this, [this, side] { refresh(side); });
    edit->installEventFilter(this);
}

NamespacePicker::Field& NamespacePicker::field(Side side)
{
    return side == Side::Namespaces ? m_namespaces : m_groups;
}

const NamespacePicker::Field& NamespacePicker::field(Side side) const
{
    return side == Side::Namespaces ? m_namespaces : m_groups;
}

void NamespacePicker::setTarget(const QString& targetKey, ServiceTargetSource source)
{
    m_targetKey = targetKey;
    m_source = std::move(source);
    for (Side side : {Side::Namespaces, Side::Groups}) {
        field(side).popupWanted = false;
        rebuild(side);
        updateStatus(side);
    }
}

QString NamespacePicker::targetKey() const
{
    return m_targetKey;
}

void NamespacePicker::setRegion(const QString& region)
{
    if (region.trimmed() == m_region)
        return;
    m_region = region.trimmed();
    for (Side side : {Side::Namespaces, Side::Groups}) {
        field(side).popupWanted = false;
        rebuild(side);
        updateStatus(side);
    }
}

QString NamespacePicker::region() const
{
    return m_region;
}

void NamespacePicker::showNamespaces()
{
    show(Side::Namespaces);
}

void NamespacePicker::showGroups()
{
    show(Side::Groups);
}

void NamespacePicker::refreshNamespaces()
{
    refresh(Side::Namespaces);
}

void NamespacePicker::refreshGroups()
{
    refresh(Side::Groups);
}

QString NamespacePicker::namespaceStatus() const
{
    return m_namespaces.status;
}

QString NamespacePicker::groupStatus() const
{
    return m_groups.status;
}

QCompleter* NamespacePicker::namespaceCompleter()
{
    return completer(Side::Namespaces);
}

QCompleter* NamespacePicker::groupCompleter()
{
    return completer(Side::Groups);
}

QCompleter* NamespacePicker::completer(Side side)
{
    // Made when there is something to complete: two completers built with the window were 1 % of the start-up
    // (bench/run-startup-bench), and most sessions never list a namespace.
    Field& f = field(side);
    if (!f.completer) {
        f.completer = new IdCompleter(f.model, this);
        f.completer->setObjectName(side == Side::Namespaces ? QStringLiteral("namespaceCompleter")
                                                            : QStringLiteral("groupCompleter"));
        if (f.edit) {
            f.completer->setWidget(f.edit);
            f.edit->setCompleter(f.completer);
        }
    }
    return f.completer;
}

bool NamespacePicker::shows(Side side, const DirectoryKey& key) const
{
    // Without a namespace the group field's key would read as the namespaces' own.
    return key.isGroups() == (side == Side::Groups) && keyOf(side) == key;
}

DirectoryKey NamespacePicker::keyOf(Side side) const
{
    DirectoryKey key {m_targetKey, m_region, QString()};
    if (side == Side::Groups && m_namespaces.edit)
        key.namespaceUid = m_namespaces.edit->text().trimmed();
    return key;
}

QString NamespacePicker::missingInput(Side side) const
{
    if (!m_source)
        return tr("Choose where to submit first.");
    if (m_region.isEmpty())
        return tr("Enter the region first.");
    if (side == Side::Groups && keyOf(side).namespaceUid.isEmpty())
        return tr("Enter or choose a namespace first.");
    return {};
}

void NamespacePicker::show(Side side)
{
    Field& f = field(side);
    if (!f.edit)
        return;
    f.popupWanted = true;
    m_opening = true; // the focus this gives must not fetch on its own: this function decides
    f.edit->setFocus(Qt::ShortcutFocusReason);
    m_opening = false;
    const DirectoryKey key = keyOf(side);
    const bool known = side == Side::Namespaces
        ? m_directory->namespaces(key.target, key.region).has_value()
        : m_directory->groups(key.target, key.region, key.namespaceUid).has_value();
    if (!missingInput(side).isEmpty() || known) {
        openPopup(side);
        return;
    }
    fetch(side, false); // the list opens when it arrives
}

void NamespacePicker::refresh(Side side)
{
    if (!missingInput(side).isEmpty()) {
        field(side).popupWanted = true;
        openPopup(side); // says what is missing
        return;
    }
    fetch(side, true);
}

void NamespacePicker::fetchOnFocus(Side side)
{
    // Only what the cache lacks, and not again after a failure: the drop-down and refresh actions retry.
    if (m_opening || !missingInput(side).isEmpty() || m_directory->problem(keyOf(side)))
        return;
    fetch(side, false);
}

void NamespacePicker::fetch(Side side, bool force)
{
    const DirectoryKey key = keyOf(side);
    const ServiceDirectory::Fetch result =
        force ? m_directory->refresh(key, m_source) : m_directory->fetch(key, m_source);
    if (result == ServiceDirectory::Fetch::Cached && field(side).popupWanted)
        openPopup(side);
    updateStatus(side);
}

void NamespacePicker::rebuild(Side side)
{
    Field& f = field(side);
    f.model->clear();
    const DirectoryKey key = keyOf(side);
    if (side == Side::Namespaces) {
        for (const NamespaceSummary& ns :
             m_directory->namespaces(key.target, key.region).value_or(QList<NamespaceSummary>()))
            f.model->appendRow(itemFor(ns.name, ns.uid, ns.description));
    } else {
        for (const GroupSummary& g :
             m_directory->groups(key.target, key.region, key.namespaceUid).value_or(QList<GroupSummary>()))
            f.model->appendRow(itemFor(g.appName, g.groupId, g.description));
    }
    if (f.model->rowCount() > 0)
        completer(side); // typing completes from here on
}

void NamespacePicker::updateStatus(Side side)
{
    Field& f = field(side);
    const bool namespaces = side == Side::Namespaces;
    const DirectoryKey key = keyOf(side);
    const QString missing = missingInput(side);
    const bool usable = missing.isEmpty();
    const std::optional<DirectoryProblem> problem = usable ? m_directory->problem(key) : std::nullopt;
    const bool fetching = usable && m_directory->isFetching(key);
    const bool known = usable &&
        (namespaces ? m_directory->namespaces(key.target, key.region).has_value()
                    : m_directory->groups(key.target, key.region, key.namespaceUid).has_value());
    QString status = missing;
    if (fetching) {
        status = namespaces ? tr("Loading the namespaces…") : tr("Loading the application groups…");
    } else if (problem) {
        status = namespaces ? tr("The namespaces could not be listed: %1").arg(problem->text())
                            : tr("The application groups could not be listed: %1").arg(problem->text());
    } else if (known && f.model->rowCount() == 0) {
        status = namespaces ? tr("The service lists no namespaces in region %1.").arg(key.region)
                            : tr("The service lists no application groups in namespace %1.").arg(key.namespaceUid);
    }
    f.status = status;

    if (f.listAction && f.showsWarning != problem.has_value()) {
        f.showsWarning = problem.has_value();
        f.listAction->setIcon(problem ? glyphIcon(Glyph::Warning) : glyphIcon(Glyph::DropDown));
    }
    const QString showAll = namespaces ? tr("Show all namespaces") : tr("Show all application groups");
    f.listAction->setToolTip(status.isEmpty() ? showAll : status);
    f.refreshAction->setEnabled(!fetching);
}

void NamespacePicker::openPopup(Side side)
{
    Field& f = field(side);
    f.popupWanted = false;
    if (!f.edit)
        return;
    if (f.model->rowCount() == 0) {
        // Nothing to pick: say why, where the user looks.
        const QString why = f.status.isEmpty() ? tr("No entries.") : f.status;
        QToolTip::showText(f.edit->mapToGlobal(QPoint(0, f.edit->height())), why, f.edit);
        return;
    }
    completer(side)->setCompletionPrefix(QString());
    completer(side)->complete();
}

void NamespacePicker::onListed(const DirectoryKey& key)
{
    for (Side side : {Side::Namespaces, Side::Groups}) {
        if (!shows(side, key))
            continue;
        rebuild(side);
        updateStatus(side);
        if (field(side).popupWanted)
            openPopup(side);
        Q_EMIT statusChanged(field(side).status);
    }
}

void NamespacePicker::onFailed(const DirectoryKey& key, const DirectoryProblem& problem)
{
    Q_UNUSED(problem)
    for (Side side : {Side::Namespaces, Side::Groups}) {
        if (!shows(side, key))
            continue;
        updateStatus(side);
        if (field(side).popupWanted)
            openPopup(side);
        Q_EMIT statusChanged(field(side).status);
    }
}

void NamespacePicker::onFetchingChanged(const DirectoryKey& key)
{
    for (Side side : {Side::Namespaces, Side::Groups}) {
        if (!shows(side, key))
            continue;
        updateStatus(side);
        if (m_directory->isFetching(key))
            Q_EMIT statusChanged(field(side).status);
    }
}

bool NamespacePicker::eventFilter(QObject* watched, QEvent* event)
{
    const Side side = watched == m_groups.edit ? Side::Groups : Side::Namespaces;
    if (watched != m_namespaces.edit && watched != m_groups.edit)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::FocusIn: {
        // A window coming back or a closing popup is not the user turning to this field.
        const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
        if (reason != Qt::ActiveWindowFocusReason && reason != Qt::PopupFocusReason)
            fetchOnFocus(side);
        break;
    }
    case QEvent::FocusOut:
        if (static_cast<QFocusEvent*>(event)->reason() != Qt::PopupFocusReason)
            field(side).popupWanted = false;
        break;
    case QEvent::KeyPress: {
        // As in a combo box: Alt+Down or F4 opens the whole list.
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Down && key->modifiers() == Qt::AltModifier) ||
            (key->key() == Qt::Key_F4 && key->modifiers() == Qt::NoModifier)) {
            show(side);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sx
