#pragma once

#include "domain/user.h"
#include "review/session.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <optional>

namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// The office's user accounts, read-only, for the users dialog (changes go through the user dialog).
class AdminUserModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        LoginColumn,
        NameColumn,
        DepartmentColumn,
        RolesColumn,
        ActiveColumn,
        SignInColumn, ///< locked until when, or a password to change
        ColumnCount
    };

    /// Reads the accounts through AccountService as this administrator.
    AdminUserModel(Database& db, const Session& session, QObject* parent = nullptr);

    void reload();
    const User& userAt(int row) const { return m_users.at(row); }
    /// Row of the user with this id, or -1.
    int rowOf(qint64 userId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database& m_db;
    Session m_session;
    QList<User> m_users;
    QHash<qint64, QString> m_departments;
};

} // namespace gongkai::ui
