#include "reviewoffice.h"
#include "testdatabase.h"
#include "uitesthelpers.h"

#include "mainwindow.h"
#include "models/workrecordmodel.h"
#include "records/workrecorddialog.h"
#include "records/workrecordswindow.h"

#include "io/textdecoder.h"
#include "review/authservice.h"
#include "storage/workrecordrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;
using gongkai::ui::WorkRecordDialog;
using gongkai::ui::WorkRecordsWindow;

namespace {
template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

void chooseKind(QComboBox* combo, WorkRecordKind kind)
{
    combo->setCurrentIndex(combo->findData(int(kind)));
}

qint64 recordCount(Database& db)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM work_records")).toLongLong();
}
} // namespace

/// The work-record dialog's validation at the fields, and the window: empty state, adding through the
/// dialog adds a row, the kind filter, deleting with confirmation, and a reader who cannot write.
class TestWorkRecordsUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The main window's settings go to a test location, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GongkaiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_workrecords_ui"));
        QSettings().clear();
    }
    void initTestCase_data() { addBackendRows(); }

    void mainWindowOpensTheRecords()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        for (const QString& login : {QStringLiteral("zhangwei"), QStringLiteral("admin")}) {
            ui::MainWindow w;
            w.setSignInPrompts(false);
            auto db = Database::open(t.location(), qEnvironmentVariable("GONGKAI_DB_PASSWORD"));
            const Session session = AuthService(*db).login(login, ReviewOffice::password());
            w.setDatabase(std::move(db), session);
            w.show();
            auto* action = w.findChild<QAction*>(QStringLiteral("workRecordsAction"));
            QVERIFY(action);
            QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
            if (login == QLatin1String("admin")) {
                // The administrator does not read the ledger: no entry, and triggering does nothing.
                QVERIFY(!action->isVisible());
                QVERIFY(!action->isEnabled());
                QVERIFY(!w.findChild<WorkRecordsWindow*>());
                continue;
            }
            QVERIFY(action->isVisible() && action->isEnabled());
            action->trigger();
            auto* records = w.findChild<WorkRecordsWindow*>();
            QVERIFY(records);
            QVERIFY(records->isVisible());
            QVERIFY(records->canWrite());
            // Locking the main window hides the records too; signing out closes them.
            w.lock();
            QVERIFY(!records->isVisible());
            QPointer<WorkRecordsWindow> guard(records);
            w.signOut();
            QVERIFY(guard.isNull());
        }
    }

    void dialogMarksTheFields()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        ReviewOffice::create(db);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        WorkRecordDialog dialog(db, author);
        auto* kind = child<QComboBox>(&dialog, "kindCombo");
        auto* title = child<QLineEdit>(&dialog, "titleEdit");
        auto* attendees = child<QSpinBox>(&dialog, "attendeesSpin");
        auto* documents = child<QSpinBox>(&dialog, "documentsSpin");
        auto* message = child<QLabel>(&dialog, "messageLabel");
        QVERIFY(kind && title && attendees && documents && message);
        dialog.show();

        // A training without a topic or attendees: both fields marked, nothing saved.
        chooseKind(kind, WorkRecordKind::Training);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(isMarked(title));
        QVERIFY(isMarked(attendees));
        QVERIFY(!isMarked(documents));
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("attendees")));
        QCOMPARE(recordCount(db), 0);
        screenshot(&dialog, QStringLiteral("workrecorddialog-errors"));

        // Another kind: the attendees rule no longer applies, a delivery needs documents instead.
        chooseKind(kind, WorkRecordKind::ReadingRoom);
        QVERIFY(!isMarked(attendees));
        typeText(title, QStringLiteral("现行有效文件送阅"));
        QVERIFY(!isMarked(title));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(isMarked(documents));
        QVERIFY(!isMarked(title));
        documents->setValue(12);
        QVERIFY(!isMarked(documents));
        child<QDateEdit>(&dialog, "dateEdit")->setDate(QDate(2024, 4, 15));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.savedRecord().id > 0);
        const std::optional<WorkRecord> saved = WorkRecordRepository(db).get(dialog.savedRecord().id);
        QVERIFY(saved);
        QCOMPARE(saved->kind, WorkRecordKind::ReadingRoom);
        QCOMPARE(saved->documents, 12);
        QCOMPARE(saved->heldOn, QDate(2024, 4, 15));
        QCOMPARE(saved->createdBy, QStringLiteral("zhangwei"));
    }

    void windowAddsFiltersAndDeletes()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        ReviewOffice::create(db);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        WorkRecordsWindow window(db, author);
        window.show();
        window.setPeriod(QDate(2024, 1, 1), QDate(2024, 12, 31));
        auto* empty = child<QLabel>(&window, "emptyLabel");
        QVERIFY(empty);
        QCOMPARE(window.model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QVERIFY(!window.view()->isVisible());
        QVERIFY(child<QPushButton>(&window, "addButton")->isVisible());
        QVERIFY(!child<QPushButton>(&window, "editButton")->isEnabled());

        // Add through the dialog: the new row shows.
        whenModal([](QWidget* modal) {
            auto* dialog = qobject_cast<WorkRecordDialog*>(modal);
            QVERIFY(dialog);
            chooseKind(child<QComboBox>(dialog, "kindCombo"), WorkRecordKind::Training);
            child<QDateEdit>(dialog, "dateEdit")->setDate(QDate(2024, 5, 6));
            typeText(child<QLineEdit>(dialog, "titleEdit"), QStringLiteral("保密审查培训"));
            child<QSpinBox>(dialog, "attendeesSpin")->setValue(35);
            child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Save)->click();
        });
        window.addRecord();
        QCOMPARE(recordCount(db), 1);
        QCOMPARE(window.model()->rowCount(), 1);
        QVERIFY(window.view()->isVisible());
        QVERIFY(!empty->isVisible());
        QCOMPARE(window.model()->index(0, ui::WorkRecordModel::TitleColumn).data().toString(),
                 QStringLiteral("保密审查培训"));
        QCOMPARE(window.model()->index(0, ui::WorkRecordModel::AttendeesColumn).data().toString(),
                 QStringLiteral("35"));
        QVERIFY(child<QLabel>(&window, "totalsLabel")->text().contains(QStringLiteral("35")));
        QVERIFY(child<QPushButton>(&window, "editButton")->isEnabled()); // the new row is selected

        // A record outside the period is not listed; the kind filter narrows.
        WorkRecord other;
        other.kind = WorkRecordKind::Press;
        other.heldOn = QDate(2023, 6, 1);
        other.title = QStringLiteral("去年的发布会");
        WorkRecordRepository(db).add(other);
        window.reload();
        QCOMPARE(window.model()->rowCount(), 1);
        auto* kind = child<QComboBox>(&window, "kindFilter");
        chooseKind(kind, WorkRecordKind::ReadingRoom);
        QCOMPARE(window.model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        kind->setCurrentIndex(0);
        QCOMPARE(window.model()->rowCount(), 1);

        // Delete asks first; No keeps the record, Yes deletes it.
        window.view()->selectRow(0);
        whenModal([](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            box->button(QMessageBox::No)->click();
        });
        window.deleteCurrent();
        QCOMPARE(recordCount(db), 2);
        window.view()->selectRow(0);
        whenModal([](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("保密审查培训")));
            box->button(QMessageBox::Yes)->click();
        });
        window.deleteCurrent();
        QCOMPARE(recordCount(db), 1);
        QCOMPARE(window.model()->rowCount(), 0);
        screenshot(&window, QStringLiteral("workrecordswindow-empty"));
    }

    void importThroughTheWindow()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        ReviewOffice::create(db);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        const QString text = QStringLiteral("类型,日期,主题,参加人数,文件数,接收单位\r\n"
                                            "培训,2024-03-05,信息公开培训,28,,\r\n"
                                            "公共查阅室送阅,2024-03-18,文件送阅,,9,市图书馆\r\n");
        for (const auto& [path, data] :
             {std::pair{bad, QStringLiteral("类型,日期,主题\r\n培训,2024-03-05,没有人数\r\n").toUtf8()},
              std::pair{good, TextDecoder::encodeGb18030(text)}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(data);
        }
        WorkRecordsWindow window(db, author);
        window.show();
        window.setPeriod(QDate(2024, 1, 1), QDate(2024, 3, 31));

        // A bad file: the problem is listed with its line and column, Import stays off.
        whenModal([bad](QWidget* modal) {
            auto* file = child<QLineEdit>(modal, "file");
            QVERIFY(file);
            QVERIFY(!child<QWidget>(modal, "attestation")->isVisible()); // the ledger's own options
            file->setText(bad);
            child<QPushButton>(modal, "checkButton")->click();
            auto* problems = child<QTableWidget>(modal, "problems");
            QCOMPARE(problems->rowCount(), 1);
            QCOMPARE(problems->item(0, 0)->text(), QStringLiteral("2"));
            QCOMPARE(problems->item(0, 1)->text(), QStringLiteral("参加人数"));
            QVERIFY(!child<QPushButton>(modal, "importButton")->isEnabled());
        });
        window.importCsv();
        QCOMPARE(recordCount(db), 0);

        // A good GB18030 file: checked, then imported; the window shows the rows.
        whenModal([good](QWidget* modal) {
            child<QLineEdit>(modal, "file")->setText(good);
            child<QPushButton>(modal, "checkButton")->click();
            auto* import = child<QPushButton>(modal, "importButton");
            QVERIFY(import->isEnabled());
            import->click();
            QVERIFY(child<QLabel>(modal, "summary")->text().contains(QStringLiteral("GB18030")));
        });
        window.importCsv();
        QCOMPARE(recordCount(db), 2);
        QCOMPARE(window.model()->rowCount(), 2);
        QCOMPARE(window.model()->records().at(1).recipients, QStringLiteral("市图书馆"));
    }

    void readerSeesButCannotWrite()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        ReviewOffice::create(db);
        WorkRecord r;
        r.kind = WorkRecordKind::Training;
        r.heldOn = QDate(2024, 2, 2);
        r.title = QStringLiteral("培训");
        r.attendees = 20;
        WorkRecordRepository(db).add(r);
        const Session leader = ReviewOffice::login(db, QStringLiteral("zhaoli"));
        WorkRecordsWindow window(db, leader);
        window.show();
        window.setPeriod(QDate(2024, 1, 1), QDate(2024, 3, 31));
        QVERIFY(!window.canWrite());
        QCOMPARE(window.model()->rowCount(), 1);
        for (const char* name : {"addButton", "editButton", "deleteButton", "importButton"})
            QVERIFY2(!child<QPushButton>(&window, name)->isVisible(), name);
        QVERIFY(child<QPushButton>(&window, "exportButton")->isVisible());
        window.view()->selectRow(0);
        window.deleteCurrent(); // does nothing, asks nothing
        QCOMPARE(recordCount(db), 1);
    }

    void periods_data()
    {
        QTest::addColumn<int>("period");
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        using P = WorkRecordsWindow::Period;
        QTest::newRow("this quarter")
            << int(P::ThisQuarter) << QDate(2024, 5, 20) << QDate(2024, 4, 1) << QDate(2024, 6, 30);
        QTest::newRow("last day of a quarter")
            << int(P::ThisQuarter) << QDate(2024, 9, 30) << QDate(2024, 7, 1) << QDate(2024, 9, 30);
        QTest::newRow("previous quarter across the year")
            << int(P::PreviousQuarter) << QDate(2024, 2, 1) << QDate(2023, 10, 1) << QDate(2023, 12, 31);
        QTest::newRow("this year") << int(P::ThisYear) << QDate(2024, 2, 1) << QDate(2024, 1, 1)
                                   << QDate(2024, 12, 31);
        QTest::newRow("previous year")
            << int(P::PreviousYear) << QDate(2024, 2, 1) << QDate(2023, 1, 1) << QDate(2023, 12, 31);
    }

    void periods()
    {
        QFETCH(int, period);
        QFETCH(QDate, today);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        const auto range = WorkRecordsWindow::range(WorkRecordsWindow::Period(period), today);
        QCOMPARE(range.first, from);
        QCOMPARE(range.second, to);
    }
};

QTEST_MAIN(TestWorkRecordsUi)
#include "test_workrecords_ui.moc"
