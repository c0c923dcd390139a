#include "workrecordmodel.h"

namespace gongkai::ui {

WorkRecordModel::WorkRecordModel(QObject* parent) : QAbstractTableModel(parent) {}

void WorkRecordModel::setRecords(QList<WorkRecord> records, QHash<qint64, QString> departmentNames)
{
    beginResetModel();
    m_records = std::move(records);
    m_departments = std::move(departmentNames);
    endResetModel();
}

const WorkRecord* WorkRecordModel::recordAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int WorkRecordModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records.at(row).id == id)
            return row;
    }
    return -1;
}

int WorkRecordModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int WorkRecordModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkRecordModel::data(const QModelIndex& index, int role) const
{
    const WorkRecord* r = index.isValid() ? recordAt(index.row()) : nullptr;
    if (!r)
        return {};
    const bool count = index.column() == AttendeesColumn || index.column() == DocumentsColumn;
    if (role == Qt::TextAlignmentRole)
        return count ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ToolTipRole && index.column() == NoteColumn)
        return r->note;
    if (role != Qt::DisplayRole)
        return {};
    // A count the kind does not use stays empty rather than showing a 0 nobody entered.
    auto number = [](int n) { return n > 0 ? QString::number(n) : QString(); };
    switch (index.column()) {
    case DateColumn:
        return r->heldOn.toString(Qt::ISODate);
    case KindColumn:
        return workRecordKindDisplayName(r->kind);
    case TitleColumn:
        return r->title;
    case OrganiserColumn:
        return r->organiser;
    case AttendeesColumn:
        return number(r->attendees);
    case DocumentsColumn:
        return number(r->documents);
    case RecipientsColumn:
        return r->recipients;
    case DepartmentColumn:
        return m_departments.value(r->departmentId);
    case NoteColumn:
        return QString(r->note).replace(QLatin1Char('\n'), QLatin1Char(' '));
    default:
        return {};
    }
}

QVariant WorkRecordModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Kind");
    case TitleColumn:
        return tr("Topic");
    case OrganiserColumn:
        return tr("Organiser");
    case AttendeesColumn:
        return tr("Attendees");
    case DocumentsColumn:
        return tr("Documents");
    case RecipientsColumn:
        return tr("Recipients");
    case DepartmentColumn:
        return tr("Department");
    case NoteColumn:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace gongkai::ui
