#pragma once

#include "../domain/user.h"
#include "../error.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace gongkai {

class Database;

/// Reads and writes user accounts and their roles.
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::UserRepository)

public:
    explicit UserRepository(Database& db);

    QList<User> list(bool includeInactive = true) const;
    std::optional<User> byId(qint64 id) const;
    std::optional<User> byLogin(const QString& login) const;
#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    /// Adds an account; throws ValidationError (bad or duplicate login, no name, no role …).
    qint64 add(const User& user);
    /// Changes name, department, roles and the active flag; the login stays.
    void update(const User& user);
#endif

    /// Checks what needs no database; empty when valid.
    static QList<FieldError> validate(const User& user);

private:
    QList<User> query(const QString& where, const QVariantMap& binds) const;
    void writeRoles(const User& user);
    void checkDepartment(qint64 departmentId) const;

    Database& m_db;
};

} // namespace gongkai
