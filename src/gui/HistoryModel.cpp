#include "HistoryModel.h"

#include <QIcon>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <algorithm>

namespace sx {

namespace {

QColor outcomeColor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Created:
        return QColor(0x2e, 0x7d, 0x32);
    case Outcome::Refused:
        return QColor(0xc6, 0x28, 0x28);
    case Outcome::Unknown:
        return QColor(0xe0, 0x8a, 0x00);
    case Outcome::Failed:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

// A disc in the outcome's colour with a mark that tells it apart without colour: ✓ × ? –.
QPixmap outcomePixmap(Outcome outcome, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    p.setPen(Qt::NoPen);
    p.setBrush(outcomeColor(outcome));
    p.drawEllipse(QRectF(s * 0.06, s * 0.06, s * 0.88, s * 0.88));
    QPen pen(Qt::white, s / 8.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    QPainterPath mark;
    switch (outcome) {
    case Outcome::Created:
        mark.moveTo(s * 0.29, s * 0.52);
        mark.lineTo(s * 0.44, s * 0.67);
        mark.lineTo(s * 0.72, s * 0.36);
        break;
    case Outcome::Refused:
        mark.moveTo(s * 0.34, s * 0.34);
        mark.lineTo(s * 0.66, s * 0.66);
        mark.moveTo(s * 0.66, s * 0.34);
        mark.lineTo(s * 0.34, s * 0.66);
        break;
    case Outcome::Unknown:
        mark.moveTo(s * 0.36, s * 0.38);
        mark.cubicTo(s * 0.36, s * 0.20, s * 0.66, s * 0.20, s * 0.64, s * 0.38);
        mark.cubicTo(s * 0.63, s * 0.48, s * 0.50, s * 0.48, s * 0.50, s * 0.60);
        mark.moveTo(s * 0.50, s * 0.73);
        mark.lineTo(s * 0.50, s * 0.74);
        break;
    case Outcome::Failed:
        mark.moveTo(s * 0.30, s * 0.50);
        mark.lineTo(s * 0.70, s * 0.50);
        break;
    }
    p.drawPath(mark);
    return pixmap;
}

QString durationText(qint64 ms)
{
    if (ms < 1000)
        return HistoryModel::tr("%1 ms").arg(ms);
    return HistoryModel::tr("%1 s").arg(ms / 1000.0, 0, 'f', 1);
}

} // namespace

HistoryModel::HistoryModel(HistoryStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
}

HistoryStore* HistoryModel::store() const
{
    return m_store;
}

HistoryQuery HistoryModel::query() const
{
    return m_query;
}

void HistoryModel::setQuery(const HistoryQuery& query)
{
    m_query = query;
    reload(m_pageSize);
}

void HistoryModel::refresh()
{
    refresh(m_query);
}

void HistoryModel::refresh(const HistoryQuery& query)
{
    m_query = query;
    if (m_rows.isEmpty()) {
        reload(m_pageSize);
        return;
    }
    const int loaded = int(m_rows.size());
    const QList<HistoryEntry> fresh = read(0, loaded + m_pageSize + 1);
    if (!m_error.isEmpty())
        return; // what is shown stays
    // Entries recorded since come before the old first row; the old rows must follow it in the same order.
    int top = -1;
    for (int i = 0; i < fresh.size() && i <= m_pageSize; ++i) {
        if (fresh[i].id == m_rows.first().id) {
            top = i;
            break;
        }
    }
    const int kept = top < 0 ? 0 : std::min(loaded, int(fresh.size()) - top);
    bool inPlace = top >= 0;
    for (int i = 0; inPlace && i < kept; ++i)
        inPlace = fresh[top + i].id == m_rows[i].id;
    if (!inPlace) {
        // Too much changed (another filter, or more new entries than a page): start over, as much loaded.
        const int rows = std::max(loaded, m_pageSize);
        beginResetModel();
        m_rows = fresh.mid(0, rows);
        m_atEnd = fresh.size() <= rows;
        endResetModel();
        return;
    }
    if (kept < loaded) { // the end of a sliding time range moved past them
        beginRemoveRows({}, kept, loaded - 1);
        m_rows.resize(kept);
        endRemoveRows();
    }
    for (int i = 0; i < kept; ++i)
        m_rows[i] = fresh[top + i];
    if (kept > 0)
        Q_EMIT dataChanged(index(0, 0), index(kept - 1, ColumnCount - 1));
    m_atEnd = fresh.size() <= top + kept;
    if (top > 0) {
        beginInsertRows({}, 0, top - 1);
        m_rows = fresh.mid(0, top) + m_rows;
        endInsertRows();
    }
}

int HistoryModel::pageSize() const
{
    return m_pageSize;
}

void HistoryModel::setPageSize(int rows)
{
    m_pageSize = std::max(1, rows);
}

HistoryEntry HistoryModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : HistoryEntry();
}

int HistoryModel::rowOfId(qint64 id) const
{
    // Newest first: ids fall row by row.
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id,
                                     [](const HistoryEntry& e, qint64 wanted) { return e.id > wanted; });
    return it != m_rows.cend() && it->id == id ? int(it - m_rows.cbegin()) : -1;
}

