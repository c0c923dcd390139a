#pragma once

#include "../domain/user.h"

#include <QDateTime>
#include <QString>

namespace gongkai {

class Database;

/// A signed-in user of one database. Only AuthService makes sessions (after checking the password),
/// so holding one means someone signed in. The services take it on every call, check that it belongs
/// to their database and re-read the user's roles and active flag each time (an administrator's change
/// takes effect at once); user() is the account as it was at sign-in, for display.
class Session
{
public:
    const User& user() const { return m_user; }
    qint64 userId() const { return m_user.id; }
    const QString& login() const { return m_user.login; }
    bool hasRole(Role role) const { return m_user.hasRole(role); }
    /// UTC time of the sign-in.
    const QDateTime& startedAt() const { return m_startedAt; }
    /// The id of the database signed in to (gongkai_meta database_id).
    const QString& databaseId() const { return m_databaseId; }

    /// The id stored in a database's gongkai_meta ('database_id'), empty before schema version 2.
    static QString databaseIdOf(Database& db);

private:
    friend class AuthService;
    Session(User user, QString databaseId, QDateTime startedAt)
        : m_user(std::move(user)), m_databaseId(std::move(databaseId)), m_startedAt(std::move(startedAt))
    {
    }

    User m_user;
    QString m_databaseId;
    QDateTime m_startedAt;
};

} // namespace gongkai
