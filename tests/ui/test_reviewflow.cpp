#include "reviewoffice.h"
#include "testdatabase.h"
#include "uitesthelpers.h"

#include "ledger/itemdetailsview.h"
#include "ledger/ledgerview.h"
#include "mainwindow.h"
#include "ledger/itemdialog.h"
#include "models/ledgermodel.h"
#include "models/publicationtablemodel.h"
#include "review/inboxmodel.h"
#include "review/inboxview.h"
#include "review/reviewactions.h"
#include "review/reviewworkflow.h"
#include "review/findingspanel.h"
#include "ledger/attachmentlist.h"
#include "review/overridereasondialog.h"
#include "admin/wordlistdialog.h"
#include "storage/wordlistrepository.h"
#include "review/sendbackdialog.h"
#include "review/signdialog.h"

#include "review/authservice.h"
#include "review/itemservice.h"
#include "storage/database.h"
#include "review/reviewservice.h"
#include "storage/itemrepository.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QMenu>
#include <QStatusBar>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QApplication>

using namespace gongkai;
using namespace gongkai::test;
using gongkai::ui::InboxView;
using gongkai::ui::ItemDetailsView;
using gongkai::ui::ItemDialog;
using gongkai::ui::PublicationTableModel;
using gongkai::ui::ReviewActions;
using gongkai::ui::SendBackDialog;
using gongkai::ui::SignDialog;
using gongkai::ui::OverrideReasonDialog;
using gongkai::ui::WordListDialog;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

void clickOk(QWidget* dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

void closeMessageBoxes()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        if (qobject_cast<QMessageBox*>(w) || w->objectName() == QLatin1String("reviewHistoryDialog"))
            w->close();
    }
}

/// Signs through the dialog: the password typed, the opinion and a comment chosen, OK clicked.
void sign(SignDialog* dialog, const QString& password, const QString& comment = {})
{
    auto* pw = child<QLineEdit>(dialog, "passwordEdit");
    pw->clear();
    QTest::keyClicks(pw, password);
    if (!comment.isEmpty()) {
        auto* edit = child<QPlainTextEdit>(dialog, "commentEdit");
        edit->clear();
        typeText(edit, comment);
    }
    clickOk(dialog);
}

QString pw()
{
    return ReviewOffice::password();
}

} // namespace

