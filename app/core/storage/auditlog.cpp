#include "auditlog.h"

#include "../error.h"
#include "database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

const char* kColumns =
    "seq, at, user_id, login, event, success, object_type, object_id, before_value, after_value,"
    " prev_hash, hash";
} // namespace

AuditLog::AuditLog(Database& db) : m_db(db) {}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::timeText(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QLatin1Char('Z');
}

QString AuditLog::jsonText(const QJsonObject& object)
{
    if (object.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray AuditLog::canonical(const AuditRecord& r)
{
    const QJsonArray array{L("gongkai-audit-1"),
                           QString::number(r.seq),
                           timeText(r.at),
                           QString::number(r.userId),
                           r.login,
                           r.eventCode,
                           r.success,
                           r.objectType,
                           QString::number(r.objectId),
                           r.before,
                           r.after};
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString AuditLog::computeHash(const QString& prevHash, const AuditRecord& record)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(prevHash.toLatin1());
    hash.addData(canonical(record));
    return QString::fromLatin1(hash.result().toHex());
}

qint64 AuditLog::append(const AuditEntry& entry)
{
    return append(entry, m_db.actor());
}

qint64 AuditLog::append(const AuditEntry& entry, const Actor& actor)
{
    // Immediate: on SQLite the write lock is taken (or waited for) before anything is read; SQLite has one
    // writer at a time, so appenders are serialised. On PostgreSQL a transaction-scoped advisory lock does
    // that, taken by the first append of each transaction, which also moves audit_head to the last record
    // once, just before the commit (updating that one row per record would slow long transactions down).
    TransactionGuard tx(m_db, TransactionMode::Immediate);
    Database* db = &m_db;
    const bool first = m_db.beforeCommit(QStringLiteral("gongkai.audit.head"), [db] {
        db->exec(L("UPDATE audit_head SET seq = t.seq, hash = t.hash FROM (SELECT seq, hash FROM audit_trail"
                   " ORDER BY seq DESC LIMIT 1) AS t WHERE audit_head.id = 1"));
    });
    if (first && m_db.dialect() == Dialect::PostgreSql)
        m_db.execRaw(L("SELECT pg_advisory_xact_lock(47110815)"));
    AuditRecord r;
    QSqlQuery last = m_db.exec(L("SELECT seq, hash FROM audit_trail ORDER BY seq DESC LIMIT 1"));
    if (last.next()) {
        r.seq = last.value(0).toLongLong() + 1;
        r.prevHash = last.value(1).toString();
    } else {
        r.seq = 1;
        r.prevHash = genesisHash();
    }
    last.finish();
    // Millisecond precision: what both back ends store and what the canonical form holds.
    const QDateTime now = m_db.nowUtc();
    r.at = QDateTime::fromMSecsSinceEpoch(now.toMSecsSinceEpoch(), Qt::UTC);
    r.userId = actor.userId;
    r.login = actor.login;
    r.event = entry.event;
    r.eventCode = auditEventCode(entry.event);
    r.success = entry.success;
    r.objectType = entry.objectType;
    r.objectId = entry.objectId;
    r.before = jsonText(entry.before);
    r.after = jsonText(entry.after);
    r.hash = computeHash(r.prevHash, r);
    m_db.exec(
        L("INSERT INTO audit_trail (seq, at, user_id, login, event, success, object_type, object_id,"
          " before_value, after_value, prev_hash, hash) VALUES (:seq, :at, :uid, :login, :event, :ok,"
          " :otype, :oid, :before, :after, :prev, :hash)"),
        {{L("seq"), r.seq},
         {L("at"), m_db.toDb(r.at)},
         {L("uid"), r.userId > 0 ? QVariant(r.userId) : QVariant(QMetaType::fromType<qlonglong>())},
         {L("login"), r.login},
         {L("event"), r.eventCode},
         {L("ok"), r.success ? 1 : 0},
         {L("otype"), r.objectType},
         {L("oid"), r.objectId != 0 ? QVariant(r.objectId) : QVariant(QMetaType::fromType<qlonglong>())},
         {L("before"), r.before},
         {L("after"), r.after},
         {L("prev"), r.prevHash},
         {L("hash"), r.hash}});
    if (entry.success)
        m_db.announce(ChangeEvent::fromAudit(entry.event, entry.objectType, entry.objectId, entry.after));
    tx.commit();
    return r.seq;
}

AuditLog::Head AuditLog::head() const
{
    QSqlQuery q = m_db.exec(L("SELECT seq, hash FROM audit_head WHERE id = 1"));
    Head h;
    if (q.next()) {
        h.seq = q.value(0).toLongLong();
        h.hash = q.value(1).toString();
    }
    return h;
}

QString AuditLog::where(const AuditFilter& filter, QVariantMap* binds) const
{
    QStringList parts;
    if (filter.from.isValid()) {
        parts << L("at >= :from");
        binds->insert(L("from"), m_db.toDb(filter.from));
    }
    if (filter.to.isValid()) {
        parts << L("at < :to");
        binds->insert(L("to"), m_db.toDb(filter.to));
    }
    if (!filter.login.trimmed().isEmpty()) {
        parts << L("login = :login");
        binds->insert(L("login"), filter.login.trimmed());
    }
    if (!filter.events.isEmpty()) {
        QStringList names;
        for (int i = 0; i < filter.events.size(); ++i) {
            names << L(":ev%1").arg(i);
            binds->insert(L("ev%1").arg(i), auditEventCode(filter.events.at(i)));
        }
        parts << L("event IN (%1)").arg(names.join(QLatin1Char(',')));
    }
    if (!filter.objectType.isEmpty()) {
        parts << L("object_type = :otype");
        binds->insert(L("otype"), filter.objectType);
    }
    if (filter.objectId != 0) {
        parts << L("object_id = :oid");
        binds->insert(L("oid"), filter.objectId);
    }
    if (filter.failuresOnly)
        parts << L("success = 0");
    return parts.isEmpty() ? QString() : L(" WHERE ") + parts.join(L(" AND "));
}

QList<AuditRecord> AuditLog::select(const QString& tail, const QVariantMap& binds) const
{
    QList<AuditRecord> records;
    QSqlQuery q = m_db.exec(L("SELECT %1 FROM audit_trail").arg(L(kColumns)) + tail, binds);
    while (q.next()) {
        AuditRecord r;
        r.seq = q.value(0).toLongLong();
        r.at = Database::timeFrom(q.value(1));
        r.userId = q.value(2).toLongLong();
        r.login = q.value(3).toString();
        r.eventCode = q.value(4).toString();
        r.event = auditEventFromCode(r.eventCode);
        r.success = q.value(5).toInt() != 0;
        r.objectType = q.value(6).toString();
        r.objectId = q.value(7).toLongLong();
        r.before = q.value(8).toString();
        r.after = q.value(9).toString();
        r.prevHash = q.value(10).toString();
        r.hash = q.value(11).toString();
        records << r;
    }
    return records;
}

QList<AuditRecord> AuditLog::list(const AuditFilter& filter, qint64 offset, int limit, bool newestFirst) const
{
    QVariantMap binds;
    QString tail = where(filter, &binds);
    tail += newestFirst ? L(" ORDER BY seq DESC") : L(" ORDER BY seq");
    tail += L(" LIMIT %1 OFFSET %2").arg(qMax(0, limit)).arg(qMax<qint64>(0, offset));
    return select(tail, binds);
}

qint64 AuditLog::count(const AuditFilter& filter) const
{
    QVariantMap binds;
    return m_db.scalar(L("SELECT COUNT(*) FROM audit_trail") + where(filter, &binds), binds).toLongLong();
}

std::optional<AuditRecord> AuditLog::bySeq(qint64 seq) const
{
    const QList<AuditRecord> r = select(L(" WHERE seq = :s"), {{L("s"), seq}});
    return r.isEmpty() ? std::nullopt : std::optional<AuditRecord>(r.first());
}

QList<AuditRecord> AuditLog::after(qint64 afterSeq, int limit) const
{
    return select(L(" WHERE seq > :s ORDER BY seq LIMIT %1").arg(qMax(0, limit)), {{L("s"), afterSeq}});
}

} // namespace gongkai
