#include "historicalitems.h"
#include "reviewoffice.h"
#include "seed.h"
#include "testdatabase.h"

#include "admin/administrationpage.h"
#include "audit/auditview.h"
#include "ledger/filterbar.h"
#include "ledger/itemactions.h"
#include "ledger/itemdetailsview.h"
#include "ledger/itemdialog.h"
#include "ledger/ledgerview.h"
#include "mainwindow.h"
#include "models/ledgermodel.h"

#include "review/authservice.h"
#include "review/itemservice.h"
#include "storage/itemrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace gongkai;
using namespace gongkai::test;
using namespace gongkai::ui;

namespace {

constexpr int kItems = 30;

/// Items 0…29: drafted one a day from 2024-01-01; even ones in 办公室, odd ones in 商务科; every
/// third has 专项 in its title; items 0…9 were published on the portal in Q1 2024; item 29 is withdrawn.
struct Office
{
    Seed seed;
    QList<qint64> ids;

    static Office create(Database& db)
    {
        Office o;
        o.seed = ReviewOffice::create(db).seed;
        ItemRepository items(db);
        for (int i = 0; i < kItems; ++i) {
            const QString title =
                i % 3 == 0 ? QStringLiteral("专项整治通知 %1").arg(i) : QStringLiteral("工作动态 %1").arg(i);
            Item item = o.seed.item(title, QDate(2024, 1, 1).addDays(i));
            item.departmentId = i % 2 == 0 ? o.seed.office : o.seed.commerce;
            if (i < 10) { // published before the review chain: reviewed on paper (先审查后公开)
                item.publications << Publication{0, 0, o.seed.portal, QDate(2024, 3, 1).addDays(i), {}};
                o.ids << HistoricalItems::add(db, item, QStringLiteral("李娜 2024-02-20"));
            } else {
                o.ids << items.add(item);
            }
        }
        const Item last = *items.get(o.ids.last());
        items.withdraw(last.id, last.rowVersion);
        return o;
    }
};

std::unique_ptr<Database> secondConnection(const TestDatabase& t)
{
    return Database::open(t.location(), qEnvironmentVariable("GONGKAI_DB_PASSWORD"));
}

/// Shows the test database in the window, signed in (by default as the author 张伟).
void openSignedIn(MainWindow& w, const TestDatabase& t, const QString& login = QStringLiteral("zhangwei"))
{
    auto db = secondConnection(t);
    const Session session = AuthService(*db).login(login, ReviewOffice::password());
    w.setDatabase(std::move(db), session);
}

/// Runs step on the item dialog the next action opens (modal), then closes it.
void whenModalDialog(std::function<void(ItemDialog*)> step)
{
    QTimer::singleShot(0, [step] {
        QTRY_VERIFY(qobject_cast<ItemDialog*>(QApplication::activeModalWidget()));
        auto* dialog = qobject_cast<ItemDialog*>(QApplication::activeModalWidget());
        step(dialog);
        dialog->reject();
    });
}

bool waitForCount(LedgerModel* model)
{
    return QTest::qWaitFor([model] { return model && !model->isCounting() && model->totalCount() >= 0; },
                           20000);
}

QString expectedName(const TestDatabase& t)
{
    return t.location().isServer() ? t.location().database : QFileInfo(t.location().path).fileName();
}

} // namespace

