#include "demotrail.h"

#include "domain/auditrecord.h"

#include <limits>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

QStringList columns(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

QVariant nullableId(qint64 id)
{
    return id != 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}
} // namespace

DemoTrail::DemoTrail(Database& db)
    : m_db(db),
      m_audit(db, L("audit_trail"),
              columns("seq,at,user_id,login,event,success,object_type,object_id,before_value,after_value,"
                      "prev_hash,hash")),
      m_prevHash(AuditLog::genesisHash())
{
    QSqlQuery last = m_db.exec(L("SELECT seq, hash FROM audit_trail ORDER BY seq DESC LIMIT 1"));
    if (last.next()) {
        m_seq = last.value(0).toLongLong();
        m_prevHash = last.value(1).toString();
    }
}

void DemoTrail::schedule(const QDateTime& at, Step step)
{
    m_queue.push({at.toMSecsSinceEpoch(), m_order++, std::move(step)});
}

void DemoTrail::runBefore(const QDateTime& horizon)
{
    runUntil(horizon.toMSecsSinceEpoch());
}

void DemoTrail::runUntil(qint64 limit)
{
    while (!m_queue.empty() && m_queue.top().at < limit) {
        // Moved out before it runs, as a step may schedule further steps; the time and order that
        // pop() compares stay in place.
        Scheduled next = std::move(const_cast<Scheduled&>(m_queue.top()));
        m_queue.pop();
        m_now = QDateTime::fromMSecsSinceEpoch(next.at, Qt::UTC);
        next.step();
    }
}

void DemoTrail::append(const Actor& actor, const AuditEntry& entry)
{
    append(m_now, actor, entry);
}

void DemoTrail::append(const QDateTime& at, const Actor& actor, const AuditEntry& entry)
{
    // As AuditLog::append: millisecond precision, an empty object as empty text, 0 as NULL.
    AuditRecord r;
    r.seq = ++m_seq;
    r.at = QDateTime::fromMSecsSinceEpoch(at.toMSecsSinceEpoch(), Qt::UTC);
    r.userId = actor.userId;
    r.login = actor.login;
    r.event = entry.event;
    r.eventCode = auditEventCode(entry.event);
    r.success = entry.success;
    r.objectType = entry.objectType;
    r.objectId = entry.objectId;
    r.before = AuditLog::jsonText(entry.before);
    r.after = AuditLog::jsonText(entry.after);
    r.prevHash = m_prevHash;
    r.hash = AuditLog::computeHash(r.prevHash, r);
    m_prevHash = r.hash;
    m_audit << r.seq << m_db.toDb(r.at) << nullableId(r.userId) << r.login << r.eventCode
            << (r.success ? 1 : 0) << r.objectType << nullableId(r.objectId) << r.before << r.after
            << r.prevHash << r.hash;
    ++m_records;
}

void DemoTrail::finish()
{
    runUntil(std::numeric_limits<qint64>::max());
    m_audit.flush();
    if (m_records > 0)
        m_db.exec(L("UPDATE audit_head SET seq = :s, hash = :h WHERE id = 1"),
                  {{L("s"), m_seq}, {L("h"), m_prevHash}});
}

} // namespace gongkai
