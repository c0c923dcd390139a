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

    bool hasRole(Role role) const { return roles.contains(role); }
};

} // namespace gongkai
