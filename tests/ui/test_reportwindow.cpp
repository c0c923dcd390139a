#include "reportledger.h"
#include "reviewoffice.h"
#include "testdatabase.h"
#include "uitesthelpers.h"

#include "mainwindow.h"
#include "reports/figurespanel.h"
#include "reports/periodchooser.h"
#include "reports/quarterlyreportwindow.h"
#include "reports/reportactions.h"
#include "reports/reportarchivepanel.h"
#include "reports/reportpreviewpane.h"
#include "reports/reporttemplatedialog.h"
#include "reports/sectionseditor.h"

#include "error.h"
#include "report/officesettings.h"
#include "report/quarterlyfiguresquery.h"
#include "report/quarterlyreportservice.h"
#include "report/quarterlytables.h"
#include "report/quarterlytext.h"
#include "report/reportdraftrepository.h"
#include "report/reporttextservice.h"
#include "review/authservice.h"
#include "review/itemservice.h"
#include "review/passwordhasher.h"
#include "review/reviewerrors.h"
#include "storage/itemrepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;
using gongkai::ui::FiguresPanel;
using gongkai::ui::QuarterlyReportWindow;
using gongkai::ui::ReportArchivePanel;
using gongkai::ui::ReportTemplateDialog;

namespace {
QString L(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

/// The row of the figures table showing this figure key, or -1.
int rowOf(QTableWidget* table, const QString& key)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, FiguresPanel::LabelColumn)->data(Qt::UserRole).toString() == key)
            return row;
    }
    return -1;
}

/// Clicks the message box button whose text contains this (the next modal window).
void clickButton(const QString& text, std::function<void()> then = {})
{
    whenModal([text, then](QWidget* modal) {
        for (QAbstractButton* b : modal->findChildren<QAbstractButton*>()) {
            if (b->text().remove(QLatin1Char('&')).contains(text)) {
                if (then)
                    then();
                b->click();
                return;
            }
        }
        qWarning("no button %s", qPrintable(text));
    });
}

const ReportPeriod kQ3 = ReportPeriod::quarter(2024, 3);
} // namespace

