#include "reviewoffice.h"
#include "seed.h"
#include "testdatabase.h"
#include "uitesthelpers.h"

#include "ledger/itemactions.h"
#include "ledger/itemdialog.h"
#include "models/publicationtablemodel.h"
#include "models/submissiontablemodel.h"

#include "review/reviewservice.h"
#include "storage/channelrepository.h"
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
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace gongkai;
using namespace gongkai::test;
using gongkai::ui::ItemActions;
using gongkai::ui::ItemDialog;
using gongkai::ui::PublicationTableModel;

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

/// Adds a publication row through the button and sets its cells.
void addPublication(QWidget* dialog, qint64 channel, const QDate& date, const QString& reference)
{
    QTest::mouseClick(child<QPushButton>(dialog, "addPublicationButton"), Qt::LeftButton);
    auto* table = child<QTableView>(dialog, "publicationsTable");
    QAbstractItemModel* model = table->model();
    const int row = model->rowCount() - 1;
    model->setData(model->index(row, PublicationTableModel::ChannelColumn), channel);
    model->setData(model->index(row, PublicationTableModel::DateColumn), date);
    model->setData(model->index(row, PublicationTableModel::ReferenceColumn), reference);
}

void closeMessageBoxes()
{
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* w : windows) {
        if (qobject_cast<QMessageBox*>(w))
            w->close();
    }
}

} // namespace

