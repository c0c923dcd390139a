#pragma once

#include "seed.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace gongkai {
class Database;
}

namespace gongkai::test {

/// A small ledger with known report figures for 2024 Q3 (and 2023 Q3 for the comparison), written with
/// plain SQL so it can hold what the services refuse (an item published without a review). Times are
/// chosen for the office time zone Asia/Shanghai (UTC+8): set TZ before building it.
struct ReportLedger
{
    Seed seed;
    qint64 agency2 = 0; ///< 市政府办公室《政务信息》
    qint64 a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, g = 0, h = 0, i = 0, j = 0, k = 0, x = 0;
    qint64 training1 = 0, training2 = 0, delivery1 = 0, delivery2 = 0, interview = 0, pressLastYear = 0;

    static ReportLedger create(Database& db);
    /// The same ledger for an office already seeded (ReviewOffice).
    static ReportLedger create(Database& db, const Seed& seed);

    // Raw writers, usable for more rows in a test.
    static qint64 item(Database& db, const Seed& s, const QString& title, const QDate& drafted, int attribute,
                       qint64 category, qint64 department);
    static void publish(Database& db, qint64 item, qint64 channel, const QDate& on);
    static void submit(Database& db, qint64 item, qint64 agency, const QDate& on, bool adopted);
    static void round(Database& db, qint64 item, int number, const QString& state, const QDateTime& started,
                      const QDateTime& ended);
    static void paper(Database& db, qint64 item, const QDateTime& recorded);
    static qint64 work(Database& db, const QString& kind, const QDate& on, const QString& title,
                       int attendees, int documents);
};

} // namespace gongkai::test
