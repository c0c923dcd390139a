#include "namedtable.h"

#include "../error.h"
#include "auditlog.h"
#include "database.h"

#include <QCoreApplication>

namespace gongkai {

NamedTable::NamedTable(Database& db, QString table, QString flagColumn)
    : m_db(db), m_table(std::move(table)), m_flagColumn(std::move(flagColumn))
{
}

QString NamedTable::columns() const
{
    return QStringLiteral("id, name, active, %1").arg(m_flagColumn.isEmpty() ? QStringLiteral("0") : m_flagColumn);
}

NamedTable::Row NamedTable::read(const QSqlQuery& q) const
{
    return Row{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toInt() != 0, q.value(3).toInt() != 0};
}

QList<NamedTable::Row> NamedTable::list(bool includeInactive) const
{
    QList<Row> rows;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM %2 %3 ORDER BY id")
                                .arg(columns(), m_table,
                                     includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    while (q.next())
        rows << read(q);
    return rows;
}

std::optional<NamedTable::Row> NamedTable::byId(qint64 id) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = :id").arg(columns(), m_table),
                            {{QStringLiteral("id"), id}});
    if (q.next())
        return read(q);
    return std::nullopt;
}

std::optional<NamedTable::Row> NamedTable::byName(const QString& name) const
{
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE name = :n").arg(columns(), m_table),
                            {{QStringLiteral("n"), name.trimmed()}});
    if (q.next())
        return read(q);
    return std::nullopt;
}

void NamedTable::checkName(const QString& name, qint64 exceptId) const
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        throw ValidationError({{QStringLiteral("name"),
                                QCoreApplication::translate("gongkai::NamedTable", "The name is required.")}});
    if (n.size() > 100)
        throw ValidationError({{QStringLiteral("name"),
                                QCoreApplication::translate("gongkai::NamedTable",
                                                            "The name is longer than 100 characters.")}});
    const auto existing = byName(n);
    if (existing && existing->id != exceptId)
        throw ValidationError({{QStringLiteral("name"),
                                QCoreApplication::translate("gongkai::NamedTable", "“%1” exists already.").arg(n)}});
}

QString NamedTable::objectType() const
{
    // departments → department: the audit trail names one object.
    return m_table == QLatin1String("categories") ? QStringLiteral("category") : m_table.chopped(1);
}

QJsonObject NamedTable::json(const Row& row) const
{
    QJsonObject o{{QStringLiteral("name"), row.name}, {QStringLiteral("active"), row.active}};
    if (!m_flagColumn.isEmpty())
        o.insert(m_flagColumn, row.flag);
    return o;
}

qint64 NamedTable::add(const QString& name, bool flag)
{
    checkName(name, 0);
    TransactionGuard tx(m_db);
    const qint64 id = m_flagColumn.isEmpty()
        ? m_db.insert(QStringLiteral("INSERT INTO %1 (name) VALUES (:n) RETURNING id").arg(m_table),
                      {{QStringLiteral("n"), name.trimmed()}})
        : m_db.insert(
              QStringLiteral("INSERT INTO %1 (name, %2) VALUES (:n, :f) RETURNING id").arg(m_table, m_flagColumn),
              {{QStringLiteral("n"), name.trimmed()}, {QStringLiteral("f"), flag ? 1 : 0}});
    AuditLog(m_db).append(
        {AuditEvent::ListEntryAdded, true, objectType(), id, {}, json(Row{id, name.trimmed(), true, flag})});
    tx.commit();
    return id;
}

void NamedTable::update(const Row& row)
{
    checkName(row.name, row.id);
    TransactionGuard tx(m_db);
    const std::optional<Row> before = byId(row.id);
    const QString flagSet = m_flagColumn.isEmpty() ? QString() : QStringLiteral(", %1 = :f").arg(m_flagColumn);
    QVariantMap binds{{QStringLiteral("id"), row.id},
                      {QStringLiteral("n"), row.name.trimmed()},
                      {QStringLiteral("a"), row.active ? 1 : 0}};
    if (!m_flagColumn.isEmpty())
        binds.insert(QStringLiteral("f"), row.flag ? 1 : 0);
    QSqlQuery q = m_db.exec(
        QStringLiteral("UPDATE %1 SET name = :n, active = :a%2 WHERE id = :id").arg(m_table, flagSet), binds);
    if (q.numRowsAffected() != 1 || !before)
        throw Error(QCoreApplication::translate("gongkai::NamedTable", "The record %1 does not exist.").arg(row.id));
    Row after = row;
    after.name = row.name.trimmed();
    const QJsonObject was = json(*before);
    const QJsonObject now = json(after);
    if (was != now)
        AuditLog(m_db).append({AuditEvent::ListEntryChanged, true, objectType(), row.id, was, now});
    tx.commit();
}

} // namespace gongkai