/// The item dialog and the undoable item actions, on SQLite and PostgreSQL.
class TestItemDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void cleanup() { closeMessageBoxes(); }

    void createsItemWithPublication()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        ItemDialog dialog(t.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("New item"));
        // The author defaults to the first author of the department.
        QCOMPARE(child<QComboBox>(&dialog, "authorCombo")->currentData().toLongLong(), s.author);
        QCOMPARE(child<QDateEdit>(&dialog, "draftedEdit")->date(), QDate::currentDate());

        fillItem(&dialog, s, QStringLiteral("关于开展2024年政务公开工作的通知"), QDate(2024, 3, 1));
        // 先审查后公开: publications wait for the review, or, on a historical item, its paper review.
        QVERIFY(!child<QPushButton>(&dialog, "addPublicationButton")->isEnabled());
        QVERIFY(child<QLabel>(&dialog, "publicationsHintLabel")->isVisible());
        typeText(child<QLineEdit>(&dialog, "paperReviewEdit"), QStringLiteral("李娜 2024-03-01"));
        QVERIFY(child<QPushButton>(&dialog, "addPublicationButton")->isEnabled());
        QVERIFY(!child<QLabel>(&dialog, "publicationsHintLabel")->isVisible());
        addPublication(&dialog, s.wechat, QDate(2024, 3, 2), QStringLiteral("https://example.gov.cn/a/1"));
        screenshot(&dialog, QStringLiteral("itemdialog-new"));
        clickOk(&dialog);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const qint64 id = dialog.savedItem().id;
        QVERIFY(id > 0);
        ItemRepository items(t.db());
        QCOMPARE(items.count(), 1);
        const Item stored = *items.get(id);
        QCOMPARE(stored.title, QStringLiteral("关于开展2024年政务公开工作的通知"));
        QCOMPARE(stored.docNumber, QStringLiteral("No. 32"));
        QCOMPARE(stored.categoryId, s.policy);
        QCOMPARE(stored.departmentId, s.office);
        QCOMPARE(stored.authorId, s.author);
        QCOMPARE(stored.drafted, QDate(2024, 3, 1));
        QCOMPARE(stored.summary, QStringLiteral("会议部署了全年工作。"));
        QCOMPARE(stored.status, ItemStatus::Published);
        QCOMPARE(stored.paperReview, QStringLiteral("李娜 2024-03-01"));
        QCOMPARE(stored.publications.size(), 1);
        QCOMPARE(stored.publications.at(0).channelId, s.wechat);
        QCOMPARE(stored.publications.at(0).date, QDate(2024, 3, 2));
        QCOMPARE(stored.publications.at(0).reference, QStringLiteral("https://example.gov.cn/a/1"));
    }

    void withheldGroundFollowsTheAttribute()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Seed::create(t.db());
        ItemDialog dialog(t.db());
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
        QTest::addColumn<QDate>("published");      ///< invalid: no publication
        QTest::addColumn<QString>("markedWidget"); ///< empty: the publication row is marked
        QTest::newRow("empty title") << QString() << int(DisclosureAttribute::Proactive) << QDate(2024, 3, 1)
                                     << QDate() << QStringLiteral("titleEdit");
        QTest::newRow("publication before drafting")
            << QStringLiteral("工作动态") << int(DisclosureAttribute::Proactive) << QDate(2024, 3, 10)
            << QDate(2024, 3, 1) << QString();
        QTest::newRow("withheld without ground")
            << QStringLiteral("工作动态") << int(DisclosureAttribute::Withheld) << QDate(2024, 3, 1)
            << QDate() << QStringLiteral("withheldGroundEdit");
        QTest::newRow("drafted in the future")
            << QStringLiteral("工作动态") << int(DisclosureAttribute::Proactive)
            << QDate::currentDate().addDays(3) << QDate() << QStringLiteral("draftedEdit");
    }

    void invalidEntryKeepsTheDialogOpen()
    {
        QFETCH(QString, title);
        QFETCH(int, attribute);
        QFETCH(QDate, drafted);
        QFETCH(QDate, published);
        QFETCH(QString, markedWidget);
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        ItemDialog dialog(t.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillItem(&dialog, s, title, drafted);
        selectData(&dialog, "attributeCombo", attribute);
        typeText(child<QPlainTextEdit>(&dialog, "bodyEdit"), QStringLiteral("正文不应丢失"));
        if (published.isValid()) {
            typeText(child<QLineEdit>(&dialog, "paperReviewEdit"), QStringLiteral("李娜 2024-03-01"));
            addPublication(&dialog, s.portal, published, QString());
        }
        clickOk(&dialog);

        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(ItemRepository(t.db()).count(), 0);
        auto* message = child<QLabel>(&dialog, "messageLabel");
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        auto* publications = child<QTableView>(&dialog, "publicationsTable")->model();
        if (markedWidget.isEmpty()) {
            const QModelIndex row = publications->index(0, 0);
            QVERIFY(publications->data(row, Qt::BackgroundRole).isValid());
            QVERIFY(
                publications->data(row, Qt::ToolTipRole).toString().contains(QLatin1String("Publication 1")));
            QVERIFY(!isMarked(child<QLineEdit>(&dialog, "titleEdit")));
        } else {
            QVERIFY2(isMarked(child<QWidget>(&dialog, markedWidget.toLatin1().constData())),
                     qPrintable(markedWidget));
            if (publications->rowCount() > 0)
                QVERIFY(!publications->data(publications->index(0, 0), Qt::BackgroundRole).isValid());
        }
        screenshot(&dialog,
                   QStringLiteral("itemdialog-invalid-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        // What the user typed is all still there.
        QCOMPARE(child<QPlainTextEdit>(&dialog, "bodyEdit")->toPlainText(), QStringLiteral("正文不应丢失"));
        QCOMPARE(child<QLineEdit>(&dialog, "titleEdit")->text(), title);
        QCOMPARE(publications->rowCount(), published.isValid() ? 1 : 0);
    }

    void correctedEntryIsSaved()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        ItemDialog dialog(t.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        fillItem(&dialog, s, QString(), QDate(2024, 3, 1));
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
        const Seed s = Seed::create(t.db());
        ItemRepository items(t.db());
        Item item = s.item(QStringLiteral("已撤回的信息"));
        items.add(item);
        items.withdraw(item.id, item.rowVersion);
        ItemDialog dialog(t.db(), *items.get(item.id));
        QVERIFY(dialog.isReadOnly());
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
        const Seed s = Seed::create(t.db());
        ItemRepository items(t.db());
        Item item = s.item(QStringLiteral("原标题"));
        items.add(item);
        ItemDialog dialog(t.db(), *items.get(item.id));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Someone else saves first.
        Item other = *items.get(item.id);
        other.title = QStringLiteral("别人改的标题");
        items.update(other);

        auto* title = child<QLineEdit>(&dialog, "titleEdit");
        title->selectAll();
        typeText(title, QStringLiteral("我改的标题"));
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
        QCOMPARE(title->text(), QStringLiteral("别人改的标题"));
        QCOMPARE(items.get(item.id)->title, QStringLiteral("别人改的标题"));
        // After the reload a save goes through.
        title->selectAll();
        typeText(title, QStringLiteral("我改的标题"));
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(items.get(item.id)->title, QStringLiteral("我改的标题"));
    }

    void undoAndRedoOfAnEdit()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        ItemRepository items(t.db());
        Item item = s.item(QStringLiteral("旧标题"));
        item.paperReview = QStringLiteral("李娜 2024-03-01"); // a historical item: it may be published
        items.add(item);
        QUndoStack stack;
        ItemActions actions(t.db(), &stack, nullptr);
        QSignalSpy changed(&actions, &ItemActions::itemChanged);

        // A new title: an edit of the content.
        whenModal([](QWidget* dialog) {
            auto* title = child<QLineEdit>(dialog, "titleEdit");
            title->selectAll();
            typeText(title, QStringLiteral("新标题"));
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

        // A publication, on the content the paper review vouches for.
        whenModal([&s](QWidget* dialog) {
            addPublication(dialog, s.portal, QDate(2024, 3, 5), QString());
            clickOk(dialog);
            if (dialog->isVisible())
                qWarning("%s", qPrintable(child<QLabel>(dialog, "messageLabel")->text()));
        });
        actions.editItem(item.id);
        QCOMPARE(stack.count(), 1); // the undone title edit is gone from the stack
        Item stored = *items.get(item.id);
        QCOMPARE(stored.publications.size(), 1);
        QCOMPARE(stored.status, ItemStatus::Published);

        stack.undo();
        stored = *items.get(item.id);
        QCOMPARE(stored.title, QStringLiteral("旧标题"));
        QCOMPARE(stored.publications.size(), 0);

        stack.redo();
        stored = *items.get(item.id);
        QCOMPARE(stored.publications.size(), 1);
        QCOMPARE(stored.publications.at(0).date, QDate(2024, 3, 5));
        QCOMPARE(stored.status, ItemStatus::Published);

        // Saving without a change leaves nothing to undo.
        whenModal([](QWidget* dialog) { clickOk(dialog); });
        actions.editItem(item.id);
        QCOMPARE(stack.count(), 1);
    }

    void undoAfterSomeoneElseChangedTheItem()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        ItemRepository items(t.db());
        Item item = s.item(QStringLiteral("旧标题"));
        items.add(item);
        QUndoStack stack;
        ItemActions actions(t.db(), &stack, nullptr);
        QSignalSpy failed(&actions, &ItemActions::commandFailed);
        whenModal([](QWidget* dialog) {
            auto* title = child<QLineEdit>(dialog, "titleEdit");
            title->selectAll();
            typeText(title, QStringLiteral("我的标题"));
            clickOk(dialog);
        });
        actions.editItem(item.id);
        QCOMPARE(stack.count(), 1);

        Item other = *items.get(item.id);
        other.title = QStringLiteral("别人的标题");
        items.update(other);
        stack.undo();
        // The other change is kept, the user is told, and the stack holds no step it cannot take.
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.last().at(0).toString().contains(QLatin1String("Undo")));
        QCOMPARE(items.get(item.id)->title, QStringLiteral("别人的标题"));
        QCOMPARE(stack.count(), 0);
        QVERIFY(!stack.canUndo());
        QVERIFY(!stack.canRedo());
    }

    void olderStepsStopAtSomeoneElsesChange()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        ItemRepository items(t.db());
        Item item = s.item(QStringLiteral("甲"));
        items.add(item);
        QUndoStack stack;
        ItemActions actions(t.db(), &stack, nullptr);
        QSignalSpy failed(&actions, &ItemActions::commandFailed);
        auto retitle = [&actions, &item](const QString& title) {
            whenModal([title](QWidget* dialog) {
                auto* edit = child<QLineEdit>(dialog, "titleEdit");
                edit->selectAll();
                typeText(edit, title);
                clickOk(dialog);
            });
            actions.editItem(item.id);
        };
        retitle(QStringLiteral("乙"));
        Item other = *items.get(item.id);
        other.title = QStringLiteral("别人的");
        items.update(other);
        // This edit starts from the other person's version, so it can be undone ...
        retitle(QStringLiteral("丙"));
        QCOMPARE(stack.count(), 2);
        stack.undo();
        QCOMPARE(items.get(item.id)->title, QStringLiteral("别人的"));
        QCOMPARE(failed.count(), 0);
        // ... but the step before it would overwrite the other person's change: refused.
        stack.undo();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(items.get(item.id)->title, QStringLiteral("别人的"));
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
        const Seed s = Seed::create(t.db());
        QUndoStack stack;
        ItemActions actions(t.db(), &stack, nullptr);
        QSignalSpy changed(&actions, &ItemActions::itemChanged);
        whenModal([&s](QWidget* dialog) {
            fillItem(dialog, s, QStringLiteral("新增的信息"), QDate(2024, 3, 1));
            clickOk(dialog);
        });
        actions.newItem();
        ItemRepository items(t.db());
        QCOMPARE(items.count(), 1);
        QCOMPARE(changed.count(), 1);
        const qint64 id = changed.last().at(0).toLongLong();
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
        const Seed s = Seed::create(t.db());
        QUndoStack stack;
        ItemActions actions(t.db(), &stack, nullptr);
        QSignalSpy changed(&actions, &ItemActions::itemChanged);
        QSignalSpy failed(&actions, &ItemActions::commandFailed);
        whenModal([&s](QWidget* dialog) {
            fillItem(dialog, s, QStringLiteral("第一版"), QDate(2024, 3, 1));
            clickOk(dialog);
        });
        actions.newItem();
        const qint64 id = changed.last().at(0).toLongLong();
        whenModal([](QWidget* dialog) {
            auto* title = child<QLineEdit>(dialog, "titleEdit");
            title->selectAll();
            typeText(title, QStringLiteral("第二版"));
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

    void withdrawAsksAndCanBeUndone()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        ItemRepository items(t.db());
        Item item = s.item(QStringLiteral("要撤回的信息"));
        item.publications = {{0, 0, s.portal, QDate(2024, 3, 2), QString()}};
        item.paperReview = QStringLiteral("李娜 2024-03-01");
        items.add(item);
        QUndoStack stack;
        ItemActions actions(t.db(), &stack, nullptr);
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
        stack.redo();
        QCOMPARE(items.get(item.id)->status, ItemStatus::Withdrawn);
    }

    void frozenItemRefusesEditsAndUndo()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Session author = ReviewOffice::login(t.db(), QStringLiteral("zhangwei"));
        const Item item = o.draft(t.db(), QStringLiteral("旧标题"));
        QUndoStack stack;
        ItemActions actions(t.db(), &stack, nullptr);
        actions.setSession(author);
        QSignalSpy failed(&actions, &ItemActions::commandFailed);

        whenModal([](QWidget* dialog) {
            auto* title = child<QLineEdit>(dialog, "titleEdit");
            title->selectAll();
            typeText(title, QStringLiteral("新标题"));
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

        // The dialog opens read-only and says why.
        bool readOnly = false;
        QString reason;
        whenModal([&](QWidget* dialog) {
            auto* d = qobject_cast<ItemDialog*>(dialog);
            readOnly = d && d->isReadOnly();
            reason = d ? d->readOnlyReason() : QString();
            screenshot(dialog, QStringLiteral("itemdialog-frozen"));
        });
        actions.editItem(item.id);
        QVERIFY(readOnly);
        QVERIFY2(reason.contains(QLatin1String("under review")), qPrintable(reason));
        QCOMPARE(stack.count(), 0);

        // Someone who is not the author sees it read-only too, once the review is recalled.
        ReviewService(t.db()).recall(author, item.id);
        ItemDialog other(t.db(), items.get(item.id));
        other.setSession(ReviewOffice::login(t.db(), QStringLiteral("liming")));
        QVERIFY(other.isReadOnly());
        QVERIFY(other.readOnlyReason().contains(QLatin1String("author")));
        ItemDialog own(t.db(), items.get(item.id));
        own.setSession(author);
        QVERIFY(!own.isReadOnly());
    }

    void actionsHaveShortcutsAndIcons()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ItemActions actions(t.db(), nullptr, nullptr);
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
