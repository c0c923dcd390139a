#pragma once

#include "../domain/user.h"

#include <QCoreApplication>
#include <QList>

namespace gongkai {

class Database;
class Session;

/// Accounts, for the administrator only (Permission::ManageAccounts). Every call is audited, refusals
/// included. Passwords set here are temporary: the user must change them at the next sign-in.
class AccountService
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::AccountService)

public:
    explicit AccountService(Database& db);

    /// Every account with its roles and sign-in state (User::failedLogins, lockedUntil, mustChangePassword).
    QList<User> users(const Session& session);
    /// Adds an account with a first password (PasswordPolicy) to change at the first sign-in; returns its
    /// id. Throws ValidationError (bad login, name, roles — administrator and auditor stand alone — or
    /// password) and PermissionError.
    qint64 addUser(const Session& session, const User& user, const QString& password);
    /// Changes name, department, roles and the active flag. The last active administrator cannot lose the
    /// role or be deactivated (RuleError).
    void updateUser(const Session& session, const User& user);
    /// Sets a temporary password; the user must change it at the next sign-in. Clears a lock-out.
    void resetPassword(const Session& session, qint64 userId, const QString& password);
    /// Ends a lock-out before its time and clears the failed sign-ins.
    void unlock(const Session& session, qint64 userId);

private:
    Database& m_db;
};

} // namespace gongkai
