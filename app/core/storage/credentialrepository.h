#pragma once

#include <QDateTime>
#include <QString>

namespace gongkai {

class Database;

/// The sign-in columns of an account: password hash, must-change flag, failed sign-ins and lock-out.
/// Only AuthService and AccountService use it; they decide and audit, this only stores.
class CredentialRepository
{
public:
    explicit CredentialRepository(Database& db);

    /// The stored Argon2id hash (libsodium's string form), empty when the account has none.
    QString passwordHash(qint64 userId) const;
#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    /// Stores a new hash, clears failures and the lock; mustChange marks it for change at next sign-in.
    void setPassword(qint64 userId, const QString& hash, bool mustChange);
    /// Counts one more failed sign-in and gives the new count.
    int recordFailure(qint64 userId);
    /// Locks the account until the given UTC time.
    void lockUntil(qint64 userId, const QDateTime& until);
    /// Clears failures and the lock (after a good sign-in, the lock's end, or an administrator's unlock).
    void clearFailures(qint64 userId);
#endif

private:
    Database& m_db;
};

} // namespace gongkai