/// The main window on a real database: the ledger, the filter bar, the details pane, the
/// reaction to edits, switching databases and the remembered layout. On SQLite and PostgreSQL.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Settings (layout, recent databases) go to a test location, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GongkaiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_mainwindow"));
    }
    void initTestCase_data() { addBackendRows(); }
    // Each test starts without remembered layout or databases.
    void init() { QSettings().clear(); }

    void showsLedgerCountAndDatabase()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Office::create(t.db());
        MainWindow w;
        openSignedIn(w, t);
        w.show();
        QVERIFY(waitForCount(w.ledgerModel()));
        QCOMPARE(w.ledgerModel()->rowCount(), kItems);
        // Qt adds the product name (the application display name) to the title bar itself.
        QVERIFY2(!w.windowTitle().contains(MainWindow::productName()), qPrintable(w.windowTitle()));
        QVERIFY2(w.windowTitle().contains(expectedName(t)), qPrintable(w.windowTitle()));
        QTRY_VERIFY(
            w.findChild<QLabel*>(QStringLiteral("countLabel"))->text().contains(QString::number(kItems)));
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("databaseLabel"))->text().contains(expectedName(t)));
        // Nothing selected yet: the details pane says so.
        auto* details = w.findChild<ItemDetailsView*>();
        QCOMPARE(details->itemId(), qint64(0));
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("detailsEmpty"))->isVisible());
    }

    void filterBarDrivesTheModel()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Office office = Office::create(t.db());
        MainWindow w;
        openSignedIn(w, t);
        LedgerModel* model = w.ledgerModel();
        QVERIFY(waitForCount(model));

        // Text waits for a pause in typing.
        auto* text = w.findChild<QLineEdit*>(QStringLiteral("filterText"));
        text->setText(QStringLiteral("专项"));
        QVERIFY(model->filter().text.isEmpty());
        QTRY_COMPARE(model->filter().text, QStringLiteral("专项"));
        QVERIFY(waitForCount(model));
        QCOMPARE(model->rowCount(), kItems / 3);

        // Combo boxes apply at once, together with the text.
        auto* department = w.findChild<QComboBox*>(QStringLiteral("filterDepartment"));
        QCOMPARE(department->itemData(0).toLongLong(), qint64(0)); // "All" first
        department->setCurrentIndex(department->findData(office.seed.commerce));
        QCOMPARE(model->filter().departmentId, office.seed.commerce);
        QCOMPARE(model->filter().text, QStringLiteral("专项"));
        QVERIFY(waitForCount(model));
        QCOMPARE(model->rowCount(), 5); // 3, 9, 15, 21, 27

        auto* status = w.findChild<QComboBox*>(QStringLiteral("filterStatus"));
        w.findChild<QToolButton*>(QStringLiteral("filterClear"))->click();
        QCOMPARE(model->filter(), LedgerFilter{});
        QVERIFY(text->text().isEmpty());
        QCOMPARE(department->currentIndex(), 0);
        status->setCurrentIndex(status->findData(int(ItemStatus::Withdrawn)));
        QVERIFY(waitForCount(model));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->itemId(0), office.ids.last());

        auto* channel = w.findChild<QComboBox*>(QStringLiteral("filterChannel"));
        QVERIFY(channel->findData(office.seed.portal) > 0);
        QCOMPARE(channel->findData(office.seed.agency), -1); // agencies take submissions, not publications
    }

    void quarterPickerSetsThePublicationRange()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Office::create(t.db());
        MainWindow w;
        openSignedIn(w, t);
        LedgerModel* model = w.ledgerModel();
        auto* year = w.findChild<QComboBox*>(QStringLiteral("filterYear"));
        auto* period = w.findChild<QComboBox*>(QStringLiteral("filterPeriod"));
        auto* from = w.findChild<QDateEdit*>(QStringLiteral("filterFrom"));
        QVERIFY(year->findData(2024) >= 0);
        year->setCurrentIndex(year->findData(2024));
        QCOMPARE(model->filter().from, QDate()); // the year alone sets nothing
        period->setCurrentIndex(1);              // Q1
        QCOMPARE(model->filter().from, QDate(2024, 1, 1));
        QCOMPARE(model->filter().to, QDate(2024, 3, 31));
        QVERIFY(waitForCount(model));
        QCOMPARE(model->rowCount(), 10);
        period->setCurrentIndex(2); // Q2
        QCOMPARE(model->filter().to, QDate(2024, 6, 30));
        QVERIFY(waitForCount(model));
        QCOMPARE(model->rowCount(), 0);
        period->setCurrentIndex(5); // Q1-Q3
        QCOMPARE(model->filter().from, QDate(2024, 1, 1));
        QCOMPARE(model->filter().to, QDate(2024, 9, 30));
        period->setCurrentIndex(6); // whole year
        QCOMPARE(model->filter().to, QDate(2024, 12, 31));
        // Changing a date by hand leaves the period behind.
        from->setDate(QDate(2024, 3, 5));
        QCOMPARE(period->currentIndex(), 0);
        QTRY_COMPARE(model->filter().from, QDate(2024, 3, 5));
        QVERIFY(waitForCount(model));
        QCOMPARE(model->rowCount(), 6); // published 3-5 … 3-10
    }

    void selectionShowsDetails()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Office office = Office::create(t.db());
        MainWindow w;
        openSignedIn(w, t);
        LedgerModel* model = w.ledgerModel();
        QVERIFY(waitForCount(model));
        auto* details = w.findChild<ItemDetailsView*>();
        auto* title = w.findChild<QLabel*>(QStringLiteral("detailsTitle"));

        // Row 9 from the top is item 20 (newest first).
        w.ledgerView()->selectRow(9);
        QCOMPARE(w.ledgerView()->currentItemId(), office.ids.at(20));
        QCOMPARE(details->itemId(), office.ids.at(20));
        QCOMPARE(title->text(), QStringLiteral("工作动态 20"));

        // A new filter resets the view: nothing is selected, the pane is empty again.
        w.findChild<QComboBox*>(QStringLiteral("filterDepartment"))->setCurrentIndex(1);
        QCOMPARE(w.ledgerView()->currentItemId(), qint64(0));
        QCOMPARE(details->itemId(), qint64(0));
    }

    void serviceChangesReachTheViewAndThePane()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Office office = Office::create(t.db());
        MainWindow w;
        openSignedIn(w, t);
        LedgerModel* model = w.ledgerModel();
        QVERIFY(waitForCount(model));
        // Another session on the window's connection changes the ledger through core: the model and
        // the pane hear of it from the change events, nobody calls a refresh.
        Database& db = *w.database();
        const Session other = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        ItemService service(db);

        w.ledgerView()->selectRow(1);
        const qint64 id = w.ledgerView()->currentItemId();
        Item item = *service.item(other, id);
        item.title = QStringLiteral("改过的标题");
        service.update(other, item);
        QCOMPARE(model->data(model->index(1, LedgerModel::TitleColumn)).toString(), item.title);
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("detailsTitle"))->text(), item.title);
        QCOMPARE(w.detailsView()->itemId(), id);

        // A withdrawal shows in the row's status.
        service.withdraw(other, id, item.rowVersion);
        QCOMPARE(model->data(model->index(1, LedgerModel::StatusColumn)).toString(),
                 statusDisplayName(ItemStatus::Withdrawn));

        // A new item is counted and, added through the window's actions, comes first and is selected.
        Item added = office.seed.item(QStringLiteral("新的一条"), QDate(2024, 6, 1));
        service.create(other, added);
        QVERIFY(waitForCount(model));
        QCOMPARE(model->rowCount(), kItems + 1);
        QCOMPARE(model->itemId(0), added.id);
        emit w.itemActions()->itemAdded(added.id);
        QCOMPARE(w.ledgerView()->currentItemId(), added.id);
        QCOMPARE(w.detailsView()->itemId(), added.id);
    }

    void administratorSeesOnlyTheirTools()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Office::create(t.db());
        MainWindow w;
        openSignedIn(w, t, QStringLiteral("admin"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // No ledger: no model, no filter bar, no details, no Edit or Review menu, no export.
        QVERIFY(!w.ledgerModel());
        QVERIFY(!w.itemActions());
        QVERIFY(!w.ledgerView()->isVisible());
        QVERIFY(!w.findChild<QDockWidget*>(QStringLiteral("detailsDock"))->isVisible());
        QVERIFY(!w.reviewMenu()->menuAction()->isVisible());
        QVERIFY(!w.editMenu()->menuAction()->isVisible());
        QVERIFY(!w.reportsMenu()->menuAction()->isVisible());
        QVERIFY(!w.mainToolBar()->isVisible());
        // Their tools instead: accounts, lists, chain, word list and the report template.
        QVERIFY(w.administrationPage());
        QVERIFY(w.administrationPage()->isVisible());
        QStringList tools;
        for (const QAction* a : w.administrationPage()->tools())
            tools << a->objectName();
        for (const char* name : {"usersAction", "departmentsAction", "channelsAction", "categoriesAction",
                                 "chainAction", "wordListAction", "reportTemplateAction"})
            QVERIFY2(tools.contains(QLatin1String(name)), name);
        QVERIFY(w.administrationMenu()->menuAction()->isVisible());
        // The missing names of a ledger file are theirs to create too.
        QCOMPARE(tools.size(), 8);
        QVERIFY(w.administrationMenu()->actions().contains(w.administrationPage()->tools().constLast()));
        QCOMPARE(w.administrationMenu()->actions().size() - 3, tools.size()); // and three separators

        // The auditor: the audit trail and nothing of the ledger either.
        openSignedIn(w, t, QStringLiteral("audit"));
        QVERIFY(!w.ledgerModel());
        QVERIFY(!w.administrationPage());
        QVERIFY(w.auditView());
        QVERIFY(w.auditView()->isVisible());
        QVERIFY(!w.administrationMenu()->menuAction()->isVisible());
        QVERIFY(!w.reviewMenu()->menuAction()->isVisible());
    }

    void publisherRecordsButCreatesNothing()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Office office = Office::create(t.db());
        MainWindow w;
        openSignedIn(w, t, QStringLiteral("zhoujie"));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(waitForCount(w.ledgerModel()));
        QCOMPARE(w.ledgerModel()->rowCount(), kItems);
        QVERIFY(w.reviewMenu()->menuAction()->isVisible());
        ItemActions* actions = w.itemActions();
        QVERIFY(actions);
        // 新增信息 is not offered: items are created by their authors.
        QVERIFY(!actions->newItemAction()->isVisible());
        QVERIFY(!actions->newItemAction()->isEnabled());

        // Item 9, reviewed on paper and published: the publisher records where it went out.
        QVERIFY(w.ledgerView()->selectItem(office.ids.at(9)));
        QVERIFY(actions->editItemAction()->isEnabled());
        bool contentEditable = true;
        bool publications = false;
        whenModalDialog([&](ItemDialog* dialog) {
            contentEditable = dialog->isContentEditable();
            publications = dialog->isPublicationEditorOffered() && dialog->isDistributionEditable();
        });
        actions->editItemAction()->trigger();
        QVERIFY(!contentEditable);
        QVERIFY(publications);
        // A draft (item 20) cannot be published yet: the editor is not offered, the reason is shown.
        QString hint;
        QVERIFY(w.ledgerView()->selectItem(office.ids.at(20)));
        whenModalDialog([&](ItemDialog* dialog) {
            publications = dialog->isPublicationEditorOffered();
            hint = dialog->publicationHint();
        });
        actions->editItemAction()->trigger();
        QVERIFY(!publications);
        QVERIFY(!hint.isEmpty());
    }

    void enterOpensTheItemDialog()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Office::create(t.db());
        MainWindow w;
        openSignedIn(w, t);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(waitForCount(w.ledgerModel()));
        w.ledgerView()->selectRow(0);
        w.ledgerView()->setFocus();
        QString opened;
        QTimer::singleShot(0, this, [&opened] {
            // The dialog is modal: look at it from inside its event loop, then close it.
            QTRY_VERIFY(QApplication::activeModalWidget());
            opened = QString::fromLatin1(QApplication::activeModalWidget()->metaObject()->className());
            qobject_cast<QDialog*>(QApplication::activeModalWidget())->reject();
        });
        QTest::keyClick(w.ledgerView(), Qt::Key_Return);
        QCOMPARE(opened, QStringLiteral("gongkai::ui::ItemDialog"));
    }

    void nonSortableColumnsKeepTheOrder()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Office::create(t.db());
        MainWindow w;
        openSignedIn(w, t);
        QHeaderView* header = w.ledgerView()->horizontalHeader();
        header->setSortIndicator(LedgerModel::TitleColumn, Qt::AscendingOrder);
        QCOMPARE(w.ledgerModel()->sortColumn(), int(LedgerModel::TitleColumn));
        header->setSortIndicator(LedgerModel::ChannelsColumn, Qt::AscendingOrder);
        QTRY_COMPARE(header->sortIndicatorSection(), int(LedgerModel::TitleColumn));
        QCOMPARE(w.ledgerModel()->sortColumn(), int(LedgerModel::TitleColumn));
    }

    void switchingDatabaseReplacesTheLedger()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Office::create(t.db());
        TestDatabase empty;
        if (!empty.open())
            return;
        ReviewOffice::create(empty.db()); // people, but no items
        MainWindow w;
        openSignedIn(w, t);
        QVERIFY(waitForCount(w.ledgerModel()));
        w.findChild<QLineEdit*>(QStringLiteral("filterText"))->setText(QStringLiteral("专项"));
        QTRY_VERIFY(!w.ledgerModel()->filter().text.isEmpty());

        openSignedIn(w, empty);
        QVERIFY(waitForCount(w.ledgerModel()));
        QCOMPARE(w.ledgerModel()->rowCount(), 0);
        QCOMPARE(w.ledgerModel()->filter(), LedgerFilter{});
        QVERIFY(w.findChild<QLineEdit*>(QStringLiteral("filterText"))->text().isEmpty());
        QVERIFY(w.windowTitle().contains(expectedName(empty)));
        QCOMPARE(w.database()->location(), empty.location());
    }

    void layoutIsRemembered()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Office::create(t.db());
        {
            MainWindow w;
            openSignedIn(w, t);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.ledgerView()->setColumnWidth(LedgerModel::TitleColumn, 123);
            w.findChild<QDockWidget*>()->hide();
            w.close();
        }
        MainWindow w;
        openSignedIn(w, t);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.ledgerView()->columnWidth(LedgerModel::TitleColumn), 123);
        QVERIFY(w.findChild<QDockWidget*>()->isHidden());
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
