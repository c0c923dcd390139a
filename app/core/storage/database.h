#pragma once

#include "changeevent.h"
#include "dblocation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <functional>
#include <memory>

namespace gongkai {

/// Who the audit trail names for the writes made through a connection: the signed-in user, or a
/// non-user actor such as "cli" (the command line without --user) or "system" (the default).
struct Actor
{
    qint64 userId = 0; ///< 0 when the actor is not a user account
    QString login = QStringLiteral("system");

    bool operator==(const Actor&) const = default;
};

/// How a transaction starts. Immediate takes SQLite's write lock at once, so a read-check-write
/// sequence (signing a step) waits for a concurrent writer instead of failing on a stale snapshot;
/// on PostgreSQL both are the same (row locks do the work there).
enum class TransactionMode { Deferred, Immediate };

/// The one wrapper every query goes through. Errors throw DbError with the SQL and the
/// driver's text. Each instance owns one named connection.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::Database)

public:
    /// Opens (and for SQLite creates) the database; throws DbError. Does not migrate.
    static std::unique_ptr<Database> open(const DbLocation& location, const QString& password = {});
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// A second connection to the same database, e.g. for a worker thread (create it on that thread).
    std::unique_ptr<Database> clone() const;

    Dialect dialect() const { return m_location.dialect; }
    const DbLocation& location() const { return m_location; }
    QSqlDatabase connection() const;
    QString connectionName() const { return m_connectionName; }

    /// Prepares, binds the named values, executes; throws on error. The query is positioned before
    /// the first row.
    QSqlQuery exec(const QString& sql, const QVariantMap& binds = {});
    /// Runs an INSERT … RETURNING id and gives the id.
    qint64 insert(const QString& sql, const QVariantMap& binds = {});
    /// First column of the first row, or an invalid QVariant when there is none.
    QVariant scalar(const QString& sql, const QVariantMap& binds = {});
    /// Runs a statement without binding (DDL, pragmas).
    void execRaw(const QString& sql);
    /// Prepares a statement for repeated execution (bulk loads).
    QSqlQuery prepare(const QString& sql);
    /// Executes a prepared query, throwing on error.
    void execPrepared(QSqlQuery& query);

    bool tableExists(const QString& table);

    // Values as stored: dates and UTC times mean the same on both back ends.
    QVariant toDb(const QDate& date) const;
    QVariant toDb(const QDateTime& time) const;
    static QDate dateFrom(const QVariant& value);
    static QDateTime timeFrom(const QVariant& value);
    /// The current UTC time, from the clock set with setClock() (tests) or the system clock.
    QDateTime nowUtc() const;
    /// Replaces the clock (an empty function restores the system clock); clone() copies it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// The actor the repositories record in the audit trail for writes through this connection. The
    /// GUI sets it after sign-in; the session-checked services set it for the length of each call.
    const Actor& actor() const { return m_actor; }
#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    void setActor(const Actor& actor) { m_actor = actor; }
#endif

    /// SQL that is true when column contains the text bound to param (case-sensitive substring).
    QString containsExpr(const QString& column, const QString& param) const;

    // Transactions nest: only the outermost guard talks to the server; a rollback of an inner
    // guard dooms the outer one.
    void begin(TransactionMode mode = TransactionMode::Deferred);
    void commit();
    void rollback();
    int transactionDepth() const { return m_depth; }
    /// Runs fn inside the outermost transaction just before it commits (never when it rolls back).
    /// Within one transaction only the first registration of a key counts; returns whether this one did.
    /// Call it inside a transaction. (The audit trail writes its chain head this way, once per transaction.)
    bool beforeCommit(const QString& key, std::function<void()> fn);

    /// Committed changes of this connection are announced here (ChangeNotifier::changed), after the
    /// outermost transaction commits; a rolled-back transaction announces nothing.
    ChangeNotifier& changes() const { return *m_changes; }
    /// Queues a change for announcement when the transaction commits (at once outside a transaction).
    /// AuditLog calls it for every successful write it records.
    void announce(const ChangeEvent& event);

private:
    explicit Database(DbLocation location);
    [[noreturn]] void fail(const QString& what, const QSqlQuery& query, const QString& sql) const;

    DbLocation m_location;
    QString m_password;
    QString m_connectionName;
    int m_depth = 0;
    bool m_doomed = false;
    bool m_rawTransaction = false; ///< begun with BEGIN IMMEDIATE rather than through the driver
    std::function<QDateTime()> m_clock;
    Actor m_actor;
    QList<QPair<QString, std::function<void()>>> m_beforeCommit;
    std::unique_ptr<ChangeNotifier> m_changes;
    QList<ChangeEvent> m_pendingChanges;
    void flushChanges();
};

/// Rolls back unless commit() was called.
class TransactionGuard
{
public:
    explicit TransactionGuard(Database& db, TransactionMode mode = TransactionMode::Deferred);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace gongkai
