#include "workrecordrepository.h"

#include "auditlog.h"
#include "database.h"

#include <QJsonObject>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

const char* const kColumns = "id, kind, held_on, title, organiser, attendees, documents, recipients, note,"
                             " department_id, created_at, created_by, updated_at, row_version";

WorkRecord fromRow(const QSqlQuery& q)
{
    WorkRecord r;
    r.id = q.value(0).toLongLong();
    r.kind = workRecordKindFromString(q.value(1).toString()).value_or(WorkRecordKind::Other);
    r.heldOn = Database::dateFrom(q.value(2));
    r.title = q.value(3).toString();
    r.organiser = q.value(4).toString();
    r.attendees = q.value(5).toInt();
    r.documents = q.value(6).toInt();
    r.recipients = q.value(7).toString();
    r.note = q.value(8).toString();
    r.departmentId = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
    r.createdAt = Database::timeFrom(q.value(10));
    r.createdBy = q.value(11).toString();
    r.updatedAt = Database::timeFrom(q.value(12));
    r.rowVersion = q.value(13).toInt();
    return r;
}

/// The audited content of a record (no bookkeeping columns).
QJsonObject snapshot(const WorkRecord& r)
{
    return QJsonObject{{L("kind"), workRecordKindCode(r.kind)},
                       {L("heldOn"), r.heldOn.toString(Qt::ISODate)},
                       {L("title"), r.title},
                       {L("organiser"), r.organiser},
                       {L("attendees"), r.attendees},
                       {L("documents"), r.documents},
                       {L("recipients"), r.recipients},
                       {L("note"), r.note},
                       {L("departmentId"), QString::number(r.departmentId)}};
}

QVariantMap contentBinds(const Database& db, const WorkRecord& r)
{
    return {{L("k"), workRecordKindCode(r.kind)},
            {L("h"), db.toDb(r.heldOn)},
            {L("t"), r.title.trimmed()},
            {L("o"), r.organiser.trimmed()},
            {L("a"), r.attendees},
            {L("d"), r.documents},
            {L("r"), r.recipients.trimmed()},
            {L("n"), r.note.trimmed()},
            {L("dep"),
             r.departmentId > 0 ? QVariant(r.departmentId) : QVariant(QMetaType::fromType<qlonglong>())}};
}
} // namespace

WorkRecordRepository::WorkRecordRepository(Database& db) : m_db(db) {}

std::optional<WorkRecord> WorkRecordRepository::get(qint64 id) const
{
    QSqlQuery q =
        m_db.exec(L("SELECT %1 FROM work_records WHERE id = :id").arg(L(kColumns)), {{L("id"), id}});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<WorkRecord> WorkRecordRepository::list(const QDate& from, const QDate& to,
                                             const QList<WorkRecordKind>& kinds) const
{
    QStringList where;
    QVariantMap binds;
    if (from.isValid()) {
        where << L("held_on >= :from");
        binds.insert(L("from"), m_db.toDb(from));
    }
    if (to.isValid()) {
        where << L("held_on <= :to");
        binds.insert(L("to"), m_db.toDb(to));
    }
    if (!kinds.isEmpty()) {
        QStringList params;
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const QString name = L("k%1").arg(i);
            params << QLatin1Char(':') + name;
            binds.insert(name, workRecordKindCode(kinds.at(i)));
        }
        where << L("kind IN (%1)").arg(params.join(L(", ")));
    }
    QString sql = L("SELECT %1 FROM work_records").arg(L(kColumns));
    if (!where.isEmpty())
        sql += L(" WHERE ") + where.join(L(" AND "));
    sql += L(" ORDER BY held_on, id");
    QSqlQuery q = m_db.exec(sql, binds);
    QList<WorkRecord> records;
    while (q.next())
        records << fromRow(q);
    return records;
}

QList<FieldError> WorkRecordRepository::validate(const WorkRecord& record) const
{
    QList<FieldError> errors = record.validate();
    if (record.departmentId > 0 &&
        !m_db.scalar(L("SELECT id FROM departments WHERE id = :id"), {{L("id"), record.departmentId}})
             .isValid())
        errors.append({L("department"), tr("The department does not exist.")});
    return errors;
}

