#pragma once

#include "../domain/auditrecord.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace gongkai {

class Database;
struct Actor;

/// One event to append. The actor and the time come from the Database (actor(), nowUtc()).
struct AuditEntry
{
    AuditEvent event = AuditEvent::Unknown;
    bool success = true;
    QString objectType; ///< "item", "round", "signature", "user", "department", "chain" …
    qint64 objectId = 0;
    QJsonObject before; ///< the values before a change (only the ones that changed)
    QJsonObject after;  ///< the values after, or the event's details (a refusal's reason …)
};

/// The append-only, hash-chained audit trail (table audit_trail).
///
/// Each record's hash is the lower-case hex SHA-256 of prev_hash (the previous record's hash, or 64
/// zeros for the first) followed by the record's canonical form, the compact JSON array
///   ["gongkai-audit-1", "seq", "at", "userId", login, event, success, objectType, "objectId", before, after]
/// (numbers as text, at as yyyy-MM-ddTHH:mm:ss.zzzZ in UTC, before/after as the stored JSON text), UTF-8.
/// Appenders are serialised (SQLite: one writer at a time, the append starts an immediate transaction;
/// PostgreSQL: a transaction-scoped advisory lock). The single row of audit_head is moved to the last
/// record once per transaction, just before it commits, so a deleted tail shows. The program never
/// updates or deletes a record (on PostgreSQL and SQLite a trigger refuses it too); AuditVerifier walks
/// the chain.
///
/// The repositories call append() for every ledger write, as the connection's actor: the hook that
/// lets them stay simple. Append as the last write of a transaction: the head stays locked until commit.
class AuditLog
{
public:
    explicit AuditLog(Database& db);

#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    /// Appends one record as db.actor(); returns its seq.
    qint64 append(const AuditEntry& entry);
    /// Appends with an explicit actor (a failed sign-in names the login typed).
    qint64 append(const AuditEntry& entry, const Actor& actor);
#endif

    /// Records matching the filter, newest first (or oldest first), a page at a time.
    QList<AuditRecord> list(const AuditFilter& filter, qint64 offset, int limit,
                            bool newestFirst = true) const;
    qint64 count(const AuditFilter& filter) const;
    std::optional<AuditRecord> bySeq(qint64 seq) const;
    /// Records with seq > afterSeq in seq order, at most limit (for walking the whole trail).
    QList<AuditRecord> after(qint64 afterSeq, int limit) const;

    struct Head
    {
        qint64 seq = 0;
        QString hash;
    };
    /// The chain head as stored in audit_head.
    Head head() const;

    static QString genesisHash();
    static QByteArray canonical(const AuditRecord& record);
    static QString computeHash(const QString& prevHash, const AuditRecord& record);
    /// A JSON object as stored: compact with sorted keys, or empty text for an empty object.
    static QString jsonText(const QJsonObject& object);
    /// A time as it enters the canonical form (UTC, milliseconds).
    static QString timeText(const QDateTime& time);

private:
    QString where(const AuditFilter& filter, QVariantMap* binds) const;
    QList<AuditRecord> select(const QString& tail, const QVariantMap& binds) const;

    Database& m_db;
};

} // namespace gongkai
