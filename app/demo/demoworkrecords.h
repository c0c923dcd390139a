#pragma once

#include <QDate>
#include <QDateTime>

namespace gongkai {

class Database;
class DemoTrail;
struct Actor;

/// The demo office's work records from first to last: a training every quarter (20–80 attendees), a
/// delivery of currently valid documents to the public reading room every month (5–30 documents,
/// 市档案馆 and 市图书馆 in turn), an online interview every half year and a press conference in
/// March and September. Each is entered by an author of the office on the day it was held, as
/// WorkRecordService::add would store and audit it (work_record_added). Deterministic for a seed.
class DemoWorkRecords
{
public:
    /// Writes the records and schedules their audit records on the trail; returns how many. Call inside
    /// the demo's transaction, after the departments exist. No record is entered later than end.
    static qint64 write(Database& db, DemoTrail& trail, quint32 seed, const QDate& first, const QDate& last,
                        const QDateTime& end, const Actor& author);
};

} // namespace gongkai
