#include "database.h"

#include "../error.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QTimeZone>

#include <utility>

namespace gongkai {

namespace {
QAtomicInt g_connectionCounter;

QString newConnectionName()
{
    return QStringLiteral("gongkai-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1) + 1);
}
} // namespace

Database::Database(DbLocation location)
    : m_location(std::move(location)), m_connectionName(newConnectionName()),
      m_changes(std::make_unique<ChangeNotifier>())
{
    // For queued connections (a subscriber on another thread).
    qRegisterMetaType<QList<ChangeEvent>>();
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            if (m_depth > 0)
                db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const DbLocation& location, const QString& password)
{
    std::unique_ptr<Database> self(new Database(location));
    self->m_password = password;
    const bool sqlite = location.dialect == Dialect::Sqlite;
    const QString driver = sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL");
    if (!QSqlDatabase::isDriverAvailable(driver))
        throw DbError(tr("The database driver %1 is not installed").arg(driver), QString(), QString());
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, self->m_connectionName);
    if (sqlite) {
        const QFileInfo info(location.path);
        if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
            throw DbError(tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(info.absolutePath())),
                          QString(), QString());
        db.setDatabaseName(location.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    } else {
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setUserName(location.user);
        db.setPassword(password);
        db.setDatabaseName(location.database);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=gongkai"));
    }
    if (!db.open())
        throw DbError(tr("Cannot open the database %1").arg(location.toString()), QString(),
                      db.lastError().text());
    if (sqlite) {
        // WAL lets the office read while one person writes; foreign keys are off by default in SQLite.
        self->execRaw(QStringLiteral("PRAGMA foreign_keys = ON"));
        self->execRaw(QStringLiteral("PRAGMA journal_mode = WAL"));
        self->execRaw(QStringLiteral("PRAGMA synchronous = NORMAL"));
        self->execRaw(QStringLiteral("PRAGMA busy_timeout = 10000"));
        self->execRaw(QStringLiteral("PRAGMA cache_size = -32768"));
        self->execRaw(QStringLiteral("PRAGMA temp_store = MEMORY"));
    } else {
        self->execRaw(QStringLiteral("SET TIME ZONE 'UTC'"));
        self->execRaw(QStringLiteral("SET client_min_messages = WARNING"));
    }
    return self;
}

std::unique_ptr<Database> Database::clone() const
{
    std::unique_ptr<Database> copy = open(m_location, m_password);
    copy->m_clock = m_clock;
    return copy;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::fail(const QString& what, const QSqlQuery& query, const QString& sql) const
{
    throw DbError(what, sql, query.lastError().text());
}

QSqlQuery Database::prepare(const QString& sql)
{
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        fail(tr("A database statement could not be prepared"), query, sql);
    return query;
}

void Database::execPrepared(QSqlQuery& query)
{
    if (!query.exec())
        fail(tr("A database statement failed"), query, query.lastQuery());
}

QSqlQuery Database::exec(const QString& sql, const QVariantMap& binds)
{
    QSqlQuery query = prepare(sql);
    for (auto it = binds.cbegin(); it != binds.cend(); ++it) {
        // An empty text is stored as '', not NULL; only a null QVariant means NULL.
        if (!it.value().isNull() && it.value().metaType() == QMetaType::fromType<QString>()
            && it.value().toString().isNull())
            query.bindValue(QLatin1Char(':') + it.key(), QStringLiteral(""));
        else
            query.bindValue(QLatin1Char(':') + it.key(), it.value());
    }
    execPrepared(query);
    return query;
}

qint64 Database::insert(const QString& sql, const QVariantMap& binds)
{
    QSqlQuery query = exec(sql, binds);
    if (!query.next())
        throw DbError(tr("An insert returned no id"), sql, QString());
    return query.value(0).toLongLong();
}

QVariant Database::scalar(const QString& sql, const QVariantMap& binds)
{
    QSqlQuery query = exec(sql, binds);
    return query.next() ? query.value(0) : QVariant();
}

void Database::execRaw(const QString& sql)
{
    QSqlQuery query(connection());
    if (!query.exec(sql))
        fail(tr("A database statement failed"), query, sql);
}

bool Database::tableExists(const QString& table)
{
    return connection().tables().contains(table, Qt::CaseInsensitive);
}

QVariant Database::toDb(const QDate& date) const
{
    if (!date.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return date.toString(Qt::ISODate);
}

QVariant Database::toDb(const QDateTime& time) const
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDate Database::dateFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDate>())
        return value.toDate();
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

QDateTime Database::timeFrom(const QVariant& value)
{
    if (value.isNull())
        return {};
    if (value.metaType() == QMetaType::fromType<QDateTime>())
        return value.toDateTime().toUTC();
    QString text = value.toString();
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid())
        dt = QDateTime::fromString(text.replace(QLatin1Char(' '), QLatin1Char('T')), Qt::ISODateWithMs);
    return dt.toUTC();
}

QDateTime Database::nowUtc() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QString Database::containsExpr(const QString& column, const QString& param) const
{
    if (dialect() == Dialect::Sqlite)
        return QStringLiteral("instr(%1, :%2) > 0").arg(column, param);
    return QStringLiteral("strpos(%1, :%2) > 0").arg(column, param);
}

void Database::begin(TransactionMode mode)
{
    if (m_depth == 0) {
        m_doomed = false;
        m_beforeCommit.clear();
        m_rawTransaction = mode == TransactionMode::Immediate && dialect() == Dialect::Sqlite;
        if (m_rawTransaction) {
            // The driver only knows plain BEGIN; its commit and rollback work on any transaction.
            execRaw(QStringLiteral("BEGIN IMMEDIATE"));
        } else if (!connection().transaction()) {
            throw DbError(tr("Cannot start a transaction"), QStringLiteral("BEGIN"),
                          connection().lastError().text());
        }
    }
    ++m_depth;
}

bool Database::beforeCommit(const QString& key, std::function<void()> fn)
{
    for (const auto& hook : std::as_const(m_beforeCommit)) {
        if (hook.first == key)
            return false;
    }
    m_beforeCommit.append({key, std::move(fn)});
    return true;
}

void Database::commit()
{
    if (m_depth <= 0)
        return;
    if (m_depth == 1 && !m_doomed && !m_beforeCommit.isEmpty()) {
        // Still inside the transaction: what the hooks write commits with it. A failing hook rolls back.
        const auto hooks = std::exchange(m_beforeCommit, {});
        try {
            for (const auto& hook : hooks)
                hook.second();
        } catch (...) {
            rollback();
            throw;
        }
    }
    if (--m_depth > 0)
        return;
    m_beforeCommit.clear();
    if (m_doomed) {
        connection().rollback();
        m_pendingChanges.clear();
        throw DbError(tr("The transaction was rolled back because part of it failed"), QStringLiteral("COMMIT"),
                      QString());
    }
    if (!connection().commit()) {
        const QString text = connection().lastError().text();
        connection().rollback();
        m_pendingChanges.clear();
        throw DbError(tr("Cannot commit the transaction"), QStringLiteral("COMMIT"), text);
    }
    flushChanges();
}

void Database::announce(const ChangeEvent& event)
{
    m_pendingChanges.append(event);
    if (m_depth == 0)
        flushChanges();
}

void Database::flushChanges()
{
    if (m_pendingChanges.isEmpty())
        return;
    const QList<ChangeEvent> events = std::exchange(m_pendingChanges, {});
    emit m_changes->changed(events);
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0) {
        m_doomed = true;
        return;
    }
    m_beforeCommit.clear();
    m_pendingChanges.clear();
    connection().rollback();
}

TransactionGuard::TransactionGuard(Database& db, TransactionMode mode) : m_db(db)
{
    m_db.begin(mode);
}

TransactionGuard::~TransactionGuard()
{
    if (!m_done)
        m_db.rollback();
}

void TransactionGuard::commit()
{
    m_done = true;
    m_db.commit();
}

} // namespace gongkai
