#include "support/reportledger.h"
#include "support/testdatabase.h"

#include "error.h"
#include "report/quarterlyfigures.h"
#include "report/quarterlyfiguresquery.h"
#include "report/reportperiod.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

namespace {
QString L(const char* s)
{
    return QString::fromUtf8(s);
}

void setZone(const QByteArray& zone)
{
    qputenv("TZ", zone);
}

FigurePair P(qint64 a, qint64 b)
{
    return FigurePair{a, b};
}

/// The row of an id, or one with the count -1, -1 when there is none.
FigureRow row(const QList<FigureRow>& rows, qint64 id)
{
    for (const FigureRow& r : rows)
        if (r.id == id)
            return r;
    return FigureRow{id, QString(), FigurePair{-1, -1}};
}
} // namespace

class TestQuarterlyFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void initTestCase() { setZone("Asia/Shanghai"); }

    void periodLabels_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("lastYear");
        QTest::addColumn<QString>("previous");
        QTest::newRow("q3") << QStringLiteral("2017-Q3") << L("2017年第三季度") << QDate(2017, 7, 1)
                            << QDate(2017, 9, 30) << QStringLiteral("2016-Q3") << QStringLiteral("2017-Q2");
        QTest::newRow("q1") << QStringLiteral("2017-Q1") << L("2017年第一季度") << QDate(2017, 1, 1)
                            << QDate(2017, 3, 31) << QStringLiteral("2016-Q1") << QStringLiteral("2016-Q4");
        QTest::newRow("q4") << QStringLiteral("2017-Q4") << L("2017年第四季度") << QDate(2017, 10, 1)
                            << QDate(2017, 12, 31) << QStringLiteral("2016-Q4") << QStringLiteral("2017-Q3");
        QTest::newRow("first three") << QStringLiteral("2017-Q1-Q3") << L("2017年前三季度")
                                     << QDate(2017, 1, 1) << QDate(2017, 9, 30)
                                     << QStringLiteral("2016-Q1-Q3") << QStringLiteral("2017-Q1-Q2");
        QTest::newRow("half") << QStringLiteral("2017-Q1-Q2") << L("2017年上半年") << QDate(2017, 1, 1)
                              << QDate(2017, 6, 30) << QStringLiteral("2016-Q1-Q2")
                              << QStringLiteral("2017-Q1-Q1");
        QTest::newRow("year") << QStringLiteral("2017-Q1-Q4") << L("2017年全年") << QDate(2017, 1, 1)
                              << QDate(2017, 12, 31) << QStringLiteral("2016-Q1-Q4")
                              << QStringLiteral("2017-Q1-Q3");
        QTest::newRow("cumulative q1")
            << QStringLiteral("2017-Q1-Q1") << L("2017年第一季度") << QDate(2017, 1, 1) << QDate(2017, 3, 31)
            << QStringLiteral("2016-Q1-Q1") << QStringLiteral("2016-Q1-Q4");
        QTest::newRow("range") << QStringLiteral("2024-01-05~2024-02-29") << L("2024年1月5日至2024年2月29日")
                               << QDate(2024, 1, 5) << QDate(2024, 2, 29)
                               << QStringLiteral("2023-01-05~2023-02-28")
                               << QStringLiteral("2023-11-10~2024-01-04");
    }
    void periodLabels()
    {
        QFETCH(QString, key);
        QFETCH(QString, label);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, lastYear);
        QFETCH(QString, previous);
        const auto p = ReportPeriod::fromKey(key);
        QVERIFY(p);
        QCOMPARE(p->key(), key);
        QCOMPARE(p->label(), label);
        QCOMPARE(p->from(), from);
        QCOMPARE(p->to(), to);
        QCOMPARE(p->sameLastYear().key(), lastYear);
        QCOMPARE(p->previous().key(), previous);
    }

    void periodRejectsBadInput()
    {
        QVERIFY(!ReportPeriod::quarter(2017, 5).isValid());
        QVERIFY(!ReportPeriod::quarter(2017, 0).isValid());
        QVERIFY(!ReportPeriod::range(QDate(2017, 2, 1), QDate(2017, 1, 1)).isValid());
        QVERIFY(!ReportPeriod::fromKey(QStringLiteral("2017-Q5")));
        QVERIFY(!ReportPeriod::fromKey(QStringLiteral("2017-02-30~2017-03-01")));
        QVERIFY(!ReportPeriod::fromKey(QStringLiteral("nonsense")));
    }

    // The quarter ends at local midnight: 23:30 local on its last day is inside, 00:30 the next day is
    // not, whatever the zone's offset from UTC.
    void periodLocalDayBoundaries_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("Shanghai") << QByteArray("Asia/Shanghai");
        QTest::newRow("New York") << QByteArray("America/New_York");
        QTest::newRow("UTC") << QByteArray("UTC");
    }
    void periodLocalDayBoundaries()
    {
        QFETCH(QByteArray, zone);
        setZone(zone);
        const ReportPeriod q3 = ReportPeriod::quarter(2024, 3);
        const QDateTime lastEvening = QDateTime(QDate(2024, 9, 30), QTime(23, 30)).toUTC();
        const QDateTime nextMorning = QDateTime(QDate(2024, 10, 1), QTime(0, 30)).toUTC();
        const QDateTime firstMorning = QDateTime(QDate(2024, 7, 1), QTime(0, 0)).toUTC();
        QVERIFY(q3.containsTime(lastEvening));
        QVERIFY(!q3.containsTime(nextMorning));
        QVERIFY(q3.containsTime(firstMorning));
        QVERIFY(!q3.containsTime(firstMorning.addSecs(-1)));
        if (zone == "Asia/Shanghai") {
            // 23:30 in Shanghai is 15:30 UTC: a UTC date would put it on the same day, 00:30 would not.
            QCOMPARE(lastEvening, QDateTime(QDate(2024, 9, 30), QTime(15, 30), Qt::UTC));
            QVERIFY(!q3.containsTime(QDateTime(QDate(2024, 9, 30), QTime(16, 30), Qt::UTC)));
        }
        setZone("Asia/Shanghai");
    }

    void answerDeadline_data()
    {
        QTest::addColumn<QDate>("received");
        QTest::addColumn<QDate>("deadline");
        QTest::newRow("monday") << QDate(2024, 7, 1) << QDate(2024, 7, 29);
        QTest::newRow("friday") << QDate(2024, 7, 5) << QDate(2024, 8, 2);
        QTest::newRow("saturday") << QDate(2024, 7, 6) << QDate(2024, 8, 2);
        QTest::newRow("sunday") << QDate(2024, 7, 7) << QDate(2024, 8, 2);
    }
    void answerDeadline()
    {
        QFETCH(QDate, received);
        QFETCH(QDate, deadline);
        QCOMPARE(QuarterlyFiguresQuery::answerDeadline(received), deadline);
    }

    void figures()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReportLedger l = ReportLedger::create(t.db());
        const Seed& s = l.seed;
        const QuarterlyFigures f = QuarterlyFiguresQuery(t.db()).compute(ReportPeriod::quarter(2024, 3));

        QCOMPARE(f.period.key(), QStringLiteral("2024-Q3"));
        QCOMPARE(f.publishedItems, P(6, 1));
        QCOMPARE(row(f.byChannel, s.portal).count, P(6, 1));
        QCOMPARE(row(f.byChannel, s.portal).name, L("门户网站"));
        QCOMPARE(row(f.byChannel, s.wechat).count, P(1, 0));
        QCOMPARE(f.byChannel.size(), 2);
        QCOMPARE(row(f.byCategory, s.news).count, P(4, 1));
        QCOMPARE(row(f.byCategory, s.policy).count, P(2, 0));
        QCOMPARE(row(f.byDepartment, s.office).count, P(5, 1));
        QCOMPARE(row(f.byDepartment, s.commerce).count, P(1, 0));

        QCOMPARE(f.agencies.size(), 2);
        QCOMPARE(f.agencies.at(0).id, s.agency);
        QCOMPARE(f.agencies.at(0).submitted, P(2, 1));
        QCOMPARE(f.agencies.at(0).adopted, P(1, 1));
        QCOMPARE(f.agencies.at(0).rate(), 50.0);
        QCOMPARE(f.agencies.at(1).id, l.agency2);
        QCOMPARE(f.agencies.at(1).adopted, P(1, 0));
        QCOMPARE(f.submitted, P(3, 1));
        QCOMPARE(f.adopted, P(2, 1));
        QVERIFY(qAbs(f.adoptionRate() - 66.6667) < 0.001);

        // Approved rounds of a, c (23:30 local on 30 September), f and j (00:30 local on 1 July), not k;
        // the paper review of e.
        QCOMPARE(f.reviewsCompleted, P(5, 1));
        QCOMPARE(f.paperReviews, P(1, 1));
        QCOMPARE(f.sentBack, P(1, 0));
        QCOMPARE(f.medianDaysToApproval, 2.5); // 1, 2, 3, 29.6 days
        QCOMPARE(f.unreviewed.size(), 1);
        QCOMPARE(f.unreviewed.at(0).id, l.d);
        QCOMPARE(f.unreviewed.at(0).firstPublished, QDate(2024, 7, 20));

        QCOMPARE(f.requestsReceived, P(4, 0));
        QCOMPARE(f.requestsAnswered, P(2, 0));
        QCOMPARE(f.requestsOverdue, P(2, 0));

        QCOMPARE(f.trainings, P(2, 0));
        QCOMPARE(f.trainingAttendees, P(55, 0));
        QCOMPARE(f.readingRoomDeliveries, P(2, 0));
        QCOMPARE(f.readingRoomDocuments, P(20, 0));
        QCOMPARE(f.interviews, P(1, 0));
        QCOMPARE(f.pressEvents, P(0, 1));
        QCOMPARE(f.events.size(), 5);
        QCOMPARE(f.events.at(0).id, l.training1);
        QCOMPARE(f.events.at(0).attendees, 35);
        QCOMPARE(f.events.constLast().id, l.training2);
    }

    void cumulativeAddsQuarters()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReportLedger l = ReportLedger::create(t.db());
        QuarterlyFiguresQuery q(t.db());
        const QuarterlyFigures q2 = q.compute(ReportPeriod::quarter(2024, 2));
        const QuarterlyFigures q3 = q.compute(ReportPeriod::quarter(2024, 3));
        const QuarterlyFigures cumulative = q.compute(ReportPeriod::cumulative(2024, 3));
        QCOMPARE(q2.submitted.current + q3.submitted.current, cumulative.submitted.current);
        QCOMPARE(q2.trainings.current + q3.trainings.current, cumulative.trainings.current);
        // i was published in both quarters: once in the cumulative total.
        QCOMPARE(q2.publishedItems.current, 1);
        QCOMPARE(cumulative.publishedItems.current, 6);
        QCOMPARE(cumulative.reviewsCompleted.current, 5 + 3); // k too, and the paper reviews of b, e and i
        Q_UNUSED(l);
    }

    void trace_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected"); ///< item letters, or work records
        QTest::newRow("published") << QStringLiteral("published.total") << QStringLiteral("abdefi");
        QTest::newRow("portal") << QStringLiteral("published.channel.portal") << QStringLiteral("abdefi");
        QTest::newRow("wechat") << QStringLiteral("published.channel.wechat") << QStringLiteral("a");
        QTest::newRow("policy") << QStringLiteral("published.category.policy") << QStringLiteral("bd");
        QTest::newRow("commerce") << QStringLiteral("published.department.commerce") << QStringLiteral("b");
        QTest::newRow("submitted") << QStringLiteral("submissions.agency.agency") << QStringLiteral("ad");
        QTest::newRow("adopted") << QStringLiteral("adoptions.agency.agency") << QStringLiteral("a");
        QTest::newRow("all submitted") << QStringLiteral("submissions.total") << QStringLiteral("abd");
        QTest::newRow("completed") << QStringLiteral("reviews.completed") << QStringLiteral("acefj");
        QTest::newRow("paper") << QStringLiteral("reviews.paper") << QStringLiteral("e");
        QTest::newRow("sent back") << QStringLiteral("reviews.sentBack") << QStringLiteral("c");
        QTest::newRow("unreviewed") << QStringLiteral("reviews.unreviewed") << QStringLiteral("d");
        QTest::newRow("received") << QStringLiteral("requests.received") << QStringLiteral("efgh");
        QTest::newRow("answered") << QStringLiteral("requests.answered") << QStringLiteral("ef");
        QTest::newRow("overdue") << QStringLiteral("requests.overdue") << QStringLiteral("fh");
        QTest::newRow("last year") << QStringLiteral("published.total.lastYear") << QStringLiteral("x");
        QTest::newRow("trainings") << QStringLiteral("training.count") << QStringLiteral("training");
        QTest::newRow("deliveries") << QStringLiteral("readingRoom.documents")
                                    << QStringLiteral("reading_room");
        QTest::newRow("press last year") << QStringLiteral("press.count.lastYear") << QStringLiteral("press");
    }
    void trace()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        TestDatabase t;
        if (!t.open())
            return;
        const ReportLedger l = ReportLedger::create(t.db());
        const Seed& s = l.seed;
        key.replace(QLatin1String(".portal"), QStringLiteral(".%1").arg(s.portal));
        key.replace(QLatin1String(".wechat"), QStringLiteral(".%1").arg(s.wechat));
        key.replace(QLatin1String(".policy"), QStringLiteral(".%1").arg(s.policy));
        key.replace(QLatin1String(".commerce"), QStringLiteral(".%1").arg(s.commerce));
        key.replace(QLatin1String("agency.agency"), QStringLiteral("agency.%1").arg(s.agency));
        const FigureTrace tr = QuarterlyFiguresQuery(t.db()).trace(ReportPeriod::quarter(2024, 3), key);
        QList<qint64> want;
        if (expected == QLatin1String("training")) {
            want = {l.training1, l.training2};
        } else if (expected == QLatin1String("reading_room")) {
            want = {l.delivery1, l.delivery2};
        } else if (expected == QLatin1String("press")) {
            want = {l.pressLastYear};
        } else {
            const QHash<QChar, qint64> ids = {
                {QLatin1Char('a'), l.a}, {QLatin1Char('b'), l.b}, {QLatin1Char('c'), l.c},
                {QLatin1Char('d'), l.d}, {QLatin1Char('e'), l.e}, {QLatin1Char('f'), l.f},
                {QLatin1Char('g'), l.g}, {QLatin1Char('h'), l.h}, {QLatin1Char('i'), l.i},
                {QLatin1Char('j'), l.j}, {QLatin1Char('x'), l.x}};
            for (QChar c : expected)
                want << ids.value(c);
            std::sort(want.begin(), want.end());
        }
        QCOMPARE(tr.workRecords, expected == QLatin1String("training") ||
                                     expected == QLatin1String("reading_room") ||
                                     expected == QLatin1String("press"));
        QCOMPARE(tr.ids, want);
    }

    void traceMatchesEveryFigure()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReportLedger::create(t.db());
        QuarterlyFiguresQuery q(t.db());
        const ReportPeriod p = ReportPeriod::quarter(2024, 3);
        const QuarterlyFigures f = q.compute(p);
        for (const FigureEntry& e : f.entries()) {
            // Sums (attendees, documents) count the records they add up, not one each.
            if (e.key.endsWith(QLatin1String("attendees")) || e.key.endsWith(QLatin1String("documents")))
                continue;
            QCOMPARE(q.trace(p, e.key).ids.size(), e.value.current);
            QCOMPARE(q.trace(p, e.key + QStringLiteral(".lastYear")).ids.size(), e.value.lastYear);
        }
        QVERIFY_THROWS_EXCEPTION(Error, q.trace(p, QStringLiteral("no.such")));
    }

    // Every statement reaches the ledger's big tables through an index (a million-item ledger is never
    // scanned whole); checked on SQLite's query plans.
    void queriesUseIndexes()
    {
        TestDatabase t;
        if (!t.open())
            return;
        if (t.backend() != QLatin1String("sqlite"))
            return; // PostgreSQL plans a tiny table with a sequential scan whatever the indexes
        ReportLedger::create(t.db());
        QuarterlyFiguresQuery q(t.db());
        QList<QPair<QString, QVariantMap>> log;
        q.setStatementLog(&log);
        q.compute(ReportPeriod::quarter(2024, 3));
        QVERIFY(log.size() >= 20);
        static const QRegularExpression fullScan(QStringLiteral(
            "^(SCAN) (items|publications|submissions|review_rounds|paper_reviews|work_records)( |$)"));
        int searches = 0;
        for (const auto& [sql, binds] : std::as_const(log)) {
            QSqlQuery plan = t.db().exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql, binds);
            while (plan.next()) {
                const QString detail = plan.value(3).toString();
                searches += detail.startsWith(QLatin1String("SEARCH publications USING")) ? 1 : 0;
                QVERIFY2(!fullScan.match(detail).hasMatch() ||
                             detail.contains(QLatin1String("USING INDEX")) ||
                             detail.contains(QLatin1String("USING INTEGER PRIMARY KEY")),
                         qPrintable(detail + QStringLiteral("\n") + sql));
            }
        }
        QVERIFY(searches >= 5);
    }

    void jsonRoundTrip()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReportLedger::create(t.db());
        const QuarterlyFigures f = QuarterlyFiguresQuery(t.db()).compute(ReportPeriod::cumulative(2024, 3));
        const QByteArray text = QJsonDocument(f.toJson()).toJson(QJsonDocument::Compact);
        const QuarterlyFigures back = QuarterlyFigures::fromJson(QJsonDocument::fromJson(text).object());
        QVERIFY(back == f);
        QCOMPARE(QJsonDocument(back.toJson()).toJson(QJsonDocument::Compact), text);
        QVERIFY(!QuarterlyFigures::fromJson(QJsonObject{}).period.isValid());
    }
};

QTEST_GUILESS_MAIN(TestQuarterlyFigures)
#include "test_quarterlyfigures.moc"