/// The review workflow in the GUI: submit, the inbox, signing with the password again, send back,
/// the history, and publications only after the review; on SQLite and PostgreSQL.
class TestReviewFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void cleanup() { closeMessageBoxes(); }

    void authorSubmitsAndTwoSignersApprove()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Session author = ReviewOffice::login(t.db(), QStringLiteral("zhangwei"));

        // The author writes the item in the dialog: publications wait for the review.
        ItemDialog create(t.db());
        create.setSession(author);
        create.show();
        QVERIFY(QTest::qWaitForWindowExposed(&create));
        QCOMPARE(child<QComboBox>(&create, "authorCombo")->currentData().toLongLong(), o.seed.author);
        QVERIFY(!create.canRecordPublications());
        QVERIFY(!child<QPushButton>(&create, "addPublicationButton")->isEnabled());
        QVERIFY(child<QLabel>(&create, "publicationsHintLabel")->isVisible());
        typeText(child<QLineEdit>(&create, "titleEdit"), QStringLiteral("关于2024年预算公开的说明"));
        auto* category = child<QComboBox>(&create, "categoryCombo");
        category->setCurrentIndex(category->findData(o.seed.policy));
        typeText(child<QPlainTextEdit>(&create, "summaryEdit"), QStringLiteral("部门预算及说明。"));
        screenshot(&create, QStringLiteral("itemdialog-unreviewed"));
        clickOk(&create);
        QCOMPARE(create.result(), int(QDialog::Accepted));
        const qint64 id = create.savedItem().id;
        QVERIFY(id > 0);
        QCOMPARE(ItemRepository(t.db()).get(id)->authorId, o.seed.author);

        // Submitting: only the author's action is enabled.
        QWidget window;
        ReviewActions authorActions(t.db(), &window);
        authorActions.setSession(author);
        authorActions.setCurrentItem(id);
        QVERIFY(authorActions.submitAction()->isEnabled());
        QVERIFY(!authorActions.approveAction()->isEnabled());
        QVERIFY(!authorActions.approveAction()->toolTip().isEmpty());
        QVERIFY(!authorActions.recallAction()->isEnabled());
        QSignalSpy reviewChanged(&authorActions, &ReviewActions::reviewChanged);
        authorActions.submitAction()->trigger();
        QCOMPARE(reviewChanged.size(), 1);
        QCOMPARE(ItemRepository(t.db()).get(id)->status, ItemStatus::UnderReview);
        QVERIFY(!authorActions.submitAction()->isEnabled());
        QVERIFY(authorActions.submitAction()->toolTip().contains(QLatin1String("under review")));
        QVERIFY(authorActions.recallAction()->isEnabled());

        // The item is frozen now: the dialog opens read-only and says why.
        ItemDialog frozen(t.db(), ItemRepository(t.db()).get(id));
        frozen.setSession(author);
        QVERIFY(frozen.isReadOnly());
        QVERIFY(frozen.readOnlyReason().contains(QLatin1String("under review")));

        // The section chief's inbox shows it.
        const Session chief = ReviewOffice::login(t.db(), QStringLiteral("lina"));
        InboxView inbox;
        inbox.setDatabase(&t.db());
        inbox.setSession(chief);
        QCOMPARE(inbox.count(), 1);
        QVERIFY(inbox.title().contains(QLatin1String("(1)")));
        QVERIFY(inbox.signInNotice().contains(QLatin1Char('1')));
        QCOMPARE(inbox.model()->entries().at(0).itemId, id);
        QCOMPARE(inbox.model()->entries().at(0).authorName, QStringLiteral("张伟"));

        ReviewActions chiefActions(t.db(), &window);
        chiefActions.setSession(chief);
        chiefActions.setCurrentItem(id);
        QVERIFY(chiefActions.approveAction()->isEnabled());
        QVERIFY(chiefActions.sendBackAction()->isEnabled());
        QVERIFY(!chiefActions.submitAction()->isEnabled());

        // A double-click in the inbox opens the sign dialog for that entry.
        SignDialog* dialog = nullptr;
        connect(&inbox, &InboxView::signRequested, &chiefActions,
                [&](const InboxEntry& e) { dialog = chiefActions.approveEntry(e); });
        QSignalSpy inboxCount(&inbox, &InboxView::countChanged);
        connect(&chiefActions, &ReviewActions::reviewChanged, &inbox, &InboxView::refresh);
        inbox.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inbox));
        QTableView* table = inbox.table();
        const QRect cell = table->visualRect(table->model()->index(0, 1));
        // A double-click is a press and release, then the double-click (Qt 6 sends only the latter).
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLabel>(dialog, "titleValue")->text(), QStringLiteral("关于2024年预算公开的说明"));
        QVERIFY(child<QLabel>(dialog, "stepLabel")->text().contains(QStringLiteral("科室负责人初审")));
        QCOMPARE(child<QComboBox>(dialog, "opinionCombo")->count(), 3);
        screenshot(dialog, QStringLiteral("signdialog"));

        // A wrong password is refused and the dialog stays open.
        sign(dialog, QStringLiteral("wrong password"));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorText().isEmpty());
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
        QCOMPARE(ReviewService::load(t.db(), id).openRound()->nextStep, 0);

        QPointer<SignDialog> guard(dialog);
        sign(dialog, pw(), QStringLiteral("数据已核对"));
        QVERIFY(guard.isNull() || !guard->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return guard.isNull(); }));
        {
            const ReviewStatus s = ReviewService::load(t.db(), id);
            QCOMPARE(s.openRound()->nextStep, 1);
            QCOMPARE(s.openRound()->signatures.at(0).signerName, QStringLiteral("李娜"));
            QCOMPARE(s.openRound()->signatures.at(0).comment, QStringLiteral("数据已核对"));
        }
        QCOMPARE(inbox.count(), 0);
        QVERIFY(!inboxCount.isEmpty());
        QVERIFY(!chiefActions.approveAction()->isEnabled());

        // Publications still wait: the round is not approved yet.
        QVERIFY(!ItemDialog(t.db(), ItemRepository(t.db()).get(id)).canRecordPublications());

        // The leader in charge signs step 2: the item is approved.
        const Session leader = ReviewOffice::login(t.db(), QStringLiteral("zhaoli"));
        ReviewActions leaderActions(t.db(), &window);
        leaderActions.setSession(leader);
        leaderActions.setCurrentItem(id);
        QVERIFY(leaderActions.approveAction()->isEnabled());
        SignDialog* second = leaderActions.approve(id);
        QVERIFY(second);
        QVERIFY(child<QLabel>(second, "stepLabel")->text().contains(QStringLiteral("分管领导审核")));
        sign(second, pw());
        QCOMPARE(ItemRepository(t.db()).get(id)->status, ItemStatus::Approved);

        // Now the author can record the publication.
        ItemDialog publish(t.db(), ItemRepository(t.db()).get(id));
        publish.setSession(author);
        publish.show();
        QVERIFY(QTest::qWaitForWindowExposed(&publish));
        QVERIFY(!publish.isReadOnly());
        QVERIFY(publish.canRecordPublications());
        QVERIFY(!child<QLabel>(&publish, "publicationsHintLabel")->isVisible());
        QTest::mouseClick(child<QPushButton>(&publish, "addPublicationButton"), Qt::LeftButton);
        QAbstractItemModel* pubs = child<QTableView>(&publish, "publicationsTable")->model();
        pubs->setData(pubs->index(0, PublicationTableModel::ChannelColumn), o.seed.portal);
        pubs->setData(pubs->index(0, PublicationTableModel::DateColumn), QDate::currentDate());
        clickOk(&publish);
        QCOMPARE(publish.result(), int(QDialog::Accepted));
        const Item published = *ItemRepository(t.db()).get(id);
        QCOMPARE(published.status, ItemStatus::Published);
        QCOMPARE(published.publications.size(), 1);

        // The history names the signers, in the details pane too.
        ItemDetailsView details;
        details.setDatabase(&t.db());
        details.showItem(id);
        const QString history = child<QLabel>(&details, "detailsReview")->text();
        QVERIFY2(history.contains(QStringLiteral("李娜")), qPrintable(history));
        QVERIFY(history.contains(QStringLiteral("赵丽")));
        QVERIFY(history.contains(QStringLiteral("数据已核对")));
        QVERIFY(!history.contains(QLatin1String("No longer valid")));
        authorActions.setCurrentItem(id);
        QVERIFY(authorActions.historyAction()->isEnabled());
        authorActions.historyAction()->trigger();
        QVERIFY(window.findChild<QDialog*>(QStringLiteral("reviewHistoryDialog")));
    }

    void sendBackNeedsAReasonAndReturnsTheItem()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Session author = ReviewOffice::login(t.db(), QStringLiteral("zhangwei"));
        const qint64 id = o.draft(t.db(), QStringLiteral("关于调整办事指南的通知")).id;
        QWidget window;
        ReviewActions authorActions(t.db(), &window);
        authorActions.setSession(author);
        QVERIFY(authorActions.submit(id));

        const Session chief = ReviewOffice::login(t.db(), QStringLiteral("lina"));
        ReviewActions chiefActions(t.db(), &window);
        chiefActions.setSession(chief);
        SendBackDialog* dialog = chiefActions.sendBack(id);
        QVERIFY(dialog);
        screenshot(dialog, QStringLiteral("sendbackdialog"));
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), pw());
        clickOk(dialog);
        QVERIFY(dialog->isVisible()); // no reason given
        QVERIFY(dialog->errorText().contains(QLatin1String("why")));
        typeText(child<QPlainTextEdit>(dialog, "reasonEdit"), QStringLiteral("文号有误"));
        clickOk(dialog);
        QCOMPARE(ItemRepository(t.db()).get(id)->status, ItemStatus::Rejected);

        const ReviewStatus s = ReviewService::load(t.db(), id);
        QVERIFY(s.rounds.at(0).sendBack);
        QCOMPARE(s.rounds.at(0).sendBack->reason, QStringLiteral("文号有误"));
        ItemDetailsView details;
        details.setDatabase(&t.db());
        details.showItem(id);
        QVERIFY(child<QLabel>(&details, "detailsReview")->text().contains(QStringLiteral("文号有误")));

        // The author revises and may submit again; the dialog is editable again.
        authorActions.setCurrentItem(id);
        QVERIFY(authorActions.submitAction()->isEnabled());
        ItemDialog edit(t.db(), ItemRepository(t.db()).get(id));
        edit.setSession(author);
        QVERIFY(!edit.isReadOnly());
    }

    void highFindingsAskForAReason()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Session author = ReviewOffice::login(t.db(), QStringLiteral("zhangwei"));
        Item item = o.draft(t.db(), QStringLiteral("关于调整办事指南的通知"));
        item.body = QStringLiteral("秘密★1年\n联系人手机13812345678");
        ItemRepository(t.db()).update(item);

        // The item dialog lists the findings and marks them in the body as the user types.
        ItemDialog edit(t.db(), ItemRepository(t.db()).get(item.id));
        edit.setSession(author);
        auto* findings = edit.findChild<gongkai::ui::FindingsPanel*>(QStringLiteral("findingsPanel"));
        QVERIFY(findings);
        QTRY_COMPARE(findings->topLevelItemCount(), 2);
        QCOMPARE(findings->result().highCount(), 2);
        auto* body = child<QPlainTextEdit>(&edit, "bodyEdit");
        QCOMPARE(body->extraSelections().size(), 2);
        auto* summary = child<QPlainTextEdit>(&edit, "summaryEdit");
        summary->setPlainText(QStringLiteral("原国家计划委员会文件"));
        QTRY_COMPARE(findings->topLevelItemCount(), 3);
        QCOMPARE(summary->extraSelections().size(), 1);

        QWidget window;
        ReviewActions actions(t.db(), &window);
        actions.setSession(author);
        int asked = 0;
        std::optional<QString> answer;
        qint64 askedFor = 0;
        qsizetype highShown = 0;
        actions.setReasonAsker([&](qint64 id, const ItemScreeningResult& r) -> std::optional<QString> {
            ++asked;
            askedFor = id;
            highShown = r.highCount();
            return answer;
        });
        QVERIFY(!actions.submit(item.id)); // cancelled
        QCOMPARE(asked, 1);
        QCOMPARE(askedFor, item.id);
        QCOMPARE(highShown, 2);
        QCOMPARE(ItemRepository(t.db()).get(item.id)->status, ItemStatus::Draft);
        answer = QStringLiteral("原件标志，经保密办同意保留");
        QVERIFY(actions.submit(item.id));
        QCOMPARE(asked, 2);
        const ReviewStatus s = ReviewService::load(t.db(), item.id);
        QCOMPARE(s.rounds.at(0).overrideReason, *answer);
        ItemDetailsView details;
        details.setDatabase(&t.db());
        details.showItem(item.id);
        QVERIFY(child<QLabel>(&details, "detailsReview")->text().contains(*answer));

        // The dialog itself: OK only with a reason.
        OverrideReasonDialog dialog(item.id, ItemScreening(WordList()).screen(item));
        auto* ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        dialog.setReason(QStringLiteral("理由"));
        QVERIFY(ok->isEnabled());
    }

    void attachmentsAreScreenedAndShownToSigners()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Session author = ReviewOffice::login(t.db(), QStringLiteral("zhangwei"));
        Item item = o.draft(t.db(), QStringLiteral("关于表彰先进个人的通报"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("名单.txt"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("获奖人员名单\n张三 联系电话13812345678\n").toUtf8());
        }

        // The item editor: attaching a file screens it and lists its findings under its name.
        ItemDialog edit(t.db(), ItemRepository(t.db()).get(item.id));
        edit.setSession(author);
        auto* findings = edit.findChild<gongkai::ui::FindingsPanel*>(QStringLiteral("findingsPanel"));
        QVERIFY(findings);
        auto* list = edit.findChild<gongkai::ui::AttachmentList*>(QStringLiteral("attachmentList"));
        QVERIFY(list);
        bool told = false;
        QTimer::singleShot(50, [&] { // the .pdf is refused with a message
            told = QApplication::activeModalWidget() != nullptr;
            closeMessageBoxes();
        });
        list->addFiles({path, dir.filePath(QStringLiteral("missing.pdf"))});
        QVERIFY(told);
        QCOMPARE(list->attachments().size(), 1);
        QTRY_COMPARE(findings->topLevelItemCount(), 1);
        QVERIFY(findings->topLevelItem(0)->text(0).contains(QStringLiteral("名单.txt")));
        QCOMPARE(findings->result().highCount(), 1);
        edit.setSaveFunction([&](Item& i) { ItemService(t.db()).update(author, i); });
        clickOk(&edit);
        QCOMPARE(edit.result(), int(QDialog::Accepted));
        const Item stored = *ItemRepository(t.db()).get(item.id);
        QCOMPARE(stored.attachments.size(), 1);
        QCOMPARE(stored.attachments.at(0).fileName, QStringLiteral("名单.txt"));

        // Submitted with a reason; the signer sees the findings, the file and the reason.
        const QString reason = QStringLiteral("号码为单位值班电话");
        ReviewService(t.db()).submit(author, item.id, reason);
        QWidget window;
        ReviewActions chief(t.db(), &window);
        chief.setSession(ReviewOffice::login(t.db(), QStringLiteral("lina")));
        SignDialog* dialog = chief.approve(item.id);
        QVERIFY(dialog);
        QPointer<SignDialog> guard(dialog);
        auto* shown = dialog->findChild<gongkai::ui::FindingsPanel*>();
        QVERIFY(shown);
        QCOMPARE(shown->topLevelItemCount(), 1);
        QVERIFY(shown->topLevelItem(0)->text(0).contains(QStringLiteral("名单.txt")));
        QVERIFY(child<QLabel>(dialog, "overrideReasonLabel")->text().contains(reason));
        QVERIFY(child<QLabel>(dialog, "attachmentsLabel")->text().contains(QStringLiteral("名单.txt")));
        QVERIFY(child<QLabel>(dialog, "findingsSummary")->text().contains(QStringLiteral("1")));
        screenshot(dialog, QStringLiteral("sign-findings"));
        dialog->reject();
        delete guard.data();
        // The details pane lists the file too.
        ItemDetailsView details;
        details.setDatabase(&t.db());
        details.showItem(item.id);
        QCOMPARE(child<QLabel>(&details, "detailsAttachments")->text(), QStringLiteral("名单.txt"));
    }

    void wordListDialogEditsAndImports()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        const Session admin = ReviewOffice::login(t.db(), QStringLiteral("admin"));
        WordListDialog dialog(t.db(), admin);
        const WordList before = dialog.listFromTable();
        QCOMPARE(before.size(), WordList::defaultList().size());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("新增词\t更正词\thigh\n").toUtf8());
        f.close();
        QVERIFY(dialog.importFile(path));
        QVERIFY(!dialog.importFile(dir.filePath(QStringLiteral("missing.txt"))));
        QVERIFY(!dialog.errorText().isEmpty());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const WordList stored = WordListRepository(t.db()).list();
        QCOMPARE(stored.size(), before.size() + 1);
        QCOMPARE(stored.find(QStringLiteral("新增词"))->severity, Severity::High);

        // An author may open it (read) but not save.
        WordListDialog other(t.db(), ReviewOffice::login(t.db(), QStringLiteral("zhangwei")));
        other.showList(WordList());
        other.accept();
        QVERIFY(!other.errorText().isEmpty());
        QCOMPARE(WordListRepository(t.db()).list().size(), stored.size());
    }

    void aLostRaceNamesTheWinner()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const qint64 id = o.draft(t.db(), QStringLiteral("关于公布收费目录的通知")).id;
        ReviewService(t.db()).submit(ReviewOffice::login(t.db(), QStringLiteral("zhangwei")), id);

        QWidget window;
        ReviewActions late(t.db(), &window);
        late.setSession(ReviewOffice::login(t.db(), QStringLiteral("zhouping")));
        SignDialog* dialog = late.approve(id);
        QVERIFY(dialog);
        // Meanwhile the other section chief signs first.
        ReviewService(t.db()).approve(ReviewOffice::login(t.db(), QStringLiteral("lina")), id, pw(),
                                      ReviewOpinion::Disclose, QString());
        sign(dialog, pw());
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->errorText().contains(QStringLiteral("李娜")), qPrintable(dialog->errorText()));
        QVERIFY(!child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
        dialog->close();
    }

    void mainWindowShowsTheInboxAndReviewMenu()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const qint64 id = o.draft(t.db(), QStringLiteral("关于公布办事流程的通知")).id;
        ReviewService(t.db()).submit(ReviewOffice::login(t.db(), QStringLiteral("zhangwei")), id);

        ui::MainWindow w;
        w.setSignInPrompts(false);
        auto db = Database::open(t.location(), qEnvironmentVariable("GONGKAI_DB_PASSWORD"));
        const Session chief = AuthService(*db).login(QStringLiteral("lina"), pw());
        w.setDatabase(std::move(db), chief);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* workflow = w.findChild<ui::ReviewWorkflow*>();
        QVERIFY(workflow);
        QVERIFY(workflow->actions());
        QVERIFY(w.reviewMenu()->actions().contains(workflow->actions()->approveAction()));
        QVERIFY(workflow->inboxDock()->isVisible());
        QVERIFY2(workflow->inboxDock()->windowTitle().contains(QLatin1String("(1)")),
                 qPrintable(workflow->inboxDock()->windowTitle()));
        QVERIFY(w.statusBar()->currentMessage().contains(QLatin1String("wait for your signature")));
        auto* count = w.findChild<QLabel*>(QStringLiteral("inboxCountLabel"));
        QVERIFY(count && count->text().contains(QLatin1Char('1')));
        QTRY_VERIFY(w.ledgerView()->selectItem(id));
        QTRY_COMPARE(workflow->actions()->currentItem(), id);
        QVERIFY(workflow->actions()->approveAction()->isEnabled());
        screenshot(&w, QStringLiteral("mainwindow-inbox"));

        SignDialog* dialog = workflow->actions()->approve(id);
        QVERIFY(dialog);
        sign(dialog, pw());
        QTRY_VERIFY(workflow->inboxDock()->windowTitle().contains(QLatin1String("(0)")));
        QVERIFY(!workflow->actions()->approveAction()->isEnabled());

        // An author has the Review menu but no inbox.
        auto db2 = Database::open(t.location(), qEnvironmentVariable("GONGKAI_DB_PASSWORD"));
        const Session author = AuthService(*db2).login(QStringLiteral("liming"), pw());
        w.setDatabase(std::move(db2), author);
        QVERIFY(workflow->actions());
        QVERIFY(!workflow->inboxDock()->isVisible());
    }

    void paperReviewAllowsPublicationsOnHistoricalItems()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Session author = ReviewOffice::login(t.db(), QStringLiteral("zhangwei"));
        const Item draft = o.draft(t.db(), QStringLiteral("2024年工作要点"));
        ItemDialog dialog(t.db(), draft);
        dialog.setSession(author);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.canRecordPublications());
        typeText(child<QLineEdit>(&dialog, "paperReviewEdit"), QStringLiteral("李娜 2024-03-01；王强 2024-03-02"));
        QVERIFY(dialog.canRecordPublications());
        QVERIFY(child<QPushButton>(&dialog, "addPublicationButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(&dialog, "addPublicationButton"), Qt::LeftButton);
        QAbstractItemModel* pubs = child<QTableView>(&dialog, "publicationsTable")->model();
        pubs->setData(pubs->index(0, PublicationTableModel::ChannelColumn), o.seed.portal);
        pubs->setData(pubs->index(0, PublicationTableModel::DateColumn), QDate(2024, 3, 5));
        screenshot(&dialog, QStringLiteral("itemdialog-paper"));
        clickOk(&dialog);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(child<QLabel>(&dialog, "messageLabel")->text()));
        const Item stored = *ItemRepository(t.db()).get(draft.id);
        QCOMPARE(stored.paperReview, QStringLiteral("李娜 2024-03-01；王强 2024-03-02"));
        QCOMPARE(stored.status, ItemStatus::Published);

        // Recorded once: shown read-only afterwards, and in the details pane.
        ItemDialog again(t.db(), stored);
        again.setSession(author);
        QVERIFY(child<QLineEdit>(&again, "paperReviewEdit")->isReadOnly());
        ItemDetailsView details;
        details.setDatabase(&t.db());
        details.showItem(draft.id);
        QVERIFY(child<QLabel>(&details, "detailsReview")->text().contains(QStringLiteral("王强 2024-03-02")));

        // The ledger marks it wherever it appears: status text, icon and tooltip.
        ui::LedgerModel ledger(t.db());
        QTRY_COMPARE(ledger.rowCount(), 1);
        const QModelIndex status = ledger.index(0, ui::LedgerModel::StatusColumn);
        QVERIFY2(status.data().toString().contains(QLatin1String("on paper")), qPrintable(status.data().toString()));
        QVERIFY(status.data(Qt::ToolTipRole).toString().contains(QStringLiteral("李娜 2024-03-01")));
        QVERIFY(!status.data(Qt::DecorationRole).isNull());
        QCOMPARE(status.data(ui::LedgerModel::PaperReviewRole).toString(), stored.paperReview);
    }
};

QTEST_MAIN(TestReviewFlow)
#include "test_reviewflow.moc"
