#include "adminlistmodel.h"

#include "error.h"
#include "review/adminservice.h"
#include "storage/categoryrepository.h"
#include "storage/channelrepository.h"
#include "storage/departmentrepository.h"

#include <QBrush>
#include <QPalette>

namespace gongkai::ui {

AdminListModel::AdminListModel(Database& db, const Session& session, Kind kind, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_session(session), m_kind(kind)
{
    m_rows = load();
}

AdminListModel::Column AdminListModel::columnKind(int column) const
{
    if (column == 0)
        return Column::Name;
    if (m_kind == Kind::Channels && column == 1)
        return Column::Agency;
    return Column::Active;
}

int AdminListModel::columnOf(Column kind) const
{
    switch (kind) {
    case Column::Name:
        return 0;
    case Column::Agency:
        return m_kind == Kind::Channels ? 1 : -1;
    case Column::Active:
        return m_kind == Kind::Channels ? 2 : 1;
    }
    return -1;
}

QList<AdminListModel::Row> AdminListModel::load() const
{
    QList<Row> rows;
    switch (m_kind) {
    case Kind::Departments:
        for (const Department& d : DepartmentRepository(m_db).list(true))
            rows.append({d.id, d.name, d.active, false});
        break;
    case Kind::Channels:
        for (const Channel& c : ChannelRepository(m_db).list(true))
            rows.append({c.id, c.name, c.active, c.isAgency});
        break;
    case Kind::Categories:
        for (const Category& c : CategoryRepository(m_db).list(true))
            rows.append({c.id, c.name, c.active, false});
        break;
    }
    return rows;
}

void AdminListModel::reload()
{
    beginResetModel();
    m_rows = load();
    endResetModel();
}

int AdminListModel::add(const QString& name, bool isAgency)
{
    AdminService admin(m_db);
    const qint64 id = m_kind == Kind::Departments ? admin.addDepartment(m_session, name)
                      : m_kind == Kind::Channels  ? admin.addChannel(m_session, name, isAgency)
                                                  : admin.addCategory(m_session, name);
    emit changed();
    reload();
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

void AdminListModel::store(const Row& row)
{
    AdminService admin(m_db);
    if (m_kind == Kind::Departments)
        admin.updateDepartment(m_session, {row.id, row.name, row.active});
    else if (m_kind == Kind::Channels)
        admin.updateChannel(m_session, {row.id, row.name, row.agency, row.active});
    else
        admin.updateCategory(m_session, {row.id, row.name, row.active});
}

bool AdminListModel::write(int row, const Row& updated)
{
    try {
        store(updated);
    } catch (const ValidationError& e) {
        QStringList messages;
        for (const FieldError& f : e.errors())
            messages << f.message;
        emit refused(messages.join(QLatin1Char('\n')));
        return false;
    } catch (const Error& e) {
        emit refused(e.message());
        return false;
    }
    // Read back what core stored (it trims names).
    const QList<Row> fresh = load();
    for (const Row& r : fresh) {
        if (r.id == updated.id)
            m_rows[row] = r;
    }
    emit dataChanged(index(row, 0), index(row, columnCount() - 1));
    emit changed();
    return true;
}

bool AdminListModel::setActive(int row, bool active)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    Row r = m_rows.at(row);
    if (r.active == active)
        return true;
    r.active = active;
    return write(row, r);
}

int AdminListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AdminListModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return m_kind == Kind::Channels ? 3 : 2;
}

QVariant AdminListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& r = m_rows.at(index.row());
    const Column column = columnKind(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column == Column::Name)
            return r.name;
        break;
    case Qt::CheckStateRole:
        if (column == Column::Agency)
            return r.agency ? Qt::Checked : Qt::Unchecked;
        if (column == Column::Active)
            return r.active ? Qt::Checked : Qt::Unchecked;
        break;
    case Qt::ForegroundRole:
        if (!r.active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole:
        if (!r.active)
            return tr("Inactive: kept for the items that use it, no longer offered for new ones");
        break;
    }
    return {};
}

bool AdminListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    Row r = m_rows.at(index.row());
    const Column column = columnKind(index.column());
    if (column == Column::Name && role == Qt::EditRole) {
        if (value.toString() == r.name)
            return true;
        r.name = value.toString();
    } else if (column == Column::Agency && role == Qt::CheckStateRole) {
        r.agency = value.toInt() == Qt::Checked;
    } else if (column == Column::Active && role == Qt::CheckStateRole) {
        r.active = value.toInt() == Qt::Checked;
    } else {
        return false;
    }
    return write(index.row(), r);
}

Qt::ItemFlags AdminListModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    return columnKind(index.column()) == Column::Name ? f | Qt::ItemIsEditable : f | Qt::ItemIsUserCheckable;
}

QVariant AdminListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (columnKind(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Agency:
        return tr("Upper agency");
    case Column::Active:
        return tr("Active");
    }
    return {};
}

} // namespace gongkai::ui
