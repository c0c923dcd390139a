#pragma once

#include <QDate>
#include <QDateTime>

namespace gongkai {

class Database;

/// The demo office's work records from first to last: a training every quarter (20–80 attendees), a
/// delivery of currently valid documents to the public reading room every month (5–30 documents,
/// 市档案馆 and 市图书馆 in turn), an online interview every half year and a press conference in
/// March and September. Deterministic for a seed; written without audit records, like the rest of
/// the demo's bulk data (the demo_generated record covers it).
class DemoWorkRecords
{
public:
    /// Returns the number of records written. Call inside the demo's transaction, after the departments
    /// exist.
    static qint64 write(Database& db, quint32 seed, const QDate& first, const QDate& last,
                        const QDateTime& now);
};

} // namespace gongkai
