#include "reportledger.h"

#include "storage/channelrepository.h"
#include "storage/database.h"

namespace gongkai::test {

namespace {
QDateTime utc(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), Qt::UTC);
}
} // namespace

qint64 ReportLedger::item(Database& db, const Seed& s, const QString& title, const QDate& drafted,
                          int attribute, qint64 category, qint64 department)
{
    const QVariant now = db.toDb(db.nowUtc());
    return db.insert(
        QStringLiteral("INSERT INTO items (title, category_id, attribute, department_id, author_id,"
                       " drafted, status, created_at, updated_at)"
                       " VALUES (:t, :c, :a, :d, :u, :dr, 4, :n, :n) RETURNING id"),
        {{QStringLiteral("t"), title},
         {QStringLiteral("c"), category},
         {QStringLiteral("a"), attribute},
         {QStringLiteral("d"), department},
         {QStringLiteral("u"), s.author},
         {QStringLiteral("dr"), db.toDb(drafted)},
         {QStringLiteral("n"), now}});
}

void ReportLedger::publish(Database& db, qint64 item, qint64 channel, const QDate& on)
{
    db.exec(
        QStringLiteral("INSERT INTO publications (item_id, channel_id, published_on) VALUES (:i, :c, :d)"),
        {{QStringLiteral("i"), item}, {QStringLiteral("c"), channel}, {QStringLiteral("d"), db.toDb(on)}});
}

void ReportLedger::submit(Database& db, qint64 item, qint64 agency, const QDate& on, bool adopted)
{
    db.exec(
        QStringLiteral(
            "INSERT INTO submissions (item_id, agency_id, submitted_on, adopted) VALUES (:i, :a, :d, :ad)"),
        {{QStringLiteral("i"), item},
         {QStringLiteral("a"), agency},
         {QStringLiteral("d"), db.toDb(on)},
         {QStringLiteral("ad"), adopted ? 1 : 0}});
}

void ReportLedger::round(Database& db, qint64 item, int number, const QString& state,
                         const QDateTime& started, const QDateTime& ended)
{
    db.exec(
        QStringLiteral("INSERT INTO review_rounds (item_id, round_no, chain, state, content_hash, started_at,"
                       " started_login, ended_at) VALUES (:i, :n, '[]', :s, 'x', :st, 'zhangwei', :e)"),
        {{QStringLiteral("i"), item},
         {QStringLiteral("n"), number},
         {QStringLiteral("s"), state},
         {QStringLiteral("st"), db.toDb(started)},
         {QStringLiteral("e"), db.toDb(ended)}});
}

void ReportLedger::paper(Database& db, qint64 item, const QDateTime& recorded)
{
    db.exec(QStringLiteral(
                "INSERT INTO paper_reviews (item_id, reviewers, content_hash, recorded_at, recorded_by)"
                " VALUES (:i, '李娜', 'x', :r, 'zhangwei')"),
            {{QStringLiteral("i"), item}, {QStringLiteral("r"), db.toDb(recorded)}});
}

qint64 ReportLedger::work(Database& db, const QString& kind, const QDate& on, const QString& title,
                          int attendees, int documents)
{
    const QVariant now = db.toDb(db.nowUtc());
    return db.insert(
        QStringLiteral("INSERT INTO work_records (kind, held_on, title, organiser, attendees, documents,"
                       " created_at, created_by, updated_at)"
                       " VALUES (:k, :h, :t, '办公室', :a, :d, :n, 'zhangwei', :n) RETURNING id"),
        {{QStringLiteral("k"), kind},
         {QStringLiteral("h"), db.toDb(on)},
         {QStringLiteral("t"), title},
         {QStringLiteral("a"), attendees},
         {QStringLiteral("d"), documents},
         {QStringLiteral("n"), now}});
}

ReportLedger ReportLedger::create(Database& db)
{
    return create(db, Seed::create(db));
}

