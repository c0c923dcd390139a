#include "reviewoffice.h"
#include "seed.h"
#include "testdatabase.h"
#include "uitesthelpers.h"

#include "ledger/attachmentlist.h"
#include "ledger/itemactions.h"
#include "ledger/itemdialog.h"
#include "models/publicationtablemodel.h"
#include "models/submissiontablemodel.h"

#include "review/itemservice.h"
#include "review/reviewservice.h"
#include "storage/auditlog.h"
#include "storage/itemrepository.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace gongkai;
using namespace gongkai::test;
using gongkai::ui::ItemActions;
using gongkai::ui::ItemDialog;
using gongkai::ui::PublicationTableModel;
using gongkai::ui::SubmissionTableModel;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

void selectData(QWidget* dialog, const char* combo, qint64 id)
{
    auto* c = child<QComboBox>(dialog, combo);
    c->setCurrentIndex(c->findData(id));
}

void clickOk(QWidget* dialog)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
}

void retitle(QWidget* dialog, const QString& title)
{
    auto* edit = child<QLineEdit>(dialog, "titleEdit");
    edit->selectAll();
    typeText(edit, title);
}

/// Fills the fields of a new item: the title typed, the rest chosen.
void fillItem(QWidget* dialog, const Seed& s, const QString& title, const QDate& drafted)
{
    typeText(child<QLineEdit>(dialog, "titleEdit"), title);
    QTest::keyClicks(child<QLineEdit>(dialog, "docNumberEdit"), QStringLiteral("No. 32"));
    selectData(dialog, "categoryCombo", s.policy);
    selectData(dialog, "departmentCombo", s.office);
    child<QDateEdit>(dialog, "draftedEdit")->setDate(drafted);
    typeText(child<QPlainTextEdit>(dialog, "summaryEdit"), QStringLiteral("会议部署了全年工作。"));
}

/// Adds a publication row through the button and sets its channel (and the date, if given).
int addPublication(QWidget* dialog, qint64 channel, const QDate& date = {}, const QString& reference = {})
{
    QTest::mouseClick(child<QPushButton>(dialog, "addPublicationButton"), Qt::LeftButton);
    auto* table = child<QTableView>(dialog, "publicationsTable");
    QAbstractItemModel* model = table->model();
    const int row = model->rowCount() - 1;
    model->setData(model->index(row, PublicationTableModel::ChannelColumn), channel);
    if (date.isValid())
        model->setData(model->index(row, PublicationTableModel::DateColumn), date);
    if (!reference.isEmpty())
        model->setData(model->index(row, PublicationTableModel::ReferenceColumn), reference);
    return row;
}

void closeMessageBoxes()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        if (qobject_cast<QMessageBox*>(w))
            w->close();
    }
}

/// A draft by 张伟 attested as reviewed on paper by 周平: approved, so it may be published.
Item approvedItem(Database& db, const ReviewOffice& o, const QString& title)
{
    const Item draft = o.draft(db, title);
    ReviewOffice::attestPaper(db, draft.id);
    return *ItemRepository(db).get(draft.id);
}

Session login(Database& db, const char* who)
{
    return ReviewOffice::login(db, QLatin1String(who));
}

} // namespace

