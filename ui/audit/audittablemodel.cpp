#include "audittablemodel.h"

#include "error.h"
#include "review/auditservice.h"

#include <QBrush>
#include <QColor>

namespace gongkai::ui {

AuditTableModel::AuditTableModel(Database& db, const Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_session(session)
{
    reload();
}

void AuditTableModel::setFilter(const AuditFilter& filter)
{
    m_filter = filter;
    reload();
}

void AuditTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    try {
        AuditService audit(m_db);
        m_total = audit.count(m_session, m_filter);
        m_rows = audit.list(m_session, m_filter, 0, kPageSize);
    } catch (const Error& e) {
        emit failed(e.message());
    }
    endResetModel();
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    QList<AuditRecord> page;
    try {
        page = AuditService(m_db).list(m_session, m_filter, m_rows.size(), kPageSize);
    } catch (const Error& e) {
        m_total = m_rows.size(); // stop asking
        emit failed(e.message());
        return;
    }
    if (page.isEmpty()) {
        m_total = m_rows.size(); // the trail is shorter than counted (filters on a changing trail)
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
    m_rows += page;
    endInsertRows();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const AuditRecord& r = m_rows.at(index.row());
    if (role == Qt::ForegroundRole && !r.success)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case SeqColumn:
        return r.seq;
    case TimeColumn:
        return QLocale().toString(r.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn:
        return r.login;
    case EventColumn:
        return r.event == AuditEvent::Unknown ? r.eventCode : auditEventDisplayName(r.event);
    case ResultColumn:
        return r.success ? tr("Succeeded") : tr("Failed");
    case ObjectColumn:
        if (r.objectType.isEmpty())
            return QString();
        return r.objectId ? QStringLiteral("%1 %2").arg(r.objectType).arg(r.objectId) : r.objectType;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case EventColumn:
        return tr("Event");
    case ResultColumn:
        return tr("Result");
    case ObjectColumn:
        return tr("Object");
    default:
        return {};
    }
}

} // namespace gongkai::ui
