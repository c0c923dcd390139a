#pragma once

#include "role.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace gongkai {

/// An account of the office.
struct User
{
    qint64 id = 0;
    QString login;
    QString name; ///< printed name, e.g. 张伟
    qint64 departmentId = 0;
    QList<Role> roles;
    bool active = true;

    // Sign-in state, read from the database; changed only through AuthService and AccountService.
    bool hasPassword = false;        ///< false: the account cannot sign in until a password is set
    bool mustChangePassword = false; ///< set by an administrator's reset; cleared by the user's own change
    int failedLogins = 0;            ///< failed sign-ins since the last success
    QDateTime lockedUntil;           ///< UTC; invalid when the account was never locked

    bool hasRole(Role role) const { return roles.contains(role); }
    /// Locked out after too many failed sign-ins, as of the given UTC time.
    bool isLockedAt(const QDateTime& nowUtc) const { return lockedUntil.isValid() && lockedUntil > nowUtc; }
};

} // namespace gongkai
