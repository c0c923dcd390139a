#pragma once

#include "dblocation.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantMap>

#include <memory>

namespace gongkai {

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
    QDateTime nowUtc() const;

    /// SQL that is true when column contains the text bound to param (case-sensitive substring).
    QString containsExpr(const QString& column, const QString& param) const;

    // Transactions nest: only the outermost guard talks to the server; a rollback of an inner
    // guard dooms the outer one.
    void begin();
    void commit();
    void rollback();
    int transactionDepth() const { return m_depth; }

private:
    explicit Database(DbLocation location);
    [[noreturn]] void fail(const QString& what, const QSqlQuery& query, const QString& sql) const;

    DbLocation m_location;
    QString m_password;
    QString m_connectionName;
    int m_depth = 0;
    bool m_doomed = false;
};

/// Rolls back unless commit() was called.
class TransactionGuard
{
public:
    explicit TransactionGuard(Database& db);
    ~TransactionGuard();
    TransactionGuard(const TransactionGuard&) = delete;
    TransactionGuard& operator=(const TransactionGuard&) = delete;
    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace gongkai
