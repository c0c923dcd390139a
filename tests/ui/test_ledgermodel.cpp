#include "historicalitems.h"
#include "seed.h"
#include "testdatabase.h"

#include "models/ledgermodel.h"
#include "storage/itemrepository.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace gongkai;
using namespace gongkai::test;
using gongkai::ui::LedgerModel;

namespace {

constexpr int kItems = 1000;
const QDate kFirstDraft(2022, 1, 1);

// The rules the ledger is built by; the expectations below are computed from the same rules.
QString titleOf(int i)
{
    return i % 10 == 0 ? QStringLiteral("专项检查通报 %1").arg(i, 4, 10, QLatin1Char('0'))
                       : QStringLiteral("工作动态 %1").arg(i, 4, 10, QLatin1Char('0'));
}
bool onPortal(int i)
{
    return i % 4 == 0;
}
bool onWechat(int i)
{
    return i % 5 == 0;
}
bool withdrawn(int i)
{
    return i % 50 == 7;
}
QDate draftedOf(int i)
{
    return kFirstDraft.addDays(i);
}

/// The ledger of the tests: kItems items, drafted one a day, so the default order (drafted,
/// newest first) is i = kItems-1 … 0.
struct Ledger
{
    Seed seed;
    QList<qint64> ids; ///< by i

    static Ledger create(Database& db)
    {
        Ledger l;
        l.seed = Seed::create(db);
        ItemRepository items(db);
        TransactionGuard tx(db);
        for (int i = 0; i < kItems; ++i) {
            Item item = l.seed.item(titleOf(i), draftedOf(i));
            if (i % 7 == 0)
                item.docNumber = QStringLiteral("阜政办〔2024〕%1号").arg(i);
            item.categoryId = i % 2 == 0 ? l.seed.news : l.seed.policy;
            item.departmentId = i % 3 == 0 ? l.seed.commerce : l.seed.office;
            if (onPortal(i))
                item.publications << Publication{0, 0, l.seed.portal, draftedOf(i).addDays(1), {}};
            if (onWechat(i))
                item.publications << Publication{0, 0, l.seed.wechat, draftedOf(i).addDays(2), {}};
            if (i % 6 == 0) {
                Submission s;
                s.agencyId = l.seed.agency;
                s.date = draftedOf(i).addDays(1);
                s.adopted = i % 12 == 0;
                item.submissions << s;
            }
            if (!item.publications.isEmpty()) // 先审查后公开: historical items reviewed on paper
                l.ids << HistoricalItems::add(db, item, QStringLiteral("李娜 %1").arg(draftedOf(i).toString(Qt::ISODate)));
            else
                l.ids << items.add(item);
            if (withdrawn(i))
                items.withdraw(item.id, item.rowVersion);
        }
        tx.commit();
        return l;
    }

    int indexOf(qint64 id) const { return int(ids.indexOf(id)); }
};

QString text(const LedgerModel& model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

/// Waits for the count; the model then shows every matching row.
bool waitForCount(LedgerModel& model)
{
    return QTest::qWaitFor([&] { return !model.isCounting() && model.totalCount() >= 0; }, 20000);
}

QList<qint64> allIds(LedgerModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.itemId(row);
    return ids;
}

} // namespace

/// The ledger model's paging, count, filters, sorting and refresh, on SQLite and on PostgreSQL.
class TestLedgerModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void showsFirstPageThenGrowsToCount()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Ledger ledger = Ledger::create(t.db());
        LedgerModel model(t.db());
        QSignalSpy counted(&model, &LedgerModel::countChanged);

