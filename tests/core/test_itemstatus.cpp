#include "history.h"
#include "seed.h"
#include "testdatabase.h"

#include "error.h"
#include "storage/itemrepository.h"

#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

/// Withdrawing and reinstating an item (what undo needs), on SQLite and PostgreSQL.
class TestItemStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void reinstateRestoresThePreviousStatus_data()
    {
        QTest::addColumn<bool>("published");
        QTest::addColumn<ItemStatus>("expected");
        QTest::newRow("draft") << false << ItemStatus::Draft;
        QTest::newRow("published") << true << ItemStatus::Published;
    }

    void reinstateRestoresThePreviousStatus()
    {
        QFETCH(bool, published);
        QFETCH(ItemStatus, expected);
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        ItemRepository items(t.db());
        Item item = s.item(QStringLiteral("撤回又恢复的信息"));
        if (published) {
            item.publications = {{0, 0, s.portal, QDate(2024, 3, 2), QString()}};
            addHistorical(t.db(), item, QStringLiteral("李娜 2024-03-01 初审（纸质审查单）"));
        } else {
            items.add(item);
        }
        QCOMPARE(item.status, expected);
        const int v = item.rowVersion;
        items.withdraw(item.id, v);
        QCOMPARE(items.get(item.id)->status, ItemStatus::Withdrawn);
        QCOMPARE(items.get(item.id)->rowVersion, v + 1);

        QCOMPARE(items.reinstate(item.id, expected, v + 1), v + 2);
        const Item back = *items.get(item.id);
        QCOMPARE(back.status, expected);
        QCOMPARE(back.rowVersion, v + 2);
        QCOMPARE(back.title, item.title);
        QCOMPARE(back.publications.size(), item.publications.size());
    }

    void reinstateRefusesAStaleVersion()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        ItemRepository items(t.db());
        Item item = s.item(QStringLiteral("一条信息"));
        items.add(item);
        items.withdraw(item.id, 1);
        QVERIFY_THROWS_EXCEPTION(ConflictError, items.reinstate(item.id, ItemStatus::Draft, 1));
        QCOMPARE(items.get(item.id)->status, ItemStatus::Withdrawn);
        QCOMPARE(items.get(item.id)->rowVersion, 2);
    }

    void reinstateNeedsAWithdrawnItem()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        ItemRepository items(t.db());
        Item item = s.item(QStringLiteral("未撤回的信息"));
        items.add(item);
        QVERIFY_THROWS_EXCEPTION(Error, items.reinstate(item.id, ItemStatus::Draft, 1));
        QCOMPARE(items.get(item.id)->rowVersion, 1);
        items.withdraw(item.id, 1);
        QVERIFY_THROWS_EXCEPTION(Error, items.reinstate(item.id, ItemStatus::Withdrawn, 2));
        QVERIFY_THROWS_EXCEPTION(Error, items.reinstate(424242, ItemStatus::Draft, 1));
        QCOMPARE(items.get(item.id)->rowVersion, 2);
    }
};

QTEST_GUILESS_MAIN(TestItemStatus)
#include "test_itemstatus.moc"