void WorkRecordRepository::checkOrThrow(const WorkRecord& record) const
{
    const QList<FieldError> errors = validate(record);
    if (!errors.isEmpty())
        throw ValidationError(errors);
}

qint64 WorkRecordRepository::add(WorkRecord& record)
{
    checkOrThrow(record);
    TransactionGuard tx(m_db);
    const QDateTime now = m_db.nowUtc();
    QVariantMap binds = contentBinds(m_db, record);
    binds.insert(L("now"), m_db.toDb(now));
    binds.insert(L("now2"), m_db.toDb(now));
    binds.insert(L("by"), m_db.actor().login);
    const qint64 id = m_db.insert(
        L("INSERT INTO work_records (kind, held_on, title, organiser, attendees, documents, recipients, note,"
          " department_id, created_at, created_by, updated_at, row_version)"
          " VALUES (:k, :h, :t, :o, :a, :d, :r, :n, :dep, :now, :by, :now2, 1) RETURNING id"),
        binds);
    const std::optional<WorkRecord> stored = get(id);
    AuditLog(m_db).append({AuditEvent::WorkRecordAdded, true, L("work_record"), id, {}, snapshot(*stored)});
    tx.commit();
    record = *stored;
    return id;
}

void WorkRecordRepository::update(WorkRecord& record)
{
    checkOrThrow(record);
    TransactionGuard tx(m_db);
    const std::optional<WorkRecord> before = get(record.id);
    if (!before)
        throw Error(tr("Work record %1 does not exist.").arg(record.id));
    QVariantMap binds = contentBinds(m_db, record);
    binds.insert(L("id"), record.id);
    binds.insert(L("v"), record.rowVersion);
    binds.insert(L("now"), m_db.toDb(m_db.nowUtc()));
    QSqlQuery q =
        m_db.exec(L("UPDATE work_records SET kind = :k, held_on = :h, title = :t, organiser = :o,"
                    " attendees = :a, documents = :d, recipients = :r, note = :n, department_id = :dep,"
                    " updated_at = :now, row_version = row_version + 1"
                    " WHERE id = :id AND row_version = :v"),
                  binds);
    if (q.numRowsAffected() != 1)
        throw ConflictError(
            tr("Work record %1 was changed by someone else since you opened it. Reopen it and "
               "make your change again.")
                .arg(record.id));
    const std::optional<WorkRecord> after = get(record.id);
    // Only what changed goes into the trail, as for items.
    const QJsonObject was = snapshot(*before);
    const QJsonObject now = snapshot(*after);
    QJsonObject changedFrom;
    QJsonObject changedTo;
    for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
        if (was.value(it.key()) != it.value()) {
            changedFrom.insert(it.key(), was.value(it.key()));
            changedTo.insert(it.key(), it.value());
        }
    }
    AuditLog(m_db).append(
        {AuditEvent::WorkRecordChanged, true, L("work_record"), record.id, changedFrom, changedTo});
    tx.commit();
    record = *after;
}

void WorkRecordRepository::remove(qint64 id, int expectedRowVersion)
{
    TransactionGuard tx(m_db);
    const std::optional<WorkRecord> before = get(id);
    if (!before)
        throw Error(tr("Work record %1 does not exist.").arg(id));
    QSqlQuery q = m_db.exec(L("DELETE FROM work_records WHERE id = :id AND row_version = :v"),
                            {{L("id"), id}, {L("v"), expectedRowVersion}});
    if (q.numRowsAffected() != 1)
        throw ConflictError(
            tr("Work record %1 was changed by someone else since you opened it; it was not deleted.")
                .arg(id));
    AuditLog(m_db).append({AuditEvent::WorkRecordDeleted, true, L("work_record"), id, snapshot(*before),
                           QJsonObject{{L("deleted"), true}}});
    tx.commit();
}

} // namespace gongkai