/// The quarterly report window: figures equal to the core query and traceable, the office's text saved
/// as the period's draft and prefilled into the next period, finalizing and superseding versions, a
/// reader who can neither edit nor finalize, the preview's pages, and the administrator's template dialog.
class TestReportWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        PasswordHasher::setFastHashingForTests(true);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GongkaiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_reportwindow"));
        QSettings().clear();
    }
    void initTestCase_data() { addBackendRows(); }

    void periodChooser_data()
    {
        QTest::addColumn<bool>("range");
        QTest::addColumn<int>("quarter");
        QTest::addColumn<bool>("cumulative");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("label");
        QTest::newRow("quarter") << false << 3 << false << QDate() << QDate() << QStringLiteral("2024-Q3")
                                 << L("2024年第三季度");
        QTest::newRow("first three quarters") << false << 3 << true << QDate() << QDate()
                                              << QStringLiteral("2024-Q1-Q3") << L("2024年前三季度");
        QTest::newRow("half year") << false << 2 << true << QDate() << QDate() << QStringLiteral("2024-Q1-Q2")
                                   << L("2024年上半年");
        QTest::newRow("dates") << true << 1 << false << QDate(2024, 1, 5) << QDate(2024, 2, 10)
                               << QStringLiteral("2024-01-05~2024-02-10") << L("2024年1月5日至2024年2月10日");
    }

    void periodChooser()
    {
        QFETCH(bool, range);
        QFETCH(int, quarter);
        QFETCH(bool, cumulative);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, key);
        QFETCH(QString, label);
        ui::PeriodChooser chooser;
        chooser.setPeriod(ReportPeriod::quarter(2024, 1));
        QSignalSpy changed(&chooser, &ui::PeriodChooser::periodChanged);
        if (range) {
            chooser.findChild<QRadioButton*>(QStringLiteral("rangeMode"))->setChecked(true);
            chooser.findChild<QDateEdit*>(QStringLiteral("toEdit"))->setDate(to);
            chooser.findChild<QDateEdit*>(QStringLiteral("fromEdit"))->setDate(from);
        } else {
            chooser.findChild<QComboBox*>(QStringLiteral("quarterCombo"))->setCurrentIndex(quarter - 1);
            chooser.findChild<QCheckBox*>(QStringLiteral("cumulativeCheck"))->setChecked(cumulative);
        }
        QCOMPARE(chooser.period().key(), key);
        QCOMPARE(chooser.findChild<QLabel*>(QStringLiteral("periodLabel"))->text(), label);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).value<ReportPeriod>().key(), key);
        chooser.remember();
        QCOMPARE(ui::PeriodChooser::remembered().key(), key);
    }

    void figuresMatchTheQueryAndTrace()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const ReportLedger l = ReportLedger::create(db, o.seed);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        QuarterlyReportWindow w(db, author);
        w.setPeriod(kQ3);
        QCOMPARE(w.period(), kQ3);
        QCOMPARE(w.periodChooser()->findChild<QLabel*>(QStringLiteral("periodLabel"))->text(),
                 L("2024年第三季度"));

        QuarterlyFiguresQuery query(db);
        const QuarterlyFigures expected = query.compute(kQ3);
        QTableWidget* table = w.figuresPanel()->figuresTable();
        QCOMPARE(table->rowCount(), int(expected.entries().size()));
        const int total = rowOf(table, QStringLiteral("published.total"));
        QVERIFY(total >= 0);
        QCOMPARE(table->item(total, FiguresPanel::CurrentColumn)->text(),
                 QLocale().toString(expected.publishedItems.current));
        QCOMPARE(table->item(total, FiguresPanel::LastYearColumn)->text(),
                 QLocale().toString(expected.publishedItems.lastYear));
        QVERIFY(expected.publishedItems.current > 0);

        // The unreviewed item is shown prominently.
        auto* problem = w.findChild<QLabel*>(QStringLiteral("unreviewedLabel"));
        QCOMPARE(problem->isVisibleTo(&w), !expected.unreviewed.isEmpty());
        QVERIFY(!expected.unreviewed.isEmpty());
        QVERIFY(problem->text().contains(expected.unreviewed.constFirst().title));

        // Choosing a figure lists the items it counts, with their titles; double-click asks for the item.
        const FigureTrace trace = query.trace(kQ3, QStringLiteral("published.total"));
        table->setCurrentCell(total, 0);
        QTableWidget* traced = w.figuresPanel()->traceTable();
        QCOMPARE(traced->rowCount(), int(trace.ids.size()));
        QList<qint64> ids;
        for (int row = 0; row < traced->rowCount(); ++row)
            ids << traced->item(row, 0)->data(Qt::UserRole).toLongLong();
        QCOMPARE(ids, trace.ids);
        QCOMPARE(traced->item(0, 0)->text(), ItemRepository(db).get(trace.ids.constFirst())->title);
        QSignalSpy requested(&w, &QuarterlyReportWindow::itemRequested);
        emit traced->cellActivated(0, 0);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), trace.ids.constFirst());

        // The last-year column traces the comparison figure.
        const FigureTrace lastYear = query.trace(kQ3, QStringLiteral("published.total.lastYear"));
        QVERIFY(!lastYear.ids.isEmpty());
        QVERIFY(lastYear.ids != trace.ids);
        table->setCurrentCell(total, FiguresPanel::LastYearColumn);
        QCOMPARE(traced->rowCount(), int(lastYear.ids.size()));
        QCOMPARE(traced->item(0, 0)->data(Qt::UserRole).toLongLong(), lastYear.ids.constFirst());
        table->setCurrentCell(total, FiguresPanel::LabelColumn);
        QCOMPARE(traced->rowCount(), int(trace.ids.size()));

        // A work-record figure lists the records.
        const int trainings = rowOf(table, QStringLiteral("training.count"));
        QVERIFY(trainings >= 0);
        table->setCurrentCell(trainings, 0);
        const FigureTrace records = query.trace(kQ3, QStringLiteral("training.count"));
        QVERIFY(records.workRecords);
        QCOMPARE(traced->rowCount(), int(records.ids.size()));
        QCOMPARE(traced->rowCount(), int(expected.trainings.current));
        QCOMPARE(traced->item(0, 2)->text(), QString::number(records.ids.constFirst()));
        emit traced->cellActivated(0, 0); // a work record is not in the ledger: nothing asked
        QCOMPARE(requested.size(), 1);
        const int unreviewed = rowOf(table, QStringLiteral("reviews.unreviewed"));
        table->setCurrentCell(unreviewed, 0);
        QCOMPARE(traced->rowCount(), int(expected.unreviewed.size()));
        QStringList titles;
        for (int row = 0; row < traced->rowCount(); ++row)
            titles << traced->item(row, 0)->text();
        QVERIFY(titles.contains(expected.unreviewed.constFirst().title));
        QVERIFY(l.training1 > 0);
        screenshot(&w, QStringLiteral("reportwindow-figures"));
    }

    void previewRendersPages()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        OfficeSettings::setUnitName(db, L("阜阳市商务局"));
        ReportLedger::create(db, o.seed);
        QuarterlyReportWindow w(db, ReviewOffice::login(db, QStringLiteral("zhangwei")));
        w.setPeriod(kQ3);
        QVERIFY(w.composed().body.contains(L("阜阳市商务局")));
        const int pages = w.previewPageCount();
        QVERIFY(pages >= 2);
        QCOMPARE(w.findChild<QLabel*>(QStringLiteral("pageCountLabel"))->text(),
                 ui::ReportPreviewPane::tr("%n page(s)", nullptr, pages));
        // Text edited in the window is in the preview's pages at once (more text, more pages).
        w.sectionsEditor()->editor(0)->setPlainText(QString(L("加强组织领导。\n")).repeated(80));
        QVERIFY(w.previewPageCount() > pages);
        w.resize(1000, 720);
        w.tabs()->setCurrentIndex(QuarterlyReportWindow::PreviewTab);
        screenshot(&w, QStringLiteral("reportwindow-preview"));
    }

    void sectionsSavedAndPrefilled()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        ReportLedger::create(db, o.seed);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        QuarterlyReportWindow w(db, author);
        w.setPeriod(kQ3);
        ui::SectionsEditor* sections = w.sectionsEditor();
        QVERIFY(sections->canWrite());
        QVERIFY(!sections->isModified());
        const QString text = L("局党组高度重视政务公开工作，调整了领导小组。");
        sections->editor(0)->setPlainText(text);
        QVERIFY(sections->isModified());
        QVERIFY(w.composed().body.contains(text)); // the preview shows the text as edited
        QVERIFY(sections->save());
        QVERIFY(!sections->isModified());
        const ReportDraft stored = ReportTextService(db).draft(author, kQ3);
        QCOMPARE(stored.sections.organisation, text);
        QVERIFY(stored.rowVersion > 0);
        // Once saved, what the window shows is what finalizing would store.
        QCOMPARE(w.composed().body, QuarterlyReportService(db).compose(author, kQ3).body);

        // The next quarter has no draft: prefilled from this one, and it says so.
        const ReportPeriod q4 = ReportPeriod::quarter(2024, 4);
        w.setPeriod(q4);
        QCOMPARE(w.period(), q4);
        QCOMPARE(sections->editor(0)->toPlainText(), text);
        QVERIFY(sections->noteLabel()->text().contains(kQ3.label()));
        screenshot(&w, QStringLiteral("reportwindow-text"));

        // Unsaved changes are asked about: Cancel keeps the period, Discard leaves it.
        sections->editor(3)->setPlainText(L("继续加强培训。"));
        clickButton(QStringLiteral("Cancel"));
        w.setPeriod(kQ3);
        QCOMPARE(w.period(), q4);
        QCOMPARE(w.periodChooser()->period(), q4);
        QVERIFY(sections->isModified());
        clickButton(QStringLiteral("Discard"));
        w.setPeriod(kQ3);
        QCOMPARE(w.period(), kQ3);
        QVERIFY(!sections->isModified());
        QVERIFY(ReportTextService(db).draft(author, q4).rowVersion == 0);

        // Closing with unsaved text asks too: Cancel keeps the window open.
        w.show();
        sections->editor(3)->setPlainText(L("继续加强培训。"));
        clickButton(QStringLiteral("Cancel"));
        QVERIFY(!w.close());
        QVERIFY(w.isVisible());
        clickButton(QStringLiteral("Save"));
        QVERIFY(w.close());
        QCOMPARE(ReportTextService(db).draft(author, kQ3).sections.nextSteps, L("继续加强培训。"));

        // The choice is remembered for the next window.
        QCOMPARE(ui::PeriodChooser::remembered(), kQ3);
    }

    void figuresFollowTheChangeEvents()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        ReportLedger::create(db, o.seed);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        QuarterlyReportWindow w(db, author);
        w.setPeriod(kQ3);
        QTableWidget* table = w.figuresPanel()->figuresTable();
        const int total = rowOf(table, QStringLiteral("published.total"));
        QVERIFY(total >= 0);
        const qint64 before = QuarterlyFiguresQuery(db).compute(kQ3).publishedItems.current;
        QCOMPARE(table->item(total, FiguresPanel::CurrentColumn)->text(), QLocale().toString(before));

        // A historical item, attested and published in the quarter by the publisher: the figure follows,
        // nobody presses Recalculate.
        Item item = o.seed.item(L("七月工作动态"), QDate(2024, 7, 1));
        ItemService(db).create(author, item);
        ReviewOffice::attestPaper(db, item.id);
        ItemService(db).addPublication(ReviewOffice::login(db, QStringLiteral("zhoujie")), item.id,
                                       {0, item.id, o.seed.portal, QDate(2024, 8, 1), {}});
        QCOMPARE(QuarterlyFiguresQuery(db).compute(kQ3).publishedItems.current, before + 1);
        QCOMPARE(table->item(rowOf(table, QStringLiteral("published.total")), FiguresPanel::CurrentColumn)->text(),
                 QLocale().toString(before + 1));
    }

    void saveConflictOffersReload()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        ReviewOffice::create(db);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        QuarterlyReportWindow w(db, author);
        w.setPeriod(kQ3);
        // A save by someone else before the user types shows at once (the change events) ...
        ReportSections first;
        first.security = L("他人先保存");
        ReportTextService(db).saveDraft(ReviewOffice::login(db, QStringLiteral("liming")), kQ3, first, 0);
        QCOMPARE(w.sectionsEditor()->editor(1)->toPlainText(), first.security);
        // ... one while the user edits leaves their text alone, and their save offers to reload.
        w.sectionsEditor()->editor(1)->setPlainText(L("我的修改"));
        ReportSections other;
        other.security = L("他人保存");
        const int version = ReportTextService(db).draft(author, kQ3).rowVersion;
        ReportTextService(db).saveDraft(ReviewOffice::login(db, QStringLiteral("liming")), kQ3, other, version);
        QCOMPARE(w.sectionsEditor()->editor(1)->toPlainText(), L("我的修改"));
        clickButton(QStringLiteral("Yes"));
        QVERIFY(!w.sectionsEditor()->save());
        QCOMPARE(w.sectionsEditor()->editor(1)->toPlainText(), other.security);
        QVERIFY(!w.sectionsEditor()->isModified());
    }

    void finalizeAddsAndSupersedes()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        ReportLedger::create(db, o.seed);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        QuarterlyReportWindow w(db, author);
        w.setPeriod(kQ3);
        ReportArchivePanel* archive = w.archivePanel();
        QCOMPARE(archive->table()->rowCount(), 0);

        // The confirmation names the period and the version; then the information box.
        QString question;
        auto finalizeOnce = [&] {
            whenModal([&question](QWidget* modal) {
                question = modal->findChild<QLabel*>(QStringLiteral("qt_msgbox_label"))->text();
                for (QAbstractButton* b : modal->findChildren<QAbstractButton*>()) {
                    if (b->text().remove(QLatin1Char('&')) == QLatin1String("Finalize")) {
                        clickButton(QStringLiteral("OK"));
                        b->click();
                        return;
                    }
                }
            });
            return w.finalize();
        };
        QVERIFY(finalizeOnce());
        QVERIFY(question.contains(kQ3.label()));
        QVERIFY(question.contains(QStringLiteral("version 1")));
        QCOMPARE(archive->table()->rowCount(), 1);
        QCOMPARE(w.tabs()->currentIndex(), int(QuarterlyReportWindow::ArchiveTab));

        QVERIFY(finalizeOnce());
        QVERIFY(question.contains(QStringLiteral("version 2")));
        QCOMPARE(archive->table()->rowCount(), 2);
        QCOMPARE(archive->reports().at(0).version, 2);
        QVERIFY(!archive->reports().at(0).superseded);
        QVERIFY(archive->reports().at(1).superseded);
        QCOMPARE(archive->table()->item(1, ReportArchivePanel::StatusColumn)->text(),
                 ReportArchivePanel::tr("Superseded"));
        QCOMPARE(archive->table()->item(0, ReportArchivePanel::StatusColumn)->text(),
                 ReportArchivePanel::tr("Current"));
        QCOMPARE(archive->table()->item(1, ReportArchivePanel::HashColumn)->text(),
                 ReportArchivePanel::tr("Intact"));
        QCOMPARE(QuarterlyReportService(db).list(author, kQ3.key()).size(), 2);

        // Unsaved text is saved first, so that the stored version has it.
        const QString problem = L("个别栏目更新不及时。");
        w.sectionsEditor()->editor(2)->setPlainText(problem);
        clickButton(QStringLiteral("Save"), [] {
            clickButton(QStringLiteral("Finalize"), [] { clickButton(QStringLiteral("OK")); });
        });
        QVERIFY(w.finalize());
        QVERIFY(!w.sectionsEditor()->isModified());
        QCOMPARE(ReportTextService(db).draft(author, kQ3).sections.problems, problem);
        QCOMPARE(archive->reports().size(), 3);
        QVERIFY(archive->reports().at(0).body.contains(problem));

        // Cancelling stores nothing.
        clickButton(QStringLiteral("Cancel"));
        QVERIFY(!w.finalize());
        QCOMPARE(archive->table()->rowCount(), 3);
        screenshot(&w, QStringLiteral("reportwindow-archive"));
    }

    void readerCannotEditOrFinalize()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        ReportLedger::create(db, o.seed);
        const Session leader = ReviewOffice::login(db, QStringLiteral("zhaoli"));
        QuarterlyReportWindow w(db, leader);
        w.setPeriod(kQ3);
        w.show();
        QVERIFY(!w.canWrite());
        QVERIFY(w.figuresPanel()->figuresTable()->rowCount() > 0);
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("finalizeButton"))->isVisible());
        QVERIFY(!w.findChild<QPushButton*>(QStringLiteral("saveSectionsButton"))->isVisibleTo(&w));
        for (int i = 0; i < 4; ++i)
            QVERIFY(w.sectionsEditor()->editor(i)->isReadOnly());
        QVERIFY(!w.sectionsEditor()->save());
        QVERIFY(!w.finalize());
        QCOMPARE(QuarterlyReportService(db).list(leader).size(), 0);
        QVERIFY_THROWS_EXCEPTION(PermissionError, QuarterlyReportService(db).finalize(leader, kQ3));
    }

    void mainWindowOpensTheReport()
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
            auto* open = w.findChild<QAction*>(QStringLiteral("quarterlyReportAction"));
            auto* edit = w.findChild<QAction*>(QStringLiteral("reportTemplateAction"));
            QVERIFY(open && edit);
            QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
            auto* adminMenu = w.findChild<QMenu*>(QStringLiteral("adminMenu"));
            if (login == QLatin1String("admin")) {
                QVERIFY(!open->isVisible());
                QVERIFY(edit->isEnabled());
                QVERIFY(adminMenu->actions().contains(edit));
                continue;
            }
            QVERIFY(!edit->isEnabled());
            QVERIFY(open->isVisible() && open->isEnabled());
            auto* reports = w.findChild<QMenu*>(QStringLiteral("reportsMenu"));
            QVERIFY(reports && reports->actions().contains(open));
            open->trigger();
            auto* window = w.findChild<QuarterlyReportWindow*>();
            QVERIFY(window && window->isVisible());
            // Closing the main window asks about the report's unsaved text.
            window->sectionsEditor()->editor(0)->setPlainText(L("未保存"));
            clickButton(QStringLiteral("Cancel"));
            QVERIFY(!w.close());
            QVERIFY(w.isVisible() && window->isVisible());
            QVERIFY(window->sectionsEditor()->isModified());
            clickButton(QStringLiteral("Discard"));
            QVERIFY(w.close());
            QVERIFY(!window->sectionsEditor()->isModified());
            w.show();
            window->show();
            w.lock();
            QVERIFY(!window->isVisible());
            QPointer<QuarterlyReportWindow> guard(window);
            w.signOut();
            QVERIFY(guard.isNull());

            // Signing out asks too: Cancel stays signed in with the text, Save keeps it and signs out.
            auto again = Database::open(t.location(), qEnvironmentVariable("GONGKAI_DB_PASSWORD"));
            const Session second = AuthService(*again).login(login, ReviewOffice::password());
            w.setDatabase(std::move(again), second);
            open->trigger();
            window = w.findChild<QuarterlyReportWindow*>();
            QVERIFY(window && window->isVisible());
            auto* signOut = w.findChild<QAction*>(QStringLiteral("signOutAction"));
            QVERIFY(signOut);
            window->sectionsEditor()->editor(0)->setPlainText(L("退出前未保存的文字"));
            clickButton(QStringLiteral("Cancel"));
            signOut->trigger();
            QVERIFY(w.session());
            QVERIFY(window->sectionsEditor()->isModified());
            const QString key = window->period().key();
            clickButton(QStringLiteral("Save"));
            signOut->trigger();
            QVERIFY(!w.session());
            const std::optional<ReportDraft> saved = ReportDraftRepository(t.db()).get(key);
            QVERIFY(saved.has_value());
            QCOMPARE(saved->sections.organisation, L("退出前未保存的文字"));
        }
    }

    void templateDialogChecksAndStores()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        ReviewOffice::create(db);
        const Session admin = ReviewOffice::login(db, QStringLiteral("admin"));
        ReportTemplateDialog dialog(db, admin);
        dialog.show();
        QCOMPARE(dialog.text(), QuarterlyText::defaultTemplate());
        QVERIFY(dialog.problems().isEmpty());
        auto* problems = dialog.findChild<QLabel*>(QStringLiteral("problemsLabel"));
        // Every placeholder and table the template may use is listed, each with what it becomes.
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("placeholderList"));
        QCOMPARE(list->count(), int(QuarterlyText::placeholders().size() + QuarterlyTables::names().size()));
        for (int i = 0; i < list->count(); ++i)
            QVERIFY2(!list->item(i)->toolTip().isEmpty(), qPrintable(list->item(i)->text()));
        QCOMPARE(list->item(0)->data(Qt::UserRole).toString(),
                 QStringLiteral("{%1}").arg(QuarterlyText::placeholders().constFirst()));
        screenshot(&dialog, QStringLiteral("reporttemplatedialog"));

        // A broken template: refused, each problem named with its line; nothing stored.
        dialog.setText(L("# 标题\n第二行\n{nonsense}的段落\n[table:nothing]"));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(problems->text().contains(QStringLiteral("Line 3: {nonsense}")));
        QVERIFY(problems->text().contains(QStringLiteral("Line 4: [table:nothing]")));
        QCOMPARE(ReportTextService(db).quarterlyTemplate(admin), QuarterlyText::defaultTemplate());
        dialog.setText(L("没有标题的模板"));
        QVERIFY(!dialog.save());
        QVERIFY(!dialog.problems().isEmpty());

        // A good one is stored; reset brings the default back.
        const QString good = QuarterlyText::defaultTemplate() + L("\n本季度另行说明。");
        dialog.setText(good);
        dialog.accept();
        QVERIFY(!dialog.isVisible());
        QCOMPARE(ReportTextService(db).quarterlyTemplate(admin), good);
        QVERIFY(dialog.reset(true));
        QCOMPARE(dialog.text(), QuarterlyText::defaultTemplate());
        QCOMPARE(ReportTextService(db).quarterlyTemplate(admin), QuarterlyText::defaultTemplate());
    }
};

QTEST_MAIN(TestReportWindow)
#include "test_reportwindow.moc"
