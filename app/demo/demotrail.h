#pragma once

#include "bulkinserter.h"

#include "storage/auditlog.h"
#include "storage/database.h"

#include <QDateTime>
#include <QString>

#include <functional>
#include <queue>
#include <vector>

namespace gongkai {

/// The demo office's audit trail, written in bulk: the same records AuditLog::append writes (the same
/// canonical form, hash chain and NULLs), at the times the demo's history happened rather than now.
///
/// The history is written as it happened: every step (an item created, a round signed, a publication
/// recorded …) is scheduled at its time and run in time order — ties in the order scheduled — when
/// runBefore() reaches it; a step writes its rows and appends its records then, so ids and sequence
/// numbers follow time as they do when the services write them one call after the other.
class DemoTrail
{
public:
    using Step = std::function<void()>;

    /// Goes on from the last record already in the trail.
    explicit DemoTrail(Database& db);
    DemoTrail(const DemoTrail&) = delete;
    DemoTrail& operator=(const DemoTrail&) = delete;

    /// Schedules a step of the history at a time (UTC, milliseconds count).
    void schedule(const QDateTime& at, Step step);
    /// Runs the scheduled steps earlier than horizon, in time order. Call only when nothing earlier than
    /// horizon is still to be scheduled.
    void runBefore(const QDateTime& horizon);
    /// Appends one record, chained to the last; the time is the running step's (or the one given).
    void append(const Actor& actor, const AuditEntry& entry);
    void append(const QDateTime& at, const Actor& actor, const AuditEntry& entry);
    /// Runs every step left, writes the last records and moves the trail's head (audit_head) to them.
    void finish();

    /// The time of the step now running.
    const QDateTime& now() const { return m_now; }
    qint64 records() const { return m_records; }

private:
    void runUntil(qint64 limit);

    struct Scheduled
    {
        qint64 at = 0;     ///< milliseconds since the epoch
        quint64 order = 0; ///< ties run in the order scheduled
        Step step;
        bool operator>(const Scheduled& other) const
        {
            return at != other.at ? at > other.at : order > other.order;
        }
    };

    Database& m_db;
    BulkInserter m_audit;
    std::priority_queue<Scheduled, std::vector<Scheduled>, std::greater<>> m_queue;
    quint64 m_order = 0;
    QDateTime m_now;
    qint64 m_seq = 0;
    QString m_prevHash;
    qint64 m_records = 0;
};

} // namespace gongkai
