#include "adminusermodel.h"

#include "review/accountservice.h"
#include "storage/database.h"
#include "storage/departmentrepository.h"

#include <QLocale>
#include <QPalette>

namespace gongkai::ui {

AdminUserModel::AdminUserModel(Database& db, const Session& session, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_session(session)
{
    reload();
}

void AdminUserModel::reload()
{
    beginResetModel();
    m_users = AccountService(m_db).users(m_session);
    m_departments.clear();
    for (const Department& d : DepartmentRepository(m_db).list(true))
        m_departments.insert(d.id, d.name);
    endResetModel();
}

int AdminUserModel::rowOf(qint64 userId) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == userId)
            return row;
    }
    return -1;
}

int AdminUserModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int AdminUserModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AdminUserModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const User& u = m_users.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case LoginColumn:
            return u.login;
        case NameColumn:
            return u.name;
        case DepartmentColumn:
            return m_departments.value(u.departmentId);
        case RolesColumn: {
            QStringList names;
            for (Role r : u.roles)
                names << roleDisplayName(r);
            return QLocale().createSeparatedList(names);
        }
        case ActiveColumn:
            return u.active ? tr("Yes") : tr("No");
        case SignInColumn:
            if (u.isLockedAt(m_db.nowUtc()))
                return tr("Locked until %1")
                    .arg(QLocale().toString(u.lockedUntil.toLocalTime(), QLocale::ShortFormat));
            if (u.mustChangePassword)
                return tr("Must change password");
            return QString();
        }
    }
    if (role == Qt::ForegroundRole && !u.active)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    return {};
}

QVariant AdminUserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LoginColumn:
        return tr("Login");
    case NameColumn:
        return tr("Name");
    case DepartmentColumn:
        return tr("Department");
    case RolesColumn:
        return tr("Roles");
    case ActiveColumn:
        return tr("Active");
    case SignInColumn:
        return tr("Sign-in");
    }
    return {};
}

} // namespace gongkai::ui
