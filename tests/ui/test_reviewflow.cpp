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
#include "review/attestpaperreviewdialog.h"
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
#include "storage/reviewrepository.h"

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
using gongkai::ui::AttestPaperReviewDialog;
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
        ItemDialog create(t.db(), author);
        create.show();
        QVERIFY(QTest::qWaitForWindowExposed(&create));
        QCOMPARE(child<QComboBox>(&create, "authorCombo")->currentData().toLongLong(), o.seed.author);
        QVERIFY(!create.isPublicationEditorOffered());
        QVERIFY(!child<QPushButton>(&create, "addPublicationButton")->isVisible());
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
        ReviewActions authorActions(t.db(), author, &window);
        authorActions.setCurrentItem(id);
        QVERIFY(authorActions.submitAction()->isEnabled());
        QVERIFY(!authorActions.approveAction()->isEnabled());
        QVERIFY(!authorActions.approveAction()->toolTip().isEmpty());
        QVERIFY(!authorActions.recallAction()->isEnabled());
        QVERIFY(!authorActions.attestAction()->isVisible()); // authors never attest
        QSignalSpy message(&authorActions, &ReviewActions::message);
        authorActions.submitAction()->trigger();
        QCOMPARE(message.size(), 1);
        QCOMPARE(ItemRepository(t.db()).get(id)->status, ItemStatus::UnderReview);
        QVERIFY(!authorActions.submitAction()->isEnabled());
        QVERIFY(authorActions.submitAction()->toolTip().contains(QLatin1String("under review")));
        QVERIFY(authorActions.recallAction()->isEnabled());

        // The item is frozen now: its content opens read-only and says why.
        ItemDialog frozen(t.db(), author, ItemRepository(t.db()).get(id));
        QVERIFY(!frozen.isContentEditable());
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

        ReviewActions chiefActions(t.db(), chief, &window);
        chiefActions.setCurrentItem(id);
        QVERIFY(chiefActions.approveAction()->isEnabled());
        QVERIFY(chiefActions.sendBackAction()->isEnabled());
        QVERIFY(!chiefActions.submitAction()->isEnabled());

        // A double-click in the inbox opens the sign dialog for that entry.
        SignDialog* dialog = nullptr;
        connect(&inbox, &InboxView::signRequested, &chiefActions,
                [&](const InboxEntry& e) { dialog = chiefActions.approveEntry(e); });
        // The inbox follows the change events: nothing connects it to the actions.
        QSignalSpy inboxCount(&inbox, &InboxView::countChanged);
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
        QVERIFY(!ItemDialog(t.db(), author, ItemRepository(t.db()).get(id)).isPublicationEditorOffered());

        // The leader in charge signs step 2: the item is approved.
        const Session leader = ReviewOffice::login(t.db(), QStringLiteral("zhaoli"));
        ReviewActions leaderActions(t.db(), leader, &window);
        leaderActions.setCurrentItem(id);
        QVERIFY(leaderActions.approveAction()->isEnabled());
        SignDialog* second = leaderActions.approve(id);
        QVERIFY(second);
        QVERIFY(child<QLabel>(second, "stepLabel")->text().contains(QStringLiteral("分管领导审核")));
        sign(second, pw());
        QCOMPARE(ItemRepository(t.db()).get(id)->status, ItemStatus::Approved);

        // Now the author can record the publication, dated today.
        ItemDialog publish(t.db(), author, ItemRepository(t.db()).get(id));
        publish.show();
        QVERIFY(QTest::qWaitForWindowExposed(&publish));
        QVERIFY(!publish.isReadOnly());
        QVERIFY(publish.isPublicationEditorOffered());
        QVERIFY(!child<QLabel>(&publish, "publicationsHintLabel")->isVisible());
        QTest::mouseClick(child<QPushButton>(&publish, "addPublicationButton"), Qt::LeftButton);
        QAbstractItemModel* pubs = child<QTableView>(&publish, "publicationsTable")->model();
        pubs->setData(pubs->index(0, PublicationTableModel::ChannelColumn), o.seed.portal);
        QCOMPARE(pubs->index(0, PublicationTableModel::DateColumn).data(Qt::EditRole).toDate(), QDate::currentDate());
        clickOk(&publish);
        QCOMPARE(publish.result(), int(QDialog::Accepted));
        const Item published = *ItemRepository(t.db()).get(id);
        QCOMPARE(published.status, ItemStatus::Published);
        QCOMPARE(published.publications.size(), 1);

        // The history names the signers, in the details pane too.
        ItemDetailsView details;
        details.setSession(&t.db(), author);
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
        ReviewActions authorActions(t.db(), author, &window);
        QVERIFY(authorActions.submit(id));

        const Session chief = ReviewOffice::login(t.db(), QStringLiteral("lina"));
        ReviewActions chiefActions(t.db(), chief, &window);
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
        details.setSession(&t.db(), chief);
        details.showItem(id);
        QVERIFY(child<QLabel>(&details, "detailsReview")->text().contains(QStringLiteral("文号有误")));

        // The author revises and may submit again; the dialog is editable again.
        authorActions.setCurrentItem(id);
        QVERIFY(authorActions.submitAction()->isEnabled());
        ItemDialog edit(t.db(), author, ItemRepository(t.db()).get(id));
        QVERIFY(edit.isContentEditable());
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
        ItemDialog edit(t.db(), author, ItemRepository(t.db()).get(item.id));
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
        ReviewActions actions(t.db(), author, &window);
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
        details.setSession(&t.db(), author);
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
        ItemDialog edit(t.db(), author, ItemRepository(t.db()).get(item.id));
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
        edit.setSaveFunction([&](Item& i, ItemDialog::SaveMode mode, const QString& reason) {
            QCOMPARE(mode, ItemDialog::SaveMode::Item);
            ItemService(t.db()).update(author, i, reason);
        });
        clickOk(&edit);
        QCOMPARE(edit.result(), int(QDialog::Accepted));
        const Item stored = *ItemRepository(t.db()).get(item.id);
        QCOMPARE(stored.attachments.size(), 1);
        QCOMPARE(stored.attachments.at(0).fileName, QStringLiteral("名单.txt"));

        // Submitted with a reason; the signer sees the findings, the file and the reason.
        const QString reason = QStringLiteral("号码为单位值班电话");
        ReviewService(t.db()).submit(author, item.id, reason);
        QWidget window;
        ReviewActions chief(t.db(), ReviewOffice::login(t.db(), QStringLiteral("lina")), &window);
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
        details.setSession(&t.db(), chief.session());
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
        ReviewActions late(t.db(), ReviewOffice::login(t.db(), QStringLiteral("zhouping")), &window);
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

    void signerAttestsAPaperReview()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Session author = ReviewOffice::login(t.db(), QStringLiteral("zhangwei"));
        const Session signer = ReviewOffice::login(t.db(), QStringLiteral("zhouping"));
        const Item draft = o.draft(t.db(), QStringLiteral("2024年工作要点"));
        QWidget window;

        // The author is not offered the action at all; nor the button in the details pane.
        ReviewActions authorActions(t.db(), author, &window);
        authorActions.setCurrentItem(draft.id);
        QVERIFY(!authorActions.attestAction()->isVisible());
        QVERIFY(!authorActions.attestAction()->isEnabled());
        QVERIFY(!authorActions.attestPaperReview(draft.id)); // refused with core's reason
        closeMessageBoxes();
        ItemDetailsView authorDetails;
        authorDetails.setSession(&t.db(), author);
        authorDetails.showItem(draft.id);
        QVERIFY(!child<QPushButton>(&authorDetails, "detailsAttestButton")->isVisibleTo(&authorDetails));

        // A signer (section chief and leader in charge) is.
        ReviewActions actions(t.db(), signer, &window);
        actions.setCurrentItem(draft.id);
        QVERIFY(actions.attestAction()->isVisible());
        QVERIFY(actions.attestAction()->isEnabled());
        ItemDetailsView details;
        details.setSession(&t.db(), signer);
        details.showItem(draft.id);
        auto* attestButton = child<QPushButton>(&details, "detailsAttestButton");
        QVERIFY(attestButton->isVisibleTo(&details));
        QSignalSpy requested(&details, &ItemDetailsView::attestPaperReviewRequested);
        attestButton->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.at(0).at(0).toLongLong(), draft.id);

        AttestPaperReviewDialog* dialog = actions.attestPaperReview(draft.id);
        QVERIFY(dialog);
        QPointer<AttestPaperReviewDialog> guard(dialog);
        QCOMPARE(child<QLabel>(dialog, "titleValue")->text(), draft.title);
        QVERIFY(child<QLabel>(dialog, "statementLabel")->text().contains(QStringLiteral("周平")));
        typeText(child<QLineEdit>(dialog, "formRefEdit"), QStringLiteral("审查单 2024-17"));
        typeText(child<QPlainTextEdit>(dialog, "reviewersEdit"), QStringLiteral("李娜 2024-03-01；王强 2024-03-02"));
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), QStringLiteral("wrong password"));
        screenshot(dialog, QStringLiteral("attestdialog"));

        // A wrong password: the dialog stays open with the message, nothing is written.
        clickOk(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->errorText().isEmpty());
        QVERIFY(child<QLabel>(dialog, "errorLabel")->isVisible());
        QVERIFY(child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty());
        QVERIFY(!ReviewRepository(t.db()).paperReview(draft.id));
        QCOMPARE(ItemRepository(t.db()).get(draft.id)->status, ItemStatus::Draft);
        screenshot(dialog, QStringLiteral("attestdialog-wrongpassword"));

        // The form is required: marked at its field, still nothing written.
        child<QLineEdit>(dialog, "formRefEdit")->clear();
        QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), pw());
        clickOk(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(isMarked(child<QLineEdit>(dialog, "formRefEdit")));
        QVERIFY(!ReviewRepository(t.db()).paperReview(draft.id));

        // Right: recorded, the item is 已审核, the dialog closes.
        typeText(child<QLineEdit>(dialog, "formRefEdit"), QStringLiteral("审查单 2024-17"));
        if (child<QLineEdit>(dialog, "passwordEdit")->text().isEmpty())
            QTest::keyClicks(child<QLineEdit>(dialog, "passwordEdit"), pw());
        clickOk(dialog);
        QVERIFY(guard.isNull() || !guard->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return guard.isNull(); }));
        QCOMPARE(ItemRepository(t.db()).get(draft.id)->status, ItemStatus::Approved);
        const std::optional<PaperReview> paper = ReviewRepository(t.db()).paperReview(draft.id);
        QVERIFY(paper);
        QCOMPARE(paper->attestedBy, signer.userId());
        QCOMPARE(paper->formRef, QStringLiteral("审查单 2024-17"));
        QVERIFY(!actions.attestAction()->isEnabled()); // once

        // The details show who attested it, without being told: they follow the change events.
        const QString status = child<QLabel>(&details, "detailsReview")->text();
        QVERIFY2(status.contains(QStringLiteral("周平")), qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("审查单 2024-17")));
        QVERIFY(status.contains(QStringLiteral("王强 2024-03-02")));
        QVERIFY(!attestButton->isVisibleTo(&details));
        authorDetails.showItem(draft.id);
        QVERIFY(child<QLabel>(&authorDetails, "detailsReview")->text().contains(paper->describe().toHtmlEscaped()));
        screenshot(&details, QStringLiteral("details-attested"));

        // The author can publish it now.
        ItemDialog dialogAsAuthor(t.db(), author, ItemRepository(t.db()).get(draft.id));
        QVERIFY(dialogAsAuthor.isPublicationEditorOffered());

        // The ledger marks it wherever it appears: status text, icon and the attester in the tooltip.
        ui::LedgerModel ledger(t.db());
        QTRY_COMPARE(ledger.rowCount(), 1);
        const QModelIndex cell = ledger.index(0, ui::LedgerModel::StatusColumn);
        QVERIFY2(cell.data().toString().contains(QLatin1String("on paper")), qPrintable(cell.data().toString()));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(QStringLiteral("周平")));
        QVERIFY(!cell.data(Qt::DecorationRole).isNull());
        QCOMPARE(cell.data(ui::LedgerModel::PaperReviewRole).toString(), paper->describe());
    }

    void viewsFollowChangesMadeThroughServices()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Item item = o.draft(t.db(), QStringLiteral("关于公布办事流程的通知"));
        const Session chief = ReviewOffice::login(t.db(), QStringLiteral("lina"));
        InboxView inbox;
        inbox.setDatabase(&t.db());
        inbox.setSession(chief);
        ui::LedgerModel ledger(t.db());
        QTRY_COMPARE(ledger.rowCount(), 1);
        ItemDetailsView details;
        details.setSession(&t.db(), chief);
        details.showItem(item.id);
        QCOMPARE(inbox.count(), 0);

        // Another session on the same database: the author submits, changes, recalls.
        const Session author = ReviewOffice::login(t.db(), QStringLiteral("zhangwei"));
        ReviewService(t.db()).submit(author, item.id);
        QCOMPARE(inbox.count(), 1);
        QCOMPARE(inbox.model()->entries().at(0).itemId, item.id);
        QCOMPARE(ledger.data(ledger.index(0, ui::LedgerModel::StatusColumn)).toString(),
                 statusDisplayName(ItemStatus::UnderReview));
        QVERIFY(child<QLabel>(&details, "detailsReview")->text().contains(QStringLiteral("Round 1")));

        ReviewService(t.db()).recall(author, item.id);
        QCOMPARE(inbox.count(), 0);
        Item changed = *ItemService(t.db()).item(author, item.id);
        changed.title = QStringLiteral("关于公布办事流程的通知（修订）");
        ItemService(t.db()).update(author, changed);
        QCOMPARE(ledger.data(ledger.index(0, ui::LedgerModel::TitleColumn)).toString(), changed.title);
        QCOMPARE(child<QLabel>(&details, "detailsTitle")->text(), changed.title);
        ReviewService(t.db()).submit(author, item.id);
        QCOMPARE(inbox.count(), 1);
        QCOMPARE(inbox.model()->entries().at(0).title, changed.title);
    }
};

QTEST_MAIN(TestReviewFlow)
#include "test_reviewflow.moc"
