#include "history.h"
#include "seed.h"
#include "testdatabase.h"

#include "error.h"
#include "storage/categoryrepository.h"
#include "storage/channelrepository.h"
#include "storage/departmentrepository.h"
#include "storage/itemrepository.h"
#include "storage/ledgerquery.h"
#include "storage/migrations.h"
#include "storage/userrepository.h"

#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

/// Repository round trips and the ledger query, one body run on SQLite and on PostgreSQL.
class TestStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void migratesFromEmpty()
    {
        TestDatabase t;
        if (!t.open(false))
            return;
        QCOMPARE(Migrations::currentVersion(t.db()), 0);
        Migrations::migrate(t.db());
        QCOMPARE(Migrations::currentVersion(t.db()), Migrations::latestVersion());
        // A second run is a no-op and keeps the seeded lists as they are.
        const qint64 channels = t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM channels")).toLongLong();
        QVERIFY(channels >= 10);
        Migrations::migrate(t.db());
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM channels")).toLongLong(), channels);
        QVERIFY(ChannelRepository(t.db()).byName(QStringLiteral("门户网站")).has_value());
        QVERIFY(ChannelRepository(t.db()).byName(QStringLiteral("市委办公厅《每日要情》"))->isAgency);
        QVERIFY(CategoryRepository(t.db()).byName(QStringLiteral("政策解读")).has_value());
    }

    void refusesNewerSchema()
    {
        TestDatabase t;
        if (!t.open())
            return;
        t.db().exec(QStringLiteral("UPDATE gongkai_meta SET value = '999' WHERE key = 'schema_version'"));
        QVERIFY_THROWS_EXCEPTION(Error, Migrations::migrate(t.db()));
    }

    void foreignKeysEnforced()
    {
        TestDatabase t;
        if (!t.open())
            return;
        QVERIFY_THROWS_EXCEPTION(DbError, t.db().exec(QStringLiteral(
                                              "INSERT INTO publications (item_id, channel_id, published_on) "
                                              "VALUES (424242, 1, '2024-01-01')")));
    }

    void namedListsRoundTrip()
    {
        TestDatabase t;
        if (!t.open())
            return;
        DepartmentRepository departments(t.db());
        const qint64 id = departments.add(QStringLiteral(" 商务科 "));
        QCOMPARE(departments.byId(id)->name, QStringLiteral("商务科"));
        QVERIFY_THROWS_EXCEPTION(ValidationError, departments.add(QStringLiteral("商务科")));
        QVERIFY_THROWS_EXCEPTION(ValidationError, departments.add(QStringLiteral("  ")));
        Department d = *departments.byId(id);
        d.name = QStringLiteral("商务与投资促进科");
        d.active = false;
        departments.update(d);
        QCOMPARE(departments.byId(id)->name, d.name);
        QVERIFY(!departments.byId(id)->active);
        QCOMPARE(departments.list(false).size(), 0);
        QCOMPARE(departments.list(true).size(), 1);

        ChannelRepository channels(t.db());
        const qint64 agency = channels.add(QStringLiteral("省政府办公厅《政务要情》"), true);
        QVERIFY(channels.byId(agency)->isAgency);
        Channel c = *channels.byId(agency);
        c.isAgency = false;
        channels.update(c);
        QVERIFY(!channels.byId(agency)->isAgency);

        CategoryRepository categories(t.db());
        const qint64 cat = categories.add(QStringLiteral("重点领域信息"));
        QCOMPARE(categories.byName(QStringLiteral("重点领域信息"))->id, cat);
    }

    void usersRoundTrip()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        UserRepository users(t.db());
        User u = *users.byLogin(QStringLiteral("lina"));
        QCOMPARE(u.name, QStringLiteral("李娜"));
        QCOMPARE(u.departmentId, s.office);
        QVERIFY(u.hasRole(Role::SectionChief));
        QVERIFY(u.hasRole(Role::Author));
        QVERIFY(!u.hasRole(Role::Administrator));
        u.roles = {Role::LeaderInCharge};
        u.name = QStringLiteral("李娜娜");
        users.update(u);
        const User back = *users.byId(u.id);
        QCOMPARE(back.roles, QList<Role>{Role::LeaderInCharge});
        QCOMPARE(back.name, QStringLiteral("李娜娜"));

        User dup;
        dup.login = QStringLiteral("lina");
        dup.name = QStringLiteral("另一个");
        dup.roles = {Role::Author};
        QVERIFY_THROWS_EXCEPTION(ValidationError, users.add(dup));
        User bad;
        bad.login = QStringLiteral("空 格");
        QVERIFY_THROWS_EXCEPTION(ValidationError, users.add(bad));
        User badDept = dup;
        badDept.login = QStringLiteral("wangfang");
        badDept.departmentId = 99999;
        QVERIFY_THROWS_EXCEPTION(ValidationError, users.add(badDept));
        QCOMPARE(users.list().size(), 2);
    }

    void itemRoundTrip()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        ItemRepository items(t.db());
        Item item = s.item(QStringLiteral("关于开展2024年政务公开工作的通知"));
        item.docNumber = QStringLiteral("阜政办〔2024〕32号");
        item.summary = QStringLiteral("摘要：\n含换行与“引号”");
        item.body = QStringLiteral("正文");
        item.attribute = DisclosureAttribute::OnRequest;
        item.publications = {{0, 0, s.portal, QDate(2024, 3, 2), QStringLiteral("https://example.gov.cn/a/1")},
                             {0, 0, s.wechat, QDate(2024, 3, 3), QString()}};
        item.submissions = {{0, 0, s.agency, QDate(2024, 3, 2), true, QDate(2024, 3, 5),
                             QStringLiteral("《每日要情》第8期")}};
        // Published: a historical item, reviewed on paper (stored draft → paper review → publications).
        const qint64 id = addHistorical(t.db(), item, QStringLiteral("李娜 2024-03-01 初审（纸质审查单）"));
        QVERIFY(id > 0);
        QCOMPARE(item.rowVersion, 2);
        QCOMPARE(item.status, ItemStatus::Published);

        Item back = *items.get(id);
        QCOMPARE(back.title, item.title);
        QCOMPARE(back.docNumber, item.docNumber);
        QCOMPARE(back.summary, item.summary);
        QCOMPARE(back.body, item.body);
        QCOMPARE(back.attribute, DisclosureAttribute::OnRequest);
        QCOMPARE(back.drafted, QDate(2024, 3, 1));
        QCOMPARE(back.status, ItemStatus::Published);
        QCOMPARE(back.rowVersion, 2);
        QCOMPARE(back.paperReview, QStringLiteral("李娜 2024-03-01 初审（纸质审查单）"));
        QCOMPARE(back.createdAt.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(back.createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(back.publications.size(), 2);
        QCOMPARE(back.publications.at(0).channelId, s.portal);
        QCOMPARE(back.publications.at(0).date, QDate(2024, 3, 2));
        QCOMPARE(back.publications.at(0).reference, QStringLiteral("https://example.gov.cn/a/1"));
        QCOMPARE(back.submissions.size(), 1);
        QVERIFY(back.submissions.at(0).adopted);
        QCOMPARE(back.submissions.at(0).adoptedOn, QDate(2024, 3, 5));
        QCOMPARE(back.submissions.at(0).adoptedIn, QStringLiteral("《每日要情》第8期"));

        back.title = QStringLiteral("修改后的标题");
        back.publications.removeLast();
        items.update(back);
        QCOMPARE(back.rowVersion, 3);
        const Item again = *items.get(id);
        QCOMPARE(again.title, QStringLiteral("修改后的标题"));
        QCOMPARE(again.publications.size(), 1);
        QCOMPARE(again.rowVersion, 3);
    }

    void staleUpdateIsRefused()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        ItemRepository items(t.db());
        Item item = s.item(QStringLiteral("一条信息"));
        items.add(item);
        Item first = *items.get(item.id);
        Item second = *items.get(item.id);
        first.title = QStringLiteral("甲改的");
        items.update(first);
        second.title = QStringLiteral("乙改的");
        QVERIFY_THROWS_EXCEPTION(ConflictError, items.update(second));
        QCOMPARE(items.get(item.id)->title, QStringLiteral("甲改的"));
        QVERIFY_THROWS_EXCEPTION(ConflictError, items.withdraw(item.id, 1));
    }

    void withdrawKeepsTheItem()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        ItemRepository items(t.db());
        Item item = s.item(QStringLiteral("要撤回的信息"));
        items.add(item);
        items.withdraw(item.id, item.rowVersion);
        const Item back = *items.get(item.id);
        QCOMPARE(back.status, ItemStatus::Withdrawn);
        QCOMPARE(back.title, item.title);
        QCOMPARE(items.count(), 1);
        QVERIFY_THROWS_EXCEPTION(Error, items.addPublication(item.id, {0, 0, s.portal, QDate(2024, 3, 2), {}}));
    }

    void invalidItemIsRefusedAndNothingWritten_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("no title") << QStringLiteral("title");
        QTest::newRow("long title") << QStringLiteral("title");
        QTest::newRow("no category") << QStringLiteral("category");
        QTest::newRow("unknown department") << QStringLiteral("department");
        QTest::newRow("no drafted date") << QStringLiteral("drafted");
        QTest::newRow("future date") << QStringLiteral("drafted");
        QTest::newRow("withheld without ground") << QStringLiteral("withheldGround");
        QTest::newRow("agency as channel") << QStringLiteral("publications[0]");
        QTest::newRow("publication before drafting") << QStringLiteral("publications[0]");
        QTest::newRow("channel as agency") << QStringLiteral("submissions[0]");
        QTest::newRow("adopted before submitted") << QStringLiteral("submissions[0]");
        QTest::newRow("adoption place but not adopted") << QStringLiteral("submissions[0]");
    }

    void invalidItemIsRefusedAndNothingWritten()
    {
        QFETCH(QString, field);
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        Item item = s.item(QStringLiteral("标题"));
        const QString tag = QString::fromUtf8(QTest::currentDataTag());
        if (tag == QLatin1String("no title"))
            item.title = QStringLiteral("   ");
        else if (tag == QLatin1String("long title"))
            item.title = QString(201, QChar(0x4E00));
        else if (tag == QLatin1String("no category"))
            item.categoryId = 0;
        else if (tag == QLatin1String("unknown department"))
            item.departmentId = 987654;
        else if (tag == QLatin1String("no drafted date"))
            item.drafted = QDate();
        else if (tag == QLatin1String("future date"))
            item.drafted = QDate::currentDate().addDays(3);
        else if (tag == QLatin1String("withheld without ground"))
            item.attribute = DisclosureAttribute::Withheld;
        else if (tag == QLatin1String("agency as channel"))
            item.publications = {{0, 0, s.agency, QDate(2024, 3, 2), {}}};
        else if (tag == QLatin1String("publication before drafting"))
            item.publications = {{0, 0, s.portal, QDate(2024, 2, 2), {}}};
        else if (tag == QLatin1String("channel as agency"))
            item.submissions = {{0, 0, s.portal, QDate(2024, 3, 2), false, {}, {}}};
        else if (tag == QLatin1String("adopted before submitted"))
            item.submissions = {{0, 0, s.agency, QDate(2024, 3, 2), true, QDate(2024, 3, 1), {}}};
        else if (tag == QLatin1String("adoption place but not adopted"))
            item.submissions = {{0, 0, s.agency, QDate(2024, 3, 2), false, {}, QStringLiteral("《每日要情》")}};
        ItemRepository items(t.db());
        try {
            items.add(item);
            QFAIL("the invalid item was accepted");
        } catch (const ValidationError& e) {
            bool named = false;
            for (const FieldError& fe : e.errors())
                named = named || fe.field == field;
            QVERIFY2(named, qPrintable(e.message()));
        }
        QCOMPARE(items.count(), 0);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM publications")).toLongLong(), 0);
    }

    void transactionRollsBackEverything()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        ItemRepository items(t.db());
        try {
            TransactionGuard tx(t.db());
            Item a = s.item(QStringLiteral("第一条"));
            items.add(a);
            Item b = s.item(QString());
            items.add(b); // throws: the whole transaction goes
            tx.commit();
        } catch (const ValidationError&) {
        }
        QCOMPARE(items.count(), 0);
    }

    void ledgerQueryFilters()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        ItemRepository items(t.db());
        auto add = [&](const QString& title, QDate drafted, qint64 channel, QDate published, qint64 dept,
                       qint64 cat) {
            Item it = s.item(title, drafted);
            it.departmentId = dept;
            it.categoryId = cat;
            if (channel) {
                it.publications = {{0, 0, channel, published, {}}};
                return addHistorical(t.db(), it, QStringLiteral("纸质审查"));
            }
            items.add(it);
            return it.id;
        };
        const qint64 a = add(QStringLiteral("招商引资工作动态"), QDate(2024, 1, 5), s.portal, QDate(2024, 1, 6),
                             s.office, s.news);
        const qint64 b = add(QStringLiteral("优化营商环境政策解读"), QDate(2024, 4, 1), s.wechat,
                             QDate(2024, 4, 2), s.commerce, s.policy);
        const qint64 c = add(QStringLiteral("招商项目签约"), QDate(2024, 6, 30), s.wechat, QDate(2024, 7, 1),
                             s.commerce, s.news);
        const qint64 d = add(QStringLiteral("草稿未发布"), QDate(2024, 2, 1), 0, QDate(), s.office, s.news);

        LedgerQuery query(t.db());
        auto ids = [&](const LedgerFilter& f) {
            QList<qint64> out;
            for (const LedgerRow& r : query.fetch(f, LedgerSort{LedgerColumn::Id, false}, 0, 100))
                out << r.id;
            if (query.count(f) != qint64(out.size()))
                out << -1; // makes the comparison below fail and show it
            return out;
        };
        QCOMPARE(ids({}), (QList<qint64>{a, b, c, d}));
        LedgerFilter f;
        f.text = QStringLiteral("招商");
        QCOMPARE(ids(f), (QList<qint64>{a, c}));
        f.text = QStringLiteral("招商 签约");
        QCOMPARE(ids(f), (QList<qint64>{c}));
        f = {};
        f.channelId = s.wechat;
        QCOMPARE(ids(f), (QList<qint64>{b, c}));
        f.from = QDate(2024, 4, 1);
        f.to = QDate(2024, 6, 30); // Q2: c went out on 1 July
        QCOMPARE(ids(f), (QList<qint64>{b}));
        f = {};
        f.departmentId = s.commerce;
        f.categoryId = s.news;
        QCOMPARE(ids(f), (QList<qint64>{c}));
        f = {};
        f.status = ItemStatus::Draft;
        QCOMPARE(ids(f), (QList<qint64>{d}));

        // Rows carry resolved names and a channel summary; paging and sorting hold.
        const QList<LedgerRow> rows = query.fetch({}, LedgerSort{LedgerColumn::Drafted, true}, 1, 2);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).id, b);
        QCOMPARE(rows.at(1).id, d);
        QCOMPARE(rows.at(0).channels, QStringLiteral("微信公众号"));
        QCOMPARE(rows.at(0).department, QStringLiteral("商务科"));
        QCOMPARE(rows.at(0).author, QStringLiteral("张伟"));
        QCOMPARE(rows.at(0).firstPublished, QDate(2024, 4, 2));
        QCOMPARE(rows.at(1).status, ItemStatus::Draft);
        const QList<LedgerRow> byTitle = query.fetch({}, LedgerSort{LedgerColumn::Title, false}, 0, 10);
        QCOMPARE(byTitle.size(), 4);
    }

    void databaseErrorsCarrySql()
    {
        TestDatabase t;
        if (!t.open())
            return;
        try {
            t.db().exec(QStringLiteral("SELECT nonsense FROM nowhere"));
            QFAIL("no error");
        } catch (const DbError& e) {
            QVERIFY(e.sql().contains(QStringLiteral("nowhere")));
            QVERIFY(!e.driverText().isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestStorage)
#include "test_storage.moc"