ReportLedger ReportLedger::create(Database& db, const Seed& seed)
{
    ReportLedger l;
    l.seed = seed;
    const Seed& s = l.seed;
    l.agency2 = ChannelRepository(db).byName(QStringLiteral("市政府办公室《政务信息》"))->id;
    auto D = [](int y, int m, int d) { return QDate(y, m, d); };

    l.a = item(db, s, QStringLiteral("A 工作动态"), D(2024, 7, 2), 0, s.news, s.office);
    publish(db, l.a, s.portal, D(2024, 7, 5));
    publish(db, l.a, s.wechat, D(2024, 7, 5));
    publish(db, l.a, s.portal, D(2024, 8, 1)); // the same channel again: counted once
    round(db, l.a, 1, QStringLiteral("approved"), utc(2024, 7, 2, 10), utc(2024, 7, 4, 10));
    submit(db, l.a, s.agency, D(2024, 7, 6), true);

    l.b = item(db, s, QStringLiteral("B 政策解读"), D(2024, 6, 20), 0, s.policy, s.commerce);
    publish(db, l.b, s.portal, D(2024, 9, 30));
    paper(db, l.b, utc(2024, 6, 25, 3));
    submit(db, l.b, l.agency2, D(2024, 9, 30), true);

    // Approved on the quarter's last day at 23:30 local (15:30 UTC); published in the next quarter.
    l.c = item(db, s, QStringLiteral("C 工作动态"), D(2024, 8, 10), 0, s.news, s.office);
    round(db, l.c, 1, QStringLiteral("sent_back"), utc(2024, 8, 11, 1), utc(2024, 8, 20, 1));
    round(db, l.c, 2, QStringLiteral("approved"), utc(2024, 9, 1, 0), utc(2024, 9, 30, 15, 30));
    publish(db, l.c, s.wechat, D(2024, 10, 1));

    l.d = item(db, s, QStringLiteral("D 未经审查"), D(2024, 7, 15), 0, s.policy, s.office);
    publish(db, l.d, s.portal, D(2024, 7, 20));
    submit(db, l.d, s.agency, D(2024, 7, 21), false);

    // Requests (依申请公开): e answered in time, f late, g open within its time, h open and overdue,
    // i answered before the quarter.
    l.e = item(db, s, QStringLiteral("E 依申请"), D(2024, 7, 1), 1, s.news, s.office);
    publish(db, l.e, s.portal, D(2024, 7, 26));
    paper(db, l.e, utc(2024, 7, 25, 3));
    l.f = item(db, s, QStringLiteral("F 依申请"), D(2024, 7, 1), 1, s.news, s.office);
    publish(db, l.f, s.portal, D(2024, 8, 5));
    round(db, l.f, 1, QStringLiteral("approved"), utc(2024, 8, 1, 2), utc(2024, 8, 4, 2));
    l.g = item(db, s, QStringLiteral("G 依申请"), D(2024, 9, 2), 1, s.news, s.office);
    l.h = item(db, s, QStringLiteral("H 依申请"), D(2024, 8, 1), 1, s.news, s.office);
    l.i = item(db, s, QStringLiteral("I 依申请"), D(2024, 6, 10), 1, s.news, s.office);
    publish(db, l.i, s.portal, D(2024, 6, 15));
    publish(db, l.i, s.portal, D(2024, 7, 10));
    paper(db, l.i, utc(2024, 6, 12, 3));

    // Approved at 00:30 local on 1 July (16:30 UTC on 30 June): inside the quarter; k at 23:30 local
    // on 30 June: outside.
    l.j = item(db, s, QStringLiteral("J"), D(2024, 6, 25), 0, s.news, s.office);
    round(db, l.j, 1, QStringLiteral("approved"), utc(2024, 6, 29, 16, 30), utc(2024, 6, 30, 16, 30));
    l.k = item(db, s, QStringLiteral("K"), D(2024, 6, 25), 0, s.news, s.office);
    round(db, l.k, 1, QStringLiteral("approved"), utc(2024, 6, 29, 15, 30), utc(2024, 6, 30, 15, 30));

    // Last year.
    l.x = item(db, s, QStringLiteral("X 去年"), D(2023, 7, 1), 0, s.news, s.office);
    publish(db, l.x, s.portal, D(2023, 8, 1));
    paper(db, l.x, utc(2023, 7, 2, 3));
    submit(db, l.x, s.agency, D(2023, 7, 2), true);

    l.training1 =
        work(db, QStringLiteral("training"), D(2024, 7, 10), QStringLiteral("政务公开业务培训"), 35, 0);
    l.training2 =
        work(db, QStringLiteral("training"), D(2024, 9, 30), QStringLiteral("保密审查专题培训"), 20, 0);
    work(db, QStringLiteral("training"), D(2024, 10, 1), QStringLiteral("下季度培训"), 50, 0);
    l.delivery1 =
        work(db, QStringLiteral("reading_room"), D(2024, 8, 1), QStringLiteral("7月现行有效文件"), 0, 12);
    l.delivery2 =
        work(db, QStringLiteral("reading_room"), D(2024, 9, 1), QStringLiteral("8月现行有效文件"), 0, 8);
    l.interview = work(db, QStringLiteral("interview"), D(2024, 8, 15), QStringLiteral("局长在线访谈"), 0, 0);
    l.pressLastYear = work(db, QStringLiteral("press"), D(2023, 8, 15), QStringLiteral("新闻发布会"), 0, 0);
    return l;
}

} // namespace gongkai::test