        // The count runs on its own thread and is delivered through the event loop, so right
        // after construction the model shows the first page and can fetch more on demand.
        QCOMPARE(model.rowCount(), LedgerModel::kDefaultPageSize);
        QVERIFY(model.isCounting());
        QCOMPARE(model.totalCount(), -1);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * LedgerModel::kDefaultPageSize);
        QCOMPARE(model.itemId(2 * LedgerModel::kDefaultPageSize - 1),
                 ledger.ids.at(kItems - 2 * LedgerModel::kDefaultPageSize));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QVERIFY(waitForCount(model));
        QCOMPARE(model.totalCount(), qint64(kItems));
        QCOMPARE(model.rowCount(), kItems);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.first().first().toLongLong(), qint64(kItems));
    }

    void dataAtFirstMiddleAndLastRow()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Ledger ledger = Ledger::create(t.db());
        LedgerModel model(t.db());
        QVERIFY(waitForCount(model));

        // Newest draft first: row r holds item kItems-1-r.
        for (int row : {0, 1, kItems / 2, kItems - 2, kItems - 1}) {
            const int i = kItems - 1 - row;
            QCOMPARE(model.itemId(row), ledger.ids.at(i));
            QCOMPARE(text(model, row, LedgerModel::IdColumn).toLongLong(), ledger.ids.at(i));
            QCOMPARE(text(model, row, LedgerModel::TitleColumn), titleOf(i));
            QCOMPARE(text(model, row, LedgerModel::DraftedColumn), draftedOf(i).toString(Qt::ISODate));
        }
        // Item 0: commerce, news, portal and WeChat, a doc number, submitted and adopted.
        const int last = kItems - 1;
        QCOMPARE(text(model, last, LedgerModel::DocNumberColumn), QStringLiteral("阜政办〔2024〕0号"));
        QCOMPARE(text(model, last, LedgerModel::CategoryColumn), QStringLiteral("工作动态"));
        QCOMPARE(text(model, last, LedgerModel::DepartmentColumn), QStringLiteral("商务科"));
        QCOMPARE(text(model, last, LedgerModel::AuthorColumn), QStringLiteral("张伟"));
        const QString channels = text(model, last, LedgerModel::ChannelsColumn);
        QVERIFY2(channels.contains(QStringLiteral("门户网站")) &&
                     channels.contains(QStringLiteral("微信公众号")),
                 qPrintable(channels));
        QCOMPARE(text(model, last, LedgerModel::FirstPublishedColumn),
                 draftedOf(0).addDays(1).toString(Qt::ISODate));
        QCOMPARE(text(model, last, LedgerModel::SubmissionsColumn), QStringLiteral("1/1"));
        // Published before the review chain existed: the status says it was reviewed on paper.
        const QString status = text(model, last, LedgerModel::StatusColumn);
        QVERIFY2(status.startsWith(statusDisplayName(ItemStatus::Published)), qPrintable(status));
        // Item 1: nothing published or submitted, still a draft.
        QCOMPARE(text(model, last - 1, LedgerModel::ChannelsColumn), QString());
        QCOMPARE(text(model, last - 1, LedgerModel::SubmissionsColumn), QString());
        QCOMPARE(text(model, last - 1, LedgerModel::StatusColumn), statusDisplayName(ItemStatus::Draft));
        // Item 7 is withdrawn and greyed out.
        QCOMPARE(model.data(model.index(last - 7, 0), LedgerModel::StatusRole).toInt(),
                 int(ItemStatus::Withdrawn));
        QVERIFY(model.data(model.index(last - 7, 0), Qt::ForegroundRole).isValid());
        QVERIFY(!model.data(model.index(last - 1, 0), Qt::ForegroundRole).isValid());
        QVERIFY(!model.data(model.index(kItems, 0)).isValid());
        QCOMPARE(model.itemId(kItems), qint64(0));
    }

    void pagesAreCachedWithinBound()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Ledger ledger = Ledger::create(t.db());
        LedgerModel model(t.db());
        model.setPaging(20, 5);
        QCOMPARE(model.rowCount(), 20);
        QVERIFY(waitForCount(model));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), kItems);

        // A full scan forwards, then backwards: every row right, never more than five pages held.
        int maxCached = 0;
        for (int row = 0; row < kItems; ++row) {
            QCOMPARE(model.itemId(row), ledger.ids.at(kItems - 1 - row));
            maxCached = std::max(maxCached, model.cachedPageCount());
        }
        for (int row = kItems - 1; row >= 0; --row) {
            QCOMPARE(text(model, row, LedgerModel::TitleColumn), titleOf(kItems - 1 - row));
            maxCached = std::max(maxCached, model.cachedPageCount());
        }
        QCOMPARE(maxCached, 5);
        // Jumps: the last page (read backwards from the end) and the first.
        QCOMPARE(model.itemId(kItems - 1), ledger.ids.at(0));
        QCOMPARE(model.itemId(0), ledger.ids.at(kItems - 1));
        QCOMPARE(model.itemId(613), ledger.ids.at(kItems - 1 - 613));
        QVERIFY(model.cachedPageCount() <= 5);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("text") << QStringLiteral("text");
        QTest::newRow("two words") << QStringLiteral("words");
        QTest::newRow("document number") << QStringLiteral("doc");
        QTest::newRow("channel") << QStringLiteral("channel");
        QTest::newRow("publication dates") << QStringLiteral("dates");
        QTest::newRow("channel and dates") << QStringLiteral("channel+dates");
        QTest::newRow("category") << QStringLiteral("category");
        QTest::newRow("department") << QStringLiteral("department");
        QTest::newRow("status") << QStringLiteral("status");
        QTest::newRow("without withdrawn") << QStringLiteral("active");
        QTest::newRow("combined") << QStringLiteral("combined");
        QTest::newRow("nothing") << QStringLiteral("nothing");
    }

    void filters()
    {
        QFETCH(QString, name);
        TestDatabase t;
        if (!t.open())
            return;
        const Ledger ledger = Ledger::create(t.db());
        const Seed& s = ledger.seed;
        const QDate from(2022, 3, 1);
        const QDate to(2022, 5, 31);
        auto publishedIn = [&](int i, bool portalOnly) {
            const QDate portal = draftedOf(i).addDays(1), wechat = draftedOf(i).addDays(2);
            return (onPortal(i) && portal >= from && portal <= to) ||
                   (!portalOnly && onWechat(i) && wechat >= from && wechat <= to);
        };

        LedgerFilter filter;
        std::function<bool(int)> expected;
        if (name == QLatin1String("text")) {
            filter.text = QStringLiteral("专项");
            expected = [](int i) { return i % 10 == 0; };
        } else if (name == QLatin1String("words")) {
            filter.text = QStringLiteral(" 通报  0100 ");
            expected = [](int i) { return i == 100; };
        } else if (name == QLatin1String("doc")) {
            filter.text = QStringLiteral("〔2024〕7");
            expected = [](int i) { return i % 7 == 0 && QString::number(i).startsWith(QLatin1Char('7')); };
        } else if (name == QLatin1String("channel")) {
            filter.channelId = s.portal;
            expected = onPortal;
        } else if (name == QLatin1String("dates")) {
            filter.from = from;
            filter.to = to;
            expected = [&](int i) { return publishedIn(i, false); };
        } else if (name == QLatin1String("channel+dates")) {
            filter.channelId = s.portal;
            filter.from = from;
            filter.to = to;
            expected = [&](int i) { return publishedIn(i, true); };
        } else if (name == QLatin1String("category")) {
            filter.categoryId = s.policy;
            expected = [](int i) { return i % 2 == 1; };
        } else if (name == QLatin1String("department")) {
            filter.departmentId = s.commerce;
            expected = [](int i) { return i % 3 == 0; };
        } else if (name == QLatin1String("status")) {
            filter.status = ItemStatus::Withdrawn;
            expected = withdrawn;
        } else if (name == QLatin1String("active")) {
            filter.includeWithdrawn = false;
            expected = [](int i) { return !withdrawn(i); };
        } else if (name == QLatin1String("combined")) {
            filter.text = QStringLiteral("工作动态");
            filter.departmentId = s.commerce;
            filter.channelId = s.wechat;
            expected = [](int i) { return i % 10 != 0 && i % 3 == 0 && onWechat(i); };
        } else {
            filter.text = QStringLiteral("不存在的词");
            expected = [](int) { return false; };
        }

        QList<qint64> want;
        for (int i = kItems - 1; i >= 0; --i) {
            if (expected(i))
                want << ledger.ids.at(i);
        }

        LedgerModel model(t.db());
        QVERIFY(waitForCount(model));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counted(&model, &LedgerModel::countChanged);
        model.setFilter(filter);
        QCOMPARE(model.filter(), filter);
        QVERIFY(waitForCount(model));
        QCOMPARE(model.totalCount(), qint64(want.size()));
        QCOMPARE(model.rowCount(), int(want.size()));
        QVERIFY(!counted.isEmpty());
        QCOMPARE(counted.last().first().toLongLong(), qint64(want.size()));
        QCOMPARE(allIds(model), want);

        // An empty filter shows the whole ledger again.
        model.setFilter({});
        QVERIFY(waitForCount(model));
        QCOMPARE(model.rowCount(), kItems);
    }

    void sorting_data()
    {
        QTest::addColumn<int>("column");
        for (int c = 0; c < LedgerModel::ColumnCount; ++c) {
            if (LedgerModel::isSortable(c))
                QTest::newRow(qPrintable(QStringLiteral("column %1").arg(c))) << c;
        }
    }

    void sorting()
    {
        QFETCH(int, column);
        TestDatabase t;
        if (!t.open())
            return;
        const Ledger ledger = Ledger::create(t.db());
        LedgerModel model(t.db());
        model.setPaging(100, 4);
        QVERIFY(waitForCount(model));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        model.sort(column, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), column);
        QCOMPARE(model.sortOrder(), Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), kItems); // sorting does not recount
        const QList<qint64> ascending = allIds(model);
        model.sort(column, Qt::DescendingOrder);
        QList<qint64> descending = allIds(model);
        std::reverse(descending.begin(), descending.end());
        // Ties are broken by the id, so one order is exactly the mirror of the other.
        QCOMPARE(descending, ascending);
        QList<qint64> everyItem = ascending;
        std::sort(everyItem.begin(), everyItem.end());
        QList<qint64> ids = ledger.ids;
        std::sort(ids.begin(), ids.end());
        QCOMPARE(everyItem, ids);

        // Where the order is obvious from the ledger's rules, check it.
        if (column == LedgerModel::IdColumn || column == LedgerModel::DraftedColumn) {
            QCOMPARE(ascending, ledger.ids);
        } else if (column == LedgerModel::DepartmentColumn) {
            // 334 items of 商务科 (every third), 666 of 办公室: two runs in the order of their ids.
            const bool commerceFirst = ledger.seed.commerce < ledger.seed.office;
            for (int row = 0; row < kItems; ++row) {
                const bool commerce = ledger.indexOf(ascending.at(row)) % 3 == 0;
                QCOMPARE(commerce, commerceFirst ? row < 334 : row >= 666);
            }
        } else if (column == LedgerModel::StatusColumn) {
            model.sort(column, Qt::AscendingOrder);
            for (int row = 1; row < kItems; ++row) {
                QVERIFY(model.data(model.index(row - 1, 0), LedgerModel::StatusRole).toInt() <=
                        model.data(model.index(row, 0), LedgerModel::StatusRole).toInt());
            }
            QCOMPARE(model.data(model.index(0, 0), LedgerModel::StatusRole).toInt(), int(ItemStatus::Draft));
            QCOMPARE(model.data(model.index(kItems - 1, 0), LedgerModel::StatusRole).toInt(),
                     int(ItemStatus::Withdrawn));
        } else if (column == LedgerModel::TitleColumn) {
            // Whatever the collation puts first, titles of one kind come in one run, numbered in order.
            for (int row = 1; row < kItems; ++row) {
                const QString a = titleOf(ledger.indexOf(ascending.at(row - 1)));
                const QString b = titleOf(ledger.indexOf(ascending.at(row)));
                if (a.left(4) == b.left(4))
                    QVERIFY2(a.right(4) < b.right(4), qPrintable(a + QLatin1String(" / ") + b));
            }
        }
    }

    void unsortableColumnKeepsOrder()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Ledger ledger = Ledger::create(t.db());
        LedgerModel model(t.db());
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(!LedgerModel::isSortable(LedgerModel::ChannelsColumn));
        model.sort(LedgerModel::ChannelsColumn, Qt::AscendingOrder);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.sortColumn(), int(LedgerModel::DraftedColumn));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
        QCOMPARE(model.itemId(0), ledger.ids.last());
    }

    /// Committed changes reach the model through the database's change events: nobody calls refresh.
    void followsTheChangeEvents()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Ledger ledger = Ledger::create(t.db());
        LedgerModel model(t.db());
        QVERIFY(waitForCount(model));
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        ItemRepository items(t.db());

        // A new title keeps the item in place: only its page is reread.
        const qint64 newest = ledger.ids.last();
        QCOMPARE(model.rowOfItem(newest), 0);
        Item item = *items.get(newest);
        item.title = QStringLiteral("修改后的标题");
        items.update(item);
        QCOMPARE(text(model, 0, LedgerModel::TitleColumn), item.title);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!model.isCounting());

        // A rolled-back change is never announced: the model keeps what is stored.
        {
            TransactionGuard tx(t.db());
            Item draft = *items.get(newest);
            draft.title = QStringLiteral("不会保存的标题");
            items.update(draft);
        }
        QCOMPARE(changed.size(), 1);
        QCOMPARE(text(model, 0, LedgerModel::TitleColumn), item.title);

        // An older drafted date moves the item to the end: the whole view is reread.
        item.drafted = QDate(2021, 6, 1);
        items.update(item);
        QVERIFY(waitForCount(model));
        QCOMPARE(model.itemId(0), ledger.ids.at(kItems - 2));
        QCOMPARE(model.itemId(kItems - 1), newest);

        // A new item: the count grows and the item comes first.
        Item added = ledger.seed.item(QStringLiteral("新增条目"), QDate(2025, 1, 1));
        items.add(added);
        QVERIFY(waitForCount(model));
        QCOMPARE(model.rowCount(), kItems + 1);
        QCOMPARE(model.itemId(0), added.id);
        QCOMPARE(text(model, 0, LedgerModel::TitleColumn), QStringLiteral("新增条目"));
        // Refreshing keeps the rows (and so the view's selection and position): no reset.
        QCOMPARE(reset.size(), 0);

        // A withdrawal under a filter without withdrawn items: the item leaves the view.
        LedgerFilter active;
        active.includeWithdrawn = false;
        model.setFilter(active);
        QVERIFY(waitForCount(model));
        const int before = model.rowCount();
        const Item first = *items.get(model.itemId(0));
        items.withdraw(first.id, first.rowVersion);
        QVERIFY(waitForCount(model));
        QCOMPARE(model.rowCount(), before - 1);
        QVERIFY(model.itemId(0) != first.id);
    }

    void emptyLedger()
    {
        TestDatabase t;
        if (!t.open())
            return;
        LedgerModel model(t.db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isCounting());
        QCOMPARE(model.totalCount(), qint64(0));
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.columnCount(), int(LedgerModel::ColumnCount));
        QVERIFY(!model.headerData(LedgerModel::TitleColumn, Qt::Horizontal).toString().isEmpty());
    }
};

QTEST_MAIN(TestLedgerModel)
#include "test_ledgermodel.moc"
