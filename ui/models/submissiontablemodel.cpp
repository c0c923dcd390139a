#include "submissiontablemodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace gongkai::ui {

SubmissionTableModel::SubmissionTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void SubmissionTableModel::setChannels(const QList<Channel>& channels)
{
    beginResetModel();
    m_channels = channels;
    m_names.clear();
    for (const Channel& c : channels)
        m_names.insert(c.id, c.name);
    endResetModel();
}

void SubmissionTableModel::setSubmissions(const QList<Submission>& submissions)
{
    beginResetModel();
    m_rows = submissions;
    m_errors.clear();
    endResetModel();
}

QList<Submission> SubmissionTableModel::submissions() const
{
    QList<Submission> list = m_rows;
    for (Submission& s : list) {
        if (!s.adopted) {
            s.adoptedOn = QDate();
            s.adoptedIn.clear();
        }
    }
    return list;
}

int SubmissionTableModel::appendSubmission(const Submission& submission)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(submission);
    endInsertRows();
    return row;
}

void SubmissionTableModel::removeSubmission(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_errors.clear(); // the later rows moved up; their marks would be wrong
    endRemoveRows();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

qint64 SubmissionTableModel::defaultAgency() const
{
    // The first one this item does not use yet: an item rarely goes to the same place twice.
    qint64 first = 0;
    for (const Channel& c : m_channels) {
        if (!c.active || !c.isAgency)
            continue;
        const bool used = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                      [&c](const Submission& row) { return row.agencyId == c.id; });
        if (!used)
            return c.id;
        if (first == 0)
            first = c.id;
    }
    return first;
}

void SubmissionTableModel::setRowErrors(const QHash<int, QStringList>& errors)
{
    m_errors = errors;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void SubmissionTableModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

int SubmissionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubmissionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariantList SubmissionTableModel::choices(qint64 current) const
{
    QVariantList list;
    bool hasCurrent = current <= 0;
    for (const Channel& c : m_channels) {
        if ((c.active && c.isAgency) || c.id == current) {
            list.append(QVariant(QVariantList{c.name, c.id}));
            hasCurrent = hasCurrent || c.id == current;
        }
    }
    if (!hasCurrent)
        list.append(QVariant(QVariantList{QString::number(current), current}));
    return list;
}

QVariant SubmissionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Submission& s = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AgencyColumn:
            return m_names.value(s.agencyId);
        case DateColumn:
            return s.date.toString(Qt::ISODate);
        case AdoptedOnColumn:
            return s.adopted ? s.adoptedOn.toString(Qt::ISODate) : QString();
        case AdoptedInColumn:
            return s.adopted ? s.adoptedIn : QString();
        }
        break;
    case Qt::EditRole:
        switch (column) {
        case AgencyColumn:
            return s.agencyId;
        case DateColumn:
            return s.date;
        case AdoptedColumn:
            return s.adopted;
        case AdoptedOnColumn:
            return s.adoptedOn.isValid() ? s.adoptedOn : s.date;
        case AdoptedInColumn:
            return s.adoptedIn;
        }
        break;
    case Qt::CheckStateRole:
        if (column == AdoptedColumn)
            return s.adopted ? Qt::Checked : Qt::Unchecked;
        break;
    case ChoicesRole:
        if (column == AgencyColumn)
            return choices(s.agencyId);
        break;
    case Qt::ToolTipRole:
        if (m_errors.contains(index.row()))
            return m_errors.value(index.row()).join(QLatin1Char('\n'));
        if (column == AgencyColumn)
            return m_names.value(s.agencyId);
        if (column == AdoptedInColumn && s.adopted)
            return s.adoptedIn.isEmpty() ? tr("Where the agency used it, e.g. the issue of its bulletin")
                                         : s.adoptedIn;
        break;
    case Qt::BackgroundRole:
        if (m_errors.contains(index.row()))
            return QBrush(QColor(0xfd, 0xec, 0xea));
        break;
    case Qt::ForegroundRole:
        if (m_errors.contains(index.row()))
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        break;
    }
    return {};
}

bool SubmissionTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || m_readOnly)
        return false;
    Submission& s = m_rows[index.row()];
    const int column = index.column();
    if (column == AdoptedColumn && (role == Qt::CheckStateRole || role == Qt::EditRole)) {
        s.adopted = role == Qt::CheckStateRole ? value.toInt() == Qt::Checked : value.toBool();
        // Adoption usually follows within days; the submission date is the closest guess.
        if (s.adopted && !s.adoptedOn.isValid())
            s.adoptedOn = s.date;
        rowChanged(index.row());
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    switch (column) {
    case AgencyColumn:
        s.agencyId = value.toLongLong();
        break;
    case DateColumn:
        s.date = value.toDate();
        break;
    case AdoptedOnColumn:
        s.adoptedOn = value.toDate();
        break;
    case AdoptedInColumn:
        s.adoptedIn = value.toString();
        break;
    default:
        return false;
    }
    rowChanged(index.row());
    return true;
}

void SubmissionTableModel::rowChanged(int row)
{
    m_errors.remove(row);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

Qt::ItemFlags SubmissionTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid() || m_readOnly)
        return f;
    const Submission& s = m_rows.at(index.row());
    switch (index.column()) {
    case AdoptedColumn:
        return f | Qt::ItemIsUserCheckable;
    case AdoptedOnColumn:
    case AdoptedInColumn:
        return s.adopted ? f | Qt::ItemIsEditable : f;
    default:
        return f | Qt::ItemIsEditable;
    }
}

QVariant SubmissionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case AgencyColumn:
        return tr("Upper agency");
    case DateColumn:
        return tr("Submitted");
    case AdoptedColumn:
        return tr("Adopted");
    case AdoptedOnColumn:
        return tr("Adopted on");
    case AdoptedInColumn:
        return tr("Adopted in");
    }
    return {};
}

} // namespace gongkai::ui