QString HistoryModel::errorString() const
{
    return m_error;
}

QIcon HistoryModel::outcomeIcon(Outcome outcome)
{
    static QHash<int, QIcon> icons;
    QIcon& icon = icons[int(outcome)];
    if (icon.isNull()) {
        for (int size : {16, 24, 32})
            icon.addPixmap(outcomePixmap(outcome, size));
    }
    return icon;
}

QString HistoryModel::outcomeText(const HistoryEntry& entry)
{
    if (entry.pending)
        return tr("Unknown (interrupted)");
    switch (entry.outcome) {
    case Outcome::Created:
        return tr("Created");
    case Outcome::Refused:
        return tr("Refused");
    case Outcome::Unknown:
        return tr("Unknown");
    case Outcome::Failed:
        return tr("Failed");
    }
    return {};
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const HistoryEntry& e = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case OutcomeColumn:
            return outcomeText(e);
        case NameColumn:
            return e.name;
        case NamespaceColumn:
            return e.ns;
        case GroupColumn:
            return e.groupId;
        case JobIdColumn:
            return e.jobId;
        case RequestIdColumn:
            return e.requestId;
        case ProfileColumn:
            return e.profile;
        case DurationColumn:
            return e.pending ? QString() : durationText(e.durationMs);
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == OutcomeColumn)
            return outcomeIcon(e.pending ? Outcome::Unknown : e.outcome);
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return tr("%1 UTC").arg(e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        case OutcomeColumn:
            if (e.pending)
                return tr("The attempt never completed: the job may or may not have been created.");
            if (e.code.isEmpty() || e.code == e.message)
                return e.message;
            return tr("%1: %2").arg(e.code, e.message);
        case ProfileColumn:
            return e.profile.isEmpty() ? tr("Signed with credentials from the environment") : e.profile;
        case DurationColumn:
            return e.attempts > 1 ? tr("%n attempt(s)", nullptr, e.attempts) : QVariant();
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == DurationColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case EntryIdRole:
        return e.id;
    case OutcomeRole:
        return int(e.pending ? Outcome::Unknown : e.outcome);
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section == DurationColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == TimeColumn)
        return tr("When the request was sent, in this computer's time zone");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case OutcomeColumn:
        return tr("Outcome");
    case NameColumn:
        return tr("Name");
    case NamespaceColumn:
        return tr("Namespace");
    case GroupColumn:
        return tr("Group");
    case JobIdColumn:
        return tr("JobId");
    case RequestIdColumn:
        return tr("RequestId");
    case ProfileColumn:
        return tr("Profile");
    case DurationColumn:
        return tr("Duration");
    }
    return {};
}

bool HistoryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void HistoryModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd || m_rows.isEmpty())
        return;
    QList<HistoryEntry> page = read(m_rows.last().id, m_pageSize + 1);
    const bool more = page.size() > m_pageSize;
    if (more)
        page.removeLast();
    m_atEnd = !more; // also after a failed read: a view would ask again and again
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(std::move(page));
    endInsertRows();
}

QList<HistoryEntry> HistoryModel::read(qint64 beforeId, int limit)
{
    m_error.clear();
    if (!m_store) {
        m_error = tr("No history is open.");
        Q_EMIT readFailed(m_error);
        return {};
    }
    HistoryQuery q = m_query;
    q.beforeId = beforeId;
    q.limit = limit;
    q.offset = 0;
    QString error;
    QList<HistoryEntry> rows = m_store->search(q, &error);
    if (!error.isEmpty()) {
        m_error = error;
        Q_EMIT readFailed(m_error);
    }
    return rows;
}

void HistoryModel::reload(int rows)
{
    beginResetModel();
    m_rows = read(0, rows + 1);
    m_atEnd = m_rows.size() <= rows;
    if (!m_atEnd)
        m_rows.resize(rows);
    endResetModel();
}

} // namespace sx