/// The item dialog and the undoable item actions, for signed-in users, on SQLite and PostgreSQL. The
/// dialog shows what core answers (ItemService::capabilities): the author edits the content, the
/// recorder (the author, or a publisher on any item) the publications and submissions.
class TestItemDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void cleanup() { closeMessageBoxes(); }

    void authorCreatesAnItemAsThemselves()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        ItemDialog dialog(t.db(), login(t.db(), "zhangwei"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New item"));
        QCOMPARE(dialog.saveMode(), ItemDialog::SaveMode::Item);
        // The author is the signed-in user and nobody else.
        auto* author = child<QComboBox>(&dialog, "authorCombo");
        QCOMPARE(author->currentData().toLongLong(), o.seed.author);
        QVERIFY(!author->isEnabled());
        QCOMPARE(child<QComboBox>(&dialog, "departmentCombo")->currentData().toLongLong(), o.seed.office);
        QCOMPARE(child<QDateEdit>(&dialog, "draftedEdit")->date(), QDate::currentDate());
        // 先审查后公开: a new item has no publications; the hint says when they come.
        QVERIFY(!dialog.isPublicationEditorOffered());
        QVERIFY(!child<QPushButton>(&dialog, "addPublicationButton")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "publicationsHintLabel")->isVisible());
        QVERIFY(!child<QLabel>(&dialog, "publicationsHintLabel")->text().isEmpty());
        QVERIFY(!dialog.findChild<QLineEdit*>(QStringLiteral("paperReviewEdit"))); // attested, never typed

        fillItem(&dialog, o.seed, QStringLiteral("关于开展2024年政务公开工作的通知"), QDate(2024, 3, 1));
        screenshot(&dialog, QStringLiteral("itemdialog-new"));
        clickOk(&dialog);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const qint64 id = dialog.savedItem().id;
        QVERIFY(id > 0);
        const Item stored = *ItemRepository(t.db()).get(id);
        QCOMPARE(stored.title, QStringLiteral("关于开展2024年政务公开工作的通知"));
        QCOMPARE(stored.docNumber, QStringLiteral("No. 32"));
        QCOMPARE(stored.categoryId, o.seed.policy);
        QCOMPARE(stored.departmentId, o.seed.office);
        QCOMPARE(stored.authorId, o.seed.author);
        QCOMPARE(stored.drafted, QDate(2024, 3, 1));
        QCOMPARE(stored.summary, QStringLiteral("会议部署了全年工作。"));
        QCOMPARE(stored.status, ItemStatus::Draft);
        QVERIFY(stored.publications.isEmpty());
        // Written as the signed-in author.
        AuditFilter created;
        created.events = {AuditEvent::ItemCreated};
        created.objectId = id;
        const QList<AuditRecord> records = AuditLog(t.db()).list(created, 0, 10);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).login, QStringLiteral("zhangwei"));
    }

    void onlyAuthorsCreate()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        // A publisher may not create items: the dialog offers nothing to save and says why.
        ItemDialog dialog(t.db(), login(t.db(), "zhoujie"));
        QVERIFY(dialog.isReadOnly());
        QVERIFY(!dialog.readOnlyReason().isEmpty());
        QVERIFY(child<QLineEdit>(&dialog, "titleEdit")->isReadOnly());
        QVERIFY(!child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok));
    }

    void withheldGroundFollowsTheAttribute()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        ItemDialog dialog(t.db(), login(t.db(), "zhangwei"));
        auto* ground = child<QLineEdit>(&dialog, "withheldGroundEdit");
        QVERIFY(!ground->isEnabled());
        selectData(&dialog, "attributeCombo", int(DisclosureAttribute::Withheld));
        QVERIFY(ground->isEnabled());
        selectData(&dialog, "attributeCombo", int(DisclosureAttribute::OnRequest));
        QVERIFY(!ground->isEnabled());
    }

    void invalidEntryKeepsTheDialogOpen_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("attribute");
        QTest::addColumn<QDate>("drafted");
        QTest::addColumn<QString>("markedWidget");
        QTest::newRow("empty title") << QString() << int(DisclosureAttribute::Proactive) << QDate(2024, 3, 1)
                                     << QStringLiteral("titleEdit");
        QTest::newRow("withheld without ground")
            << QStringLiteral("工作动态") << int(DisclosureAttribute::Withheld) << QDate(2024, 3, 1)
            << QStringLiteral("withheldGroundEdit");
        QTest::newRow("drafted in the future")
            << QStringLiteral("工作动态") << int(DisclosureAttribute::Proactive)
            << QDate::currentDate().addDays(3) << QStringLiteral("draftedEdit");
    }

    void invalidEntryKeepsTheDialogOpen()
    {
        QFETCH(QString, title);
        QFETCH(int, attribute);
        QFETCH(QDate, drafted);
        QFETCH(QString, markedWidget);
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        ItemDialog dialog(t.db(), login(t.db(), "zhangwei"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillItem(&dialog, o.seed, title, drafted);
        selectData(&dialog, "attributeCombo", attribute);
        typeText(child<QPlainTextEdit>(&dialog, "bodyEdit"), QStringLiteral("正文不应丢失"));
        clickOk(&dialog);

        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(ItemRepository(t.db()).count(), 0);
        auto* message = child<QLabel>(&dialog, "messageLabel");
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QVERIFY2(isMarked(child<QWidget>(&dialog, markedWidget.toLatin1().constData())), qPrintable(markedWidget));
        screenshot(&dialog,
                   QStringLiteral("itemdialog-invalid-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        // What the user typed is all still there.
        QCOMPARE(child<QPlainTextEdit>(&dialog, "bodyEdit")->toPlainText(), QStringLiteral("正文不应丢失"));
        QCOMPARE(child<QLineEdit>(&dialog, "titleEdit")->text(), title);
    }

    void publicationRowErrorsAreMarked()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Item item = approvedItem(t.db(), o, QStringLiteral("工作动态"));
        ItemDialog dialog(t.db(), login(t.db(), "zhangwei"), item);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        addPublication(&dialog, o.seed.portal, item.drafted.addDays(-3)); // before it was drafted
        clickOk(&dialog);
        QVERIFY(dialog.isVisible());
        auto* publications = child<QTableView>(&dialog, "publicationsTable")->model();
        const QModelIndex row = publications->index(0, 0);
        QVERIFY(publications->data(row, Qt::BackgroundRole).isValid());
        QVERIFY(publications->data(row, Qt::ToolTipRole).toString().contains(QLatin1String("Publication 1")));
        QVERIFY(!isMarked(child<QLineEdit>(&dialog, "titleEdit")));
        QVERIFY(ItemRepository(t.db()).get(item.id)->publications.isEmpty());
    }

    void correctedEntryIsSaved()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        ItemDialog dialog(t.db(), login(t.db(), "zhangwei"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillItem(&dialog, o.seed, QString(), QDate(2024, 3, 1));
        clickOk(&dialog);
        auto* title = child<QLineEdit>(&dialog, "titleEdit");
        QVERIFY(isMarked(title));
        typeText(title, QStringLiteral("补上的标题"));
        QTest::keyClick(title, Qt::Key_End); // editing clears the mark
        QVERIFY(!isMarked(title));
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ItemRepository(t.db()).get(dialog.savedItem().id)->title, QStringLiteral("补上的标题"));
    }

    void withdrawnItemOpensReadOnly()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Session author = login(t.db(), "zhangwei");
        const Item item = o.draft(t.db(), QStringLiteral("已撤回的信息"));
        ItemService(t.db()).withdraw(author, item.id, item.rowVersion);
        ItemDialog dialog(t.db(), author, ItemRepository(t.db()).get(item.id));
        QVERIFY(dialog.isReadOnly());
        QVERIFY(dialog.readOnlyReason().contains(QLatin1String("withdrawn")));
        QVERIFY(child<QLineEdit>(&dialog, "titleEdit")->isReadOnly());
        QVERIFY(!child<QComboBox>(&dialog, "categoryCombo")->isEnabled());
        QVERIFY(!child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok));
        QVERIFY(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Close));
        QVERIFY(!(child<QTableView>(&dialog, "publicationsTable")->model()->flags(QModelIndex()) &
                  Qt::ItemIsEditable));
        screenshot(&dialog, QStringLiteral("itemdialog-withdrawn"));
    }

    void conflictOffersReload()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Item item = o.draft(t.db(), QStringLiteral("原标题"));
        ItemDialog dialog(t.db(), login(t.db(), "zhangwei"), item);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The author saves first from somewhere else.
        const Session elsewhere = login(t.db(), "zhangwei");
        Item other = *ItemService(t.db()).item(elsewhere, item.id);
        other.title = QStringLiteral("别处改的标题");
        ItemService(t.db()).update(elsewhere, other);

        auto* title = child<QLineEdit>(&dialog, "titleEdit");
        retitle(&dialog, QStringLiteral("我改的标题"));
        QString shown;
        whenModal(
            [&shown](QWidget* box) {
                auto* message = qobject_cast<QMessageBox*>(box);
                QVERIFY(message);
                shown = message->text();
                for (QAbstractButton* b : message->buttons()) {
                    if (message->buttonRole(b) == QMessageBox::AcceptRole)
                        b->click();
                }
            },
            &dialog);
        clickOk(&dialog);
        QVERIFY(!shown.isEmpty());
        QVERIFY(dialog.isVisible());
        QCOMPARE(title->text(), QStringLiteral("别处改的标题"));
        QCOMPARE(ItemRepository(t.db()).get(item.id)->title, QStringLiteral("别处改的标题"));
        // After the reload a save goes through.
        retitle(&dialog, QStringLiteral("我改的标题"));
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(ItemRepository(t.db()).get(item.id)->title, QStringLiteral("我改的标题"));
    }

    void newPublicationIsDatedToday()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Item item = approvedItem(t.db(), o, QStringLiteral("2024年工作要点"));
        QVERIFY(item.drafted < QDate::currentDate());
        ItemDialog dialog(t.db(), login(t.db(), "zhangwei"), item);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isPublicationEditorOffered());
        const int row = addPublication(&dialog, o.seed.portal);
        auto* table = child<QTableView>(&dialog, "publicationsTable");
        const QModelIndex date = table->model()->index(row, PublicationTableModel::DateColumn);
        // Today, not the drafting date; and the date editor offers no day after today.
        QCOMPARE(date.data(Qt::EditRole).toDate(), QDate::currentDate());
        std::unique_ptr<QWidget> editor(table->itemDelegate()->createEditor(table->viewport(), QStyleOptionViewItem(), date));
        auto* dateEdit = qobject_cast<QDateEdit*>(editor.get());
        QVERIFY(dateEdit);
        QCOMPARE(dateEdit->maximumDate(), QDate::currentDate());
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Item stored = *ItemRepository(t.db()).get(item.id);
        QCOMPARE(stored.publications.size(), 1);
        QCOMPARE(stored.publications.at(0).date, QDate::currentDate());
        QCOMPARE(stored.status, ItemStatus::Published);
    }

    void publisherRecordsWhereAnItemWentOut()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Item item = approvedItem(t.db(), o, QStringLiteral("关于公布收费目录的通知"));
        ItemDialog dialog(t.db(), login(t.db(), "zhoujie"), item);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The content is the author's: read-only, with the reason.
        QVERIFY(!dialog.isContentEditable());
        QVERIFY(!dialog.isReadOnly());
        QCOMPARE(dialog.saveMode(), ItemDialog::SaveMode::Distribution);
        QVERIFY(child<QLineEdit>(&dialog, "titleEdit")->isReadOnly());
        QVERIFY(child<QPlainTextEdit>(&dialog, "bodyEdit")->isReadOnly());
        QVERIFY(!child<QComboBox>(&dialog, "categoryCombo")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "addAttachmentButton")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "messageLabel")->isVisible());
        // Where it went out is the publisher's to record.
        QVERIFY(dialog.isDistributionEditable());
        QVERIFY(dialog.isPublicationEditorOffered());
        QVERIFY(child<QPushButton>(&dialog, "addPublicationButton")->isVisible());
        QVERIFY(child<QPushButton>(&dialog, "addSubmissionButton")->isVisible());
        addPublication(&dialog, o.seed.wechat, {}, QStringLiteral("https://example.gov.cn/a/9"));
        QTest::mouseClick(child<QPushButton>(&dialog, "addSubmissionButton"), Qt::LeftButton);
        auto* submissions = child<QTableView>(&dialog, "submissionsTable")->model();
        submissions->setData(submissions->index(0, SubmissionTableModel::AgencyColumn), o.seed.agency);
        screenshot(&dialog, QStringLiteral("itemdialog-publisher"));
        clickOk(&dialog);
        QVERIFY2(dialog.result() == QDialog::Accepted, qPrintable(child<QLabel>(&dialog, "messageLabel")->text()));

        const Item stored = *ItemRepository(t.db()).get(item.id);
        QCOMPARE(stored.title, item.title);
        QCOMPARE(stored.publications.size(), 1);
        QCOMPARE(stored.publications.at(0).channelId, o.seed.wechat);
        QCOMPARE(stored.publications.at(0).date, QDate::currentDate());
        QCOMPARE(stored.submissions.size(), 1);
        QCOMPARE(stored.status, ItemStatus::Published);
        QCOMPARE(dialog.savedItem().rowVersion, stored.rowVersion);
        // Recorded through ItemService::setDistribution as the publisher.
        AuditFilter changes;
        changes.events = {AuditEvent::ItemChanged};
        changes.objectId = item.id;
        changes.login = QStringLiteral("zhoujie");
        const QList<AuditRecord> records = AuditLog(t.db()).list(changes, 0, 10);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).userId, o.publisher);
        QVERIFY(records.at(0).success);
        QVERIFY(records.at(0).after.contains(QLatin1String("publications")));
    }

    void publisherUndoesARecordedPublication()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Item item = approvedItem(t.db(), o, QStringLiteral("关于公布收费目录的通知"));
        QUndoStack stack;
        ItemActions actions(t.db(), login(t.db(), "zhoujie"), &stack, nullptr);
        QVERIFY(!actions.newItemAction()->isVisible());
        whenModal([&o](QWidget* dialog) {
            addPublication(dialog, o.seed.portal);
            clickOk(dialog);
        });
        actions.editItem(item.id);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Record publication of “关于公布收费目录的通知”"));
        ItemRepository items(t.db());
        QCOMPARE(items.get(item.id)->publications.size(), 1);
        stack.undo();
        QCOMPARE(items.get(item.id)->publications.size(), 0);
        stack.redo();
        QCOMPARE(items.get(item.id)->publications.size(), 1);
        QCOMPARE(items.get(item.id)->status, ItemStatus::Published);
    }

    void withheldItemsAreNeverPublished_data()
    {
        QTest::addColumn<bool>("marked"); ///< marked 不予公开, else its review concluded 不予公开
        QTest::newRow("marked 不予公开") << true;
        QTest::newRow("review concluded 不予公开") << false;
    }

    void withheldItemsAreNeverPublished()
    {
        QFETCH(bool, marked);
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Session author = login(t.db(), "zhangwei");
        Item item = o.seed.item(QStringLiteral("内部工作方案"));
        if (marked) {
            item.attribute = DisclosureAttribute::Withheld;
            item.withheldGround = QStringLiteral("属于内部事务信息");
        }
        ItemService(t.db()).create(author, item);
        if (marked) {
            ReviewOffice::attestPaper(t.db(), item.id);
        } else {
            ReviewService reviews(t.db());
            reviews.submit(author, item.id);
            reviews.approve(login(t.db(), "lina"), item.id, ReviewOffice::password(), ReviewOpinion::Disclose, {});
            reviews.approve(login(t.db(), "zhaoli"), item.id, ReviewOffice::password(), ReviewOpinion::Withhold,
                            QStringLiteral("涉及内部事务"));
        }
        ItemDialog dialog(t.db(), author, ItemRepository(t.db()).get(item.id));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // The author may still record submissions, but no publication: the editor is not offered.
        QVERIFY(dialog.isDistributionEditable());
        QVERIFY(!dialog.isPublicationEditorOffered());
        QVERIFY(!child<QPushButton>(&dialog, "addPublicationButton")->isVisible());
        QVERIFY(!(child<QTableView>(&dialog, "publicationsTable")->model()->flags(QModelIndex()) &
                  Qt::ItemIsEditable));
        // The hint is core's answer, word for word.
        auto* hint = child<QLabel>(&dialog, "publicationsHintLabel");
        QVERIFY(hint->isVisible());
        const ItemAnswer publish = ItemService(t.db()).capabilities(author, item.id).publish;
        QVERIFY(!publish.allowed);
        QVERIFY(!publish.why.isEmpty());
        QCOMPARE(hint->text(), publish.why);
        QCOMPARE(dialog.publicationHint(), publish.why);
        if (marked)
            QVERIFY2(hint->text().contains(QStringLiteral("不予公开")), qPrintable(hint->text()));
        screenshot(&dialog, QStringLiteral("itemdialog-withheld-%1").arg(marked ? 1 : 2));
    }

    void changingApprovedContentAsksForAReason()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Session author = login(t.db(), "zhangwei");
        Item item = o.seed.item(QStringLiteral("关于调整办事指南的通知"));
        item.body = QStringLiteral("秘密★1年\n联系人手机13812345678");
        ItemService(t.db()).create(author, item);
        ReviewOffice::attestPaper(t.db(), item.id);

        ItemDialog dialog(t.db(), author, ItemRepository(t.db()).get(item.id));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.isContentEditable());
        int asked = 0;
        qsizetype highShown = 0;
        std::optional<QString> answer;
        dialog.setReasonAsker([&](qint64 id, const ItemScreeningResult& findings) -> std::optional<QString> {
            ++asked;
            highShown = findings.highCount();
            return id == item.id ? answer : std::nullopt;
        });
        retitle(&dialog, QStringLiteral("关于调整办事指南的通知（修订）"));
        // Cancelled: nothing saved, the dialog stays open with the reason why.
        clickOk(&dialog);
        QCOMPARE(asked, 1);
        QCOMPARE(highShown, 2);
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLabel>(&dialog, "messageLabel")->isVisible());
        QCOMPARE(ItemRepository(t.db()).get(item.id)->title, item.title);
        QCOMPARE(ItemRepository(t.db()).get(item.id)->status, ItemStatus::Approved);
        // Given: the change is saved and goes to a new review round with the reason.
        answer = QStringLiteral("原件标志，经保密办同意保留");
        clickOk(&dialog);
        QCOMPARE(asked, 2);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Item stored = *ItemRepository(t.db()).get(item.id);
        QCOMPARE(stored.title, QStringLiteral("关于调整办事指南的通知（修订）"));
        QCOMPARE(stored.status, ItemStatus::UnderReview);
        const ReviewStatus status = ReviewService::load(t.db(), item.id);
        QVERIFY(status.openRound());
        QCOMPARE(status.openRound()->overrideReason, *answer);
    }

    void undoAndRedoOfAnEdit()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        ItemRepository items(t.db());
        const Item item = o.draft(t.db(), QStringLiteral("旧标题"));
        QUndoStack stack;
        ItemActions actions(t.db(), login(t.db(), "zhangwei"), &stack, nullptr);
        QSignalSpy changed(&actions, &ItemActions::itemChanged);

        // A new title: an edit of the content.
        whenModal([](QWidget* dialog) {
            retitle(dialog, QStringLiteral("新标题"));
            clickOk(dialog);
        });
        actions.editItem(item.id);
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.undoText(), QStringLiteral("Edit “新标题”"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().at(0).toLongLong(), item.id);
        QCOMPARE(items.get(item.id)->title, QStringLiteral("新标题"));
        stack.undo();
        QCOMPARE(items.get(item.id)->title, QStringLiteral("旧标题"));
        QCOMPARE(changed.count(), 2);
        stack.redo();
        QCOMPARE(items.get(item.id)->title, QStringLiteral("新标题"));
        stack.undo();
        QCOMPARE(items.get(item.id)->title, QStringLiteral("旧标题"));

        // A publication by the author, on content the paper review vouches for.
        const Item approved = approvedItem(t.db(), o, QStringLiteral("历史信息"));
        whenModal([&o](QWidget* dialog) {
            addPublication(dialog, o.seed.portal, QDate(2024, 3, 5));
            clickOk(dialog);
            if (dialog->isVisible())
                qWarning("%s", qPrintable(child<QLabel>(dialog, "messageLabel")->text()));
        });
        actions.editItem(approved.id);
        QCOMPARE(stack.count(), 1); // the undone title edit is gone from the stack
        Item stored = *items.get(approved.id);
        QCOMPARE(stored.publications.size(), 1);
        QCOMPARE(stored.status, ItemStatus::Published);

        stack.undo();
        stored = *items.get(approved.id);
        QCOMPARE(stored.publications.size(), 0);

        stack.redo();
        stored = *items.get(approved.id);
        QCOMPARE(stored.publications.size(), 1);
        QCOMPARE(stored.publications.at(0).date, QDate(2024, 3, 5));
        QCOMPARE(stored.status, ItemStatus::Published);

        // Saving without a change leaves nothing to undo.
        whenModal([](QWidget* dialog) { clickOk(dialog); });
        actions.editItem(approved.id);
        QCOMPARE(stack.count(), 1);
    }

    void undoAfterSomeoneElseChangedTheItem()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        ItemRepository items(t.db());
        const Item item = o.draft(t.db(), QStringLiteral("旧标题"));
        QUndoStack stack;
        ItemActions actions(t.db(), login(t.db(), "zhangwei"), &stack, nullptr);
        QSignalSpy failed(&actions, &ItemActions::commandFailed);
        whenModal([](QWidget* dialog) {
            retitle(dialog, QStringLiteral("我的标题"));
            clickOk(dialog);
        });
        actions.editItem(item.id);
        QCOMPARE(stack.count(), 1);

        const Session elsewhere = login(t.db(), "zhangwei");
        Item other = *items.get(item.id);
        other.title = QStringLiteral("别处的标题");
        ItemService(t.db()).update(elsewhere, other);
        stack.undo();
        // The other change is kept, the user is told, and the stack holds no step it cannot take.
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.last().at(0).toString().contains(QLatin1String("Undo")));
        QCOMPARE(items.get(item.id)->title, QStringLiteral("别处的标题"));
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());
        QVERIFY(!stack.canRedo());
    }

    void olderStepsStopAtSomeoneElsesChange()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        ItemRepository items(t.db());
        const Item item = o.draft(t.db(), QStringLiteral("甲"));
        QUndoStack stack;
        ItemActions actions(t.db(), login(t.db(), "zhangwei"), &stack, nullptr);
        QSignalSpy failed(&actions, &ItemActions::commandFailed);
        auto edit = [&actions, &item](const QString& title) {
            whenModal([title](QWidget* dialog) {
                retitle(dialog, title);
                clickOk(dialog);
            });
            actions.editItem(item.id);
        };
        edit(QStringLiteral("乙"));
        Item other = *items.get(item.id);
        other.title = QStringLiteral("别处的");
        ItemService(t.db()).update(login(t.db(), "zhangwei"), other);
        // This edit starts from the other version, so it can be undone ...
        edit(QStringLiteral("丙"));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(items.get(item.id)->title, QStringLiteral("别处的"));
        QCOMPARE(failed.count(), 0);
        // ... but the step before it would overwrite the other change: refused.
        stack.undo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(items.get(item.id)->title, QStringLiteral("别处的"));
        QCOMPARE(stack.count(), 1);
        QCOMPARE(stack.index(), 0);
        stack.redo();
        QCOMPARE(items.get(item.id)->title, QStringLiteral("丙"));
    }

    void undoOfAnAddWithdraws()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        QUndoStack stack;
        ItemActions actions(t.db(), login(t.db(), "zhangwei"), &stack, nullptr);
        QVERIFY(actions.newItemAction()->isVisible());
        QVERIFY(actions.newItemAction()->isEnabled());
        QSignalSpy changed(&actions, &ItemActions::itemChanged);
        QSignalSpy added(&actions, &ItemActions::itemAdded);
        whenModal([&o](QWidget* dialog) {
            fillItem(dialog, o.seed, QStringLiteral("新增的信息"), QDate(2024, 3, 1));
            clickOk(dialog);
        });
        actions.newItem();
        ItemRepository items(t.db());
        QCOMPARE(items.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(added.count(), 1);
        const qint64 id = changed.last().at(0).toLongLong();
        QCOMPARE(added.last().at(0).toLongLong(), id);
        QCOMPARE(items.get(id)->status, ItemStatus::Draft);
        QCOMPARE(stack.undoText(), QStringLiteral("Add “新增的信息”"));

        stack.undo();
        QCOMPARE(items.count(), 1); // never erased
        QCOMPARE(items.get(id)->status, ItemStatus::Withdrawn);
        stack.redo();
        QCOMPARE(items.get(id)->status, ItemStatus::Draft);
        QCOMPARE(items.get(id)->title, QStringLiteral("新增的信息"));
    }

    void undoWalksBackThroughSeveralSteps()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        QUndoStack stack;
        ItemActions actions(t.db(), login(t.db(), "zhangwei"), &stack, nullptr);
        QSignalSpy changed(&actions, &ItemActions::itemChanged);
        QSignalSpy failed(&actions, &ItemActions::commandFailed);
        whenModal([&o](QWidget* dialog) {
            fillItem(dialog, o.seed, QStringLiteral("第一版"), QDate(2024, 3, 1));
            clickOk(dialog);
        });
        actions.newItem();
        const qint64 id = changed.last().at(0).toLongLong();
        whenModal([](QWidget* dialog) {
            retitle(dialog, QStringLiteral("第二版"));
            clickOk(dialog);
        });
        actions.editItem(id);
        QCOMPARE(stack.count(), 2);
        ItemRepository items(t.db());

        stack.undo();
        QCOMPARE(items.get(id)->title, QStringLiteral("第一版"));
        stack.undo();
        QCOMPARE(items.get(id)->status, ItemStatus::Withdrawn);
        stack.redo();
        stack.redo();
        QCOMPARE(items.get(id)->status, ItemStatus::Draft);
        QCOMPARE(items.get(id)->title, QStringLiteral("第二版"));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(stack.count(), 2);
    }

    void withdrawAsksAndIsUndoneThroughReinstate()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        Item item = approvedItem(t.db(), o, QStringLiteral("要撤回的信息"));
        ItemService(t.db()).addPublication(login(t.db(), "zhangwei"), item.id,
                                           {0, item.id, o.seed.portal, QDate(), {}});
        ItemRepository items(t.db());
        QCOMPARE(items.get(item.id)->status, ItemStatus::Published);
        QUndoStack stack;
        ItemActions actions(t.db(), login(t.db(), "zhangwei"), &stack, nullptr);
        QVERIFY(!actions.editItemAction()->isEnabled());
        QVERIFY(!actions.withdrawItemAction()->isEnabled());
        actions.setCurrentItem(item.id);
        QVERIFY(actions.editItemAction()->isEnabled());
        QVERIFY(actions.withdrawItemAction()->isEnabled());

        auto answer = [](QMessageBox::ButtonRole role, QString* text) {
            return [role, text](QWidget* w) {
                auto* box = qobject_cast<QMessageBox*>(w);
                QVERIFY(box);
                *text = box->text();
                for (QAbstractButton* b : box->buttons()) {
                    if (box->buttonRole(b) == role) {
                        b->click();
                        return;
                    }
                }
            };
        };
        QString asked;
        whenModal(answer(QMessageBox::RejectRole, &asked));
        actions.withdrawItemAction()->trigger();
        QVERIFY(asked.contains(QStringLiteral("要撤回的信息")));
        QCOMPARE(items.get(item.id)->status, ItemStatus::Published);
        QCOMPARE(stack.count(), 0);

        whenModal(answer(QMessageBox::AcceptRole, &asked));
        actions.withdrawItemAction()->trigger();
        QCOMPARE(items.get(item.id)->status, ItemStatus::Withdrawn);
        QVERIFY(!actions.withdrawItemAction()->isEnabled());
        QVERIFY(actions.editItemAction()->isEnabled());
        QCOMPARE(stack.undoText(), QStringLiteral("Withdraw “要撤回的信息”"));

        stack.undo();
        QCOMPARE(items.get(item.id)->status, ItemStatus::Published);
        QVERIFY(actions.withdrawItemAction()->isEnabled());
        // The undo is ItemService::reinstate, audited as the signed-in author.
        AuditFilter reinstated;
        reinstated.events = {AuditEvent::ItemReinstated};
        reinstated.objectId = item.id;
        const QList<AuditRecord> records = AuditLog(t.db()).list(reinstated, 0, 10);
        QCOMPARE(records.size(), 1);
        QVERIFY(records.at(0).success);
        QCOMPARE(records.at(0).login, QStringLiteral("zhangwei"));
        stack.redo();
        QCOMPARE(items.get(item.id)->status, ItemStatus::Withdrawn);
    }

    void othersMayNotWithdraw()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Item item = o.draft(t.db(), QStringLiteral("别人的信息"));
        // 李明 is an author of the same department, but not this item's: the action says why.
        ItemActions actions(t.db(), login(t.db(), "liming"), nullptr, nullptr);
        actions.setCurrentItem(item.id);
        QVERIFY(actions.editItemAction()->isEnabled()); // to read it
        QVERIFY(!actions.withdrawItemAction()->isEnabled());
        QVERIFY(!actions.withdrawItemAction()->toolTip().isEmpty());
    }

    void frozenItemRefusesEditsAndUndo()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Session author = login(t.db(), "zhangwei");
        const Item item = o.draft(t.db(), QStringLiteral("旧标题"));
        QUndoStack stack;
        ItemActions actions(t.db(), author, &stack, nullptr);
        QSignalSpy failed(&actions, &ItemActions::commandFailed);

        whenModal([](QWidget* dialog) {
            retitle(dialog, QStringLiteral("新标题"));
            clickOk(dialog);
        });
        actions.editItem(item.id);
        QCOMPARE(stack.count(), 1);
        ItemRepository items(t.db());
        QCOMPARE(items.get(item.id)->title, QStringLiteral("新标题"));

        // Submitted: the item is frozen. The undo is refused and leaves the stack in order.
        ReviewService(t.db()).submit(author, item.id);
        stack.undo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());
        QCOMPARE(items.get(item.id)->title, QStringLiteral("新标题"));
        QCOMPARE(items.get(item.id)->status, ItemStatus::UnderReview);

        // The dialog opens with the content read-only and says why.
        bool contentEditable = true;
        QString reason;
        whenModal([&](QWidget* dialog) {
            auto* d = qobject_cast<ItemDialog*>(dialog);
            contentEditable = !d || d->isContentEditable();
            reason = d ? d->readOnlyReason() : QString();
            screenshot(dialog, QStringLiteral("itemdialog-frozen"));
        });
        actions.editItem(item.id);
        QVERIFY(!contentEditable);
        QVERIFY2(reason.contains(QLatin1String("under review")), qPrintable(reason));
        QCOMPARE(stack.count(), 0);

        // Someone who is not the author sees it read-only too, once the review is recalled.
        ReviewService(t.db()).recall(author, item.id);
        ItemDialog other(t.db(), login(t.db(), "liming"), items.get(item.id));
        QVERIFY(other.isReadOnly());
        QVERIFY(other.readOnlyReason().contains(QLatin1String("author")));
        ItemDialog own(t.db(), author, items.get(item.id));
        QVERIFY(!own.isReadOnly());
        QVERIFY(own.isContentEditable());
    }

    void actionsHaveShortcutsAndIcons()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        ItemActions actions(t.db(), login(t.db(), "zhangwei"), nullptr, nullptr);
        QCOMPARE(actions.newItemAction()->shortcut(), QKeySequence(QKeySequence::New));
        QCOMPARE(actions.editItemAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
        QVERIFY(actions.withdrawItemAction()->shortcut().isEmpty());
        QVERIFY(!actions.newItemAction()->icon().isNull());
        QVERIFY(!actions.editItemAction()->icon().isNull());
        QVERIFY(!actions.withdrawItemAction()->icon().isNull());
    }
};

QTEST_MAIN(TestItemDialog)
#include "test_itemdialog.moc"
