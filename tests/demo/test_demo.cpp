#include "testdatabase.h"

#include "demo/demogenerator.h"
#include "storage/itemrepository.h"
#include "storage/userrepository.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

namespace {
qint64 count(Database& db, const QString& sql)
{
    return db.scalar(sql).toLongLong();
}

/// title, drafted day, document number and summary of every item, in id order.
QStringList contentOf(Database& db)
{
    QStringList out;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT title, drafted, doc_number, summary FROM items ORDER BY id"));
    while (q.next())
        out << q.value(0).toString() + QLatin1Char('|') +
                   Database::dateFrom(q.value(1)).toString(Qt::ISODate) + QLatin1Char('|') +
                   q.value(2).toString() + QLatin1Char('|') + q.value(3).toString();
    return out;
}
} // namespace

/// The demo office: consistent with every ledger rule, deterministic, and all-or-nothing; on both back ends.
class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void countsMatchTheSummary()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        QVERIFY(!DemoGenerator::isDemo(db));
        DemoOptions options;
        options.items = 300;
        const DemoSummary s = DemoGenerator::generate(db, options);
        QVERIFY(!s.cancelled);
        QCOMPARE(s.items, 300);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM items")), s.items);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM publications")), s.publications);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM submissions")), s.submissions);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM departments")), s.departments);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM users")), s.users);
        QCOMPARE(s.departments, qint64(DemoGenerator::departments().size()));
        QCOMPARE(s.users, qint64(DemoGenerator::accounts().size()));
        QVERIFY(DemoGenerator::isDemo(db));

        // About two publications per item, a quarter submitted, some adopted.
        QVERIFY2(s.publications >= 450 && s.publications <= 750, qPrintable(QString::number(s.publications)));
        QVERIFY2(s.submissions >= 40 && s.submissions <= 120, qPrintable(QString::number(s.submissions)));
        const qint64 adopted =
            count(db, QStringLiteral("SELECT COUNT(*) FROM submissions WHERE adopted = 1"));
        QVERIFY(adopted > s.submissions / 5 && adopted < s.submissions * 3 / 5);
        // Most items are published; some are still on their way.
        const qint64 published = count(db, QStringLiteral("SELECT COUNT(*) FROM items WHERE status = 4"));
        QVERIFY(published > 300 * 6 / 10);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM items WHERE status IN (0, 1, 2, 3)")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(DISTINCT category_id) FROM items")) >= 6);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(DISTINCT department_id) FROM items")), s.departments);
    }

    void everyRoleIsHeld()
    {
        TestDatabase t;
        if (!t.open())
            return;
        DemoOptions options;
        options.items = 10;
        DemoGenerator::generate(t.db(), options);
        const QList<User> users = UserRepository(t.db()).list();
        for (Role role : allRoles())
            QVERIFY2(
                std::any_of(users.cbegin(), users.cend(), [role](const User& u) { return u.hasRole(role); }),
                qPrintable(roleCode(role)));
        // Each department has a section chief, and logins are pinyin.
        QSet<qint64> chiefs;
        for (const User& u : users) {
            QVERIFY(QRegularExpression(QStringLiteral("^[a-z]+$")).match(u.login).hasMatch());
            if (u.hasRole(Role::SectionChief))
                chiefs.insert(u.departmentId);
        }
        QCOMPARE(chiefs.size(), DemoGenerator::departments().size());
        // Administrator and auditor are different people (separation of duties).
        for (const User& u : users)
            QVERIFY(!(u.hasRole(Role::Administrator) && u.hasRole(Role::Auditor)));
    }

    void everyItemKeepsTheRules()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        DemoOptions options;
        options.items = 300;
        options.lastDay = QDate(2024, 6, 30);
        DemoGenerator::generate(db, options);

        ItemRepository items(db);
        QSqlQuery ids = db.exec(QStringLiteral("SELECT id FROM items ORDER BY id"));
        QList<qint64> list;
        while (ids.next())
            list << ids.value(0).toLongLong();
        QCOMPARE(list.size(), 300);
        for (qint64 id : list) {
            const Item item = *items.get(id);
            const QList<FieldError> errors = items.validate(item);
            QVERIFY2(errors.isEmpty(),
                     qPrintable(item.title + QLatin1String(": ") + errors.value(0).message));
            QVERIFY(item.drafted >= QDate(2022, 7, 1) && item.drafted <= options.lastDay);
            // Published means it went out somewhere; only published or withdrawn items have publications.
            if (item.status == ItemStatus::Published)
                QVERIFY(!item.publications.isEmpty());
            if (!item.publications.isEmpty())
                QVERIFY(item.status == ItemStatus::Published || item.status == ItemStatus::Withdrawn);
            if (!item.submissions.isEmpty())
                QVERIFY(!item.publications.isEmpty());
            QVERIFY(item.publications.size() <= 3);
            QVERIFY(item.createdAt <= item.updatedAt);
            for (const Publication& p : item.publications)
                QVERIFY(p.date >= item.drafted && p.date <= options.lastDay);
            for (const Submission& s : item.submissions) {
                QVERIFY(s.date >= item.drafted && s.date <= options.lastDay);
                if (s.adopted) {
                    QVERIFY(s.adoptedOn >= s.date && s.adoptedOn <= options.lastDay);
                    QVERIFY(s.adoptedIn.contains(QRegularExpression(QStringLiteral("^《.+》第\\d+期$"))));
                } else {
                    QVERIFY(!s.adoptedOn.isValid());
                    QVERIFY(s.adoptedIn.isEmpty());
                }
            }
        }
        // Document numbers use the 〔〕 brackets and count up within a year.
        QSqlQuery docs =
            db.exec(QStringLiteral("SELECT doc_number FROM items WHERE doc_number <> '' ORDER BY id"));
        const QRegularExpression docPattern(QStringLiteral("^某商(办|罚)?〔(\\d{4})〕(\\d+)号$"));
        QHash<QString, int> last;
        int numbered = 0;
        while (docs.next()) {
            const auto m = docPattern.match(docs.value(0).toString());
            QVERIFY2(m.hasMatch(), qPrintable(docs.value(0).toString()));
            const QString key = m.captured(1) + m.captured(2);
            QVERIFY(m.captured(3).toInt() > last.value(key));
            last[key] = m.captured(3).toInt();
            ++numbered;
        }
        QVERIFY(numbered > 5);
        QVERIFY(count(db, QStringLiteral(
                              "SELECT COUNT(*) FROM publications p JOIN channels c ON c.id = p.channel_id"
                              " WHERE c.name = '门户网站' AND p.reference NOT LIKE "
                              "'https://swj.example.gov.cn/xxgk/____/__/t________%.html'")) == 0);
        // A new item after the bulk load gets a fresh id (the id sequences moved past the explicit ids).
        Item next = *items.get(list.last());
        next.id = 0;
        next.publications.clear();
        next.submissions.clear();
        next.status = ItemStatus::Draft;
        QVERIFY(items.add(next) > list.last());
    }

    void sameSeedSameOffice()
    {
        TestDatabase a;
        TestDatabase b;
        TestDatabase c;
        if (!a.open() || !b.open() || !c.open())
            return;
        DemoOptions options;
        options.items = 200;
        options.seed = 42;
        options.lastDay = QDate(2025, 3, 31);
        const DemoSummary sa = DemoGenerator::generate(a.db(), options);
        const DemoSummary sb = DemoGenerator::generate(b.db(), options);
        QCOMPARE(sb.publications, sa.publications);
        QCOMPARE(sb.submissions, sa.submissions);
        QCOMPARE(contentOf(b.db()), contentOf(a.db()));
        options.seed = 43;
        DemoGenerator::generate(c.db(), options);
        QVERIFY(contentOf(c.db()) != contentOf(a.db()));
    }

    void cancelLeavesTheDatabaseUnchanged_data()
    {
        QTest::addColumn<qint64>("items");
        QTest::addColumn<qint64>("cancelAt");
        QTest::newRow("at the start") << qint64(300) << qint64(0);
        QTest::newRow("after everything was written") << qint64(300) << qint64(300);
        QTest::newRow("midway") << qint64(12000) << qint64(10000);
    }

    void cancelLeavesTheDatabaseUnchanged()
    {
        QFETCH(qint64, items);
        QFETCH(qint64, cancelAt);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const qint64 channels = count(db, QStringLiteral("SELECT COUNT(*) FROM channels"));
        DemoOptions options;
        options.items = items;
        qint64 calls = 0;
        const DemoSummary s = DemoGenerator::generate(db, options, [&](qint64 done, qint64 total) {
            ++calls;
            return !(done >= cancelAt && total == items);
        });
        QVERIFY(s.cancelled);
        QCOMPARE(s.items, 0);
        QVERIFY(calls >= 1);
        for (const char* table :
             {"items", "publications", "submissions", "users", "user_roles", "departments"})
            QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM channels")), channels);
        QVERIFY(!DemoGenerator::isDemo(db));
        QCOMPARE(db.transactionDepth(), 0);
    }

    void bigLedgersSpanYearsAndKeepTheirIndexes()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const QString indexSql =
            db.dialect() == Dialect::Sqlite
                ? QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
                : QStringLiteral(
                      "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                      " ORDER BY indexname");
        auto indexes = [&] {
            QStringList out;
            QSqlQuery q = db.exec(indexSql);
            while (q.next())
                out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
            return out;
        };
        const QStringList before = indexes();
        QVERIFY(before.size() > 10);
        DemoOptions options;
        options.items = 25000; // big enough to span two years and to be loaded without the indexes
        options.lastDay = QDate(2025, 12, 31);
        QList<qint64> ticks;
        const DemoSummary s = DemoGenerator::generate(db, options, [&](qint64 done, qint64) {
            ticks << done;
            return true;
        });
        QCOMPARE(s.items, 25000);
        QCOMPARE(ticks, (QList<qint64>{0, 10000, 20000, 25000}));
        const QDate first = Database::dateFrom(db.scalar(QStringLiteral("SELECT MIN(drafted) FROM items")));
        QVERIFY2(first < QDate(2025, 1, 1) && first >= QDate(2024, 1, 1),
                 qPrintable(first.toString(Qt::ISODate)));
        // The indexes dropped for the load are back as they were.
        QCOMPARE(indexes(), before);
        QCOMPARE(count(db, QStringLiteral(
                               "SELECT COUNT(*) FROM publications p LEFT JOIN items i ON i.id = p.item_id"
                               " WHERE i.id IS NULL")),
                 0);
        // The planner has statistics.
        if (db.dialect() == Dialect::Sqlite) {
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'items'")) > 0);
        } else {
            QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM pg_stats WHERE tablename = 'items'")) > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "test_demo.moc"
