#include "publicationtablemodel.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace gongkai::ui {

PublicationTableModel::PublicationTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void PublicationTableModel::setChannels(const QList<Channel>& channels)
{
    beginResetModel();
    m_channels = channels;
    m_names.clear();
    for (const Channel& c : channels)
        m_names.insert(c.id, c.name);
    endResetModel();
}

void PublicationTableModel::setPublications(const QList<Publication>& publications)
{
    beginResetModel();
    m_rows = publications;
    m_errors.clear();
    endResetModel();
}

int PublicationTableModel::appendPublication(const Publication& publication)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(publication);
    endInsertRows();
    return row;
}

void PublicationTableModel::removePublication(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    // Row numbers after the removed one move up; their marks would point at the wrong rows.
    m_errors.clear();
    endRemoveRows();
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

qint64 PublicationTableModel::defaultChannel() const
{
    // The first one this item does not use yet: an item rarely goes to the same place twice.
    qint64 first = 0;
    for (const Channel& c : m_channels) {
        if (!c.active || c.isAgency)
            continue;
        const bool used = std::any_of(m_rows.cbegin(), m_rows.cend(),
                                      [&c](const Publication& row) { return row.channelId == c.id; });
        if (!used)
            return c.id;
        if (first == 0)
            first = c.id;
    }
    return first;
}

void PublicationTableModel::setRowErrors(const QHash<int, QStringList>& errors)
{
    m_errors = errors;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void PublicationTableModel::clearRowError(int row)
{
    if (m_errors.remove(row))
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void PublicationTableModel::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
}

int PublicationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PublicationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariantList PublicationTableModel::choices(qint64 current) const
{
    QVariantList list;
    bool hasCurrent = current <= 0;
    for (const Channel& c : m_channels) {
        // An inactive channel stays selectable on the rows that already use it.
        if ((c.active && !c.isAgency) || c.id == current) {
            list.append(QVariant(QVariantList{c.name, c.id}));
            hasCurrent = hasCurrent || c.id == current;
        }
    }
    if (!hasCurrent)
        list.append(QVariant(QVariantList{QString::number(current), current}));
    return list;
}

QVariant PublicationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Publication& p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChannelColumn:
            return m_names.value(p.channelId);
        case DateColumn:
            return p.date.toString(Qt::ISODate);
        case ReferenceColumn:
            return p.reference;
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case ChannelColumn:
            return p.channelId;
        case DateColumn:
            return p.date;
        case ReferenceColumn:
            return p.reference;
        }
        break;
    case ChoicesRole:
        if (index.column() == ChannelColumn)
            return choices(p.channelId);
        break;
    case Qt::ToolTipRole:
        if (m_errors.contains(index.row()))
            return m_errors.value(index.row()).join(QLatin1Char('\n'));
        if (index.column() == ChannelColumn)
            return m_names.value(p.channelId);
        if (index.column() == ReferenceColumn)
            return p.reference.isEmpty() ? tr("A web address, or the issue of a printed channel")
                                         : p.reference;
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

bool PublicationTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_readOnly)
        return false;
    Publication& p = m_rows[index.row()];
    switch (index.column()) {
    case ChannelColumn:
        p.channelId = value.toLongLong();
        break;
    case DateColumn:
        p.date = value.toDate();
        break;
    case ReferenceColumn:
        p.reference = value.toString();
        break;
    default:
        return false;
    }
    emit dataChanged(index, index);
    clearRowError(index.row());
    return true;
}

Qt::ItemFlags PublicationTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant PublicationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case ChannelColumn:
        return tr("Channel");
    case DateColumn:
        return tr("Date");
    case ReferenceColumn:
        return tr("URL or issue");
    }
    return {};
}

} // namespace gongkai::ui
