#include "credentialrepository.h"

#include "database.h"

namespace gongkai {

CredentialRepository::CredentialRepository(Database& db) : m_db(db) {}

QString CredentialRepository::passwordHash(qint64 userId) const
{
    return m_db
        .scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = :id"),
                {{QStringLiteral("id"), userId}})
        .toString();
}

void CredentialRepository::setPassword(qint64 userId, const QString& hash, bool mustChange)
{
    m_db.exec(
        QStringLiteral("UPDATE users SET password_hash = :h, must_change_password = :m, failed_logins = 0,"
                       " locked_until = NULL, password_changed_at = :t WHERE id = :id"),
        {{QStringLiteral("h"), hash},
         {QStringLiteral("m"), mustChange ? 1 : 0},
         {QStringLiteral("t"), m_db.toDb(m_db.nowUtc())},
         {QStringLiteral("id"), userId}});
}

int CredentialRepository::recordFailure(qint64 userId)
{
    m_db.exec(QStringLiteral("UPDATE users SET failed_logins = failed_logins + 1 WHERE id = :id"),
              {{QStringLiteral("id"), userId}});
    return m_db
        .scalar(QStringLiteral("SELECT failed_logins FROM users WHERE id = :id"),
                {{QStringLiteral("id"), userId}})
        .toInt();
}

void CredentialRepository::lockUntil(qint64 userId, const QDateTime& until)
{
    m_db.exec(QStringLiteral("UPDATE users SET locked_until = :u WHERE id = :id"),
              {{QStringLiteral("u"), m_db.toDb(until)}, {QStringLiteral("id"), userId}});
}

void CredentialRepository::clearFailures(qint64 userId)
{
    m_db.exec(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = NULL WHERE id = :id"),
              {{QStringLiteral("id"), userId}});
}

} // namespace gongkai
