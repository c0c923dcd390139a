#include "itemactions.h"

#include "itemcommands.h"
#include "itemdialog.h"
#include "itemundocontext.h"

#include "error.h"
#include "review/itemservice.h"
#include "storage/changeevent.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QUndoStack>
#include <QWidget>

#include <memory>

namespace gongkai::ui {

namespace {
// Whether saving `after` over `before` would change anything the user can see.
bool sameContent(const Item& before, const Item& after)
{
    auto samePublications = [](const QList<Publication>& a, const QList<Publication>& b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i].channelId != b[i].channelId || a[i].date != b[i].date ||
                a[i].reference.trimmed() != b[i].reference.trimmed())
                return false;
        }
        return true;
    };
    auto sameSubmissions = [](const QList<Submission>& a, const QList<Submission>& b) {
        if (a.size() != b.size())
            return false;
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (a[i].agencyId != b[i].agencyId || a[i].date != b[i].date || a[i].adopted != b[i].adopted ||
                a[i].adoptedOn != b[i].adoptedOn || a[i].adoptedIn.trimmed() != b[i].adoptedIn.trimmed())
                return false;
        }
        return true;
    };
    const bool withheld = after.attribute == DisclosureAttribute::Withheld;
    return before.title.trimmed() == after.title.trimmed() &&
           before.docNumber.trimmed() == after.docNumber.trimmed() && before.categoryId == after.categoryId &&
           before.attribute == after.attribute &&
           (!withheld || before.withheldGround.trimmed() == after.withheldGround.trimmed()) &&
           before.departmentId == after.departmentId && before.authorId == after.authorId &&
           before.summary == after.summary && before.body == after.body && before.drafted == after.drafted &&
           samePublications(before.publications, after.publications) &&
           sameSubmissions(before.submissions, after.submissions);
}
} // namespace

struct ItemActions::Private
{
    Private(Database& database, const Session& session, QUndoStack* stack, QWidget* parent)
        : db(database), undoStack(stack), dialogParent(parent), context(database, session)
    {
    }

    Database& db;
    QPointer<QUndoStack> undoStack;
    QWidget* dialogParent;
    ItemUndoContext context;
    std::unique_ptr<QUndoStack> ownStack;
    QAction* newAction = nullptr;
    QAction* editAction = nullptr;
    QAction* withdrawAction = nullptr;
    qint64 current = 0;
};

ItemActions::ItemActions(Database& db, const Session& session, QUndoStack* undoStack, QWidget* dialogParent)
    : QObject(dialogParent), d(new Private(db, session, undoStack, dialogParent))
{
    if (!d->undoStack) {
        d->ownStack = std::make_unique<QUndoStack>();
        d->undoStack = d->ownStack.get();
    }
    QStyle* style = dialogParent ? dialogParent->style() : QApplication::style();

    d->newAction = new QAction(
        QIcon::fromTheme(QStringLiteral("document-new"), style->standardIcon(QStyle::SP_FileIcon)),
        tr("&New Item…"), this);
    d->newAction->setShortcut(QKeySequence::New);
    d->newAction->setStatusTip(tr("Record a new item in the ledger"));
    connect(d->newAction, &QAction::triggered, this, &ItemActions::newItem);

    d->editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit"),
                                                 style->standardIcon(QStyle::SP_FileDialogDetailedView)),
                                tr("&Edit Item…"), this);
    d->editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    d->editAction->setStatusTip(tr("Open the selected item: change it, or record its publications and submissions"));
    connect(d->editAction, &QAction::triggered, this, [this] { editItem(d->current); });

    // No shortcut: withdrawing is rare and should be a deliberate choice.
    d->withdrawAction = new QAction(
        QIcon::fromTheme(QStringLiteral("edit-delete"), style->standardIcon(QStyle::SP_TrashIcon)),
        tr("&Withdraw Item…"), this);
    d->withdrawAction->setStatusTip(tr("Mark the selected item as withdrawn; it stays in the ledger"));
    connect(d->withdrawAction, &QAction::triggered, this, [this] { withdrawItem(d->current); });

    connect(&d->context, &ItemUndoContext::done, this, [this](qint64 id) {
        if (id == d->current)
            updateActions();
        emit itemChanged(id);
    });
    connect(&d->context, &ItemUndoContext::failed, this, &ItemActions::reportFailure);
    // A review action or another user's change may change what can be done with the current item.
    connect(&db.changes(), &ChangeNotifier::changed, this, [this](const QList<ChangeEvent>& events) {
        for (const ChangeEvent& e : events) {
            if (e.touchesItem(d->current) || e.kind == ChangeKind::Account) {
                updateActions();
                return;
            }
        }
    });
    connect(&d->context, &ItemUndoContext::screenedOnSave, this, [this](qint64 id, qsizetype high, qsizetype total) {
        emit notice(high > 0 ? tr("Item %1 saved. The pre-screen found %n high finding(s); correct them or give a "
                                  "reason when you submit it.", nullptr, int(high))
                                   .arg(id)
                             : tr("Item %1 saved. The pre-screen found %n warning(s).", nullptr, int(total)).arg(id));
    });
    updateActions();
}

ItemActions::~ItemActions()
{
    // The item commands on the stack use this object's context: they cannot outlive it.
    if (d->undoStack && !d->ownStack)
        d->undoStack->clear();
    delete d;
}

QAction* ItemActions::newItemAction() const
{
    return d->newAction;
}

QAction* ItemActions::editItemAction() const
{
    return d->editAction;
}

QAction* ItemActions::withdrawItemAction() const
{
    return d->withdrawAction;
}

void ItemActions::setCurrentItem(qint64 itemId)
{
    d->current = itemId;
    updateActions();
}

void ItemActions::updateActions()
{
    const Session& session = d->context.session();
    ItemService service(d->db);
    // New items are their authors' (ItemService::canCreate): others are not offered the action at all.
    ItemAnswer create;
    try {
        create = service.canCreate(session);
    } catch (const Error& e) {
        create.why = e.message();
    }
    d->newAction->setEnabled(create.allowed);
    d->newAction->setVisible(create.allowed || !create.permission);
    d->newAction->setToolTip(create.why);

    std::optional<ItemCapabilities> can;
    if (d->current > 0) {
        try {
            can = service.capabilities(session, d->current);
        } catch (const Error&) {
            // Gone, or the database is unreachable: offer nothing that would need it.
        }
    }
    d->editAction->setEnabled(can && can->read.allowed);
    const bool changeable = can && (can->edit.allowed || can->recordSubmission.allowed);
    d->editAction->setText(!can || changeable ? tr("&Edit Item…") : tr("&Open Item…"));
    d->withdrawAction->setEnabled(can && can->withdraw.allowed);
    d->withdrawAction->setToolTip(can ? can->withdraw.why : QString());
}

void ItemActions::reportFailure(const QString& message)
{
    emit commandFailed(message);
    // Not modal: undo may run from a shortcut in the middle of other work.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Item not changed"), message, QMessageBox::Ok,
                                d->dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ItemActions::newItem()
{
    if (!d->newAction->isEnabled())
        return;
    ItemDialog dialog(d->db, d->context.session(), std::nullopt, d->dialogParent);
    dialog.setSaveFunction([this](Item& item, ItemDialog::SaveMode, const QString&) {
        auto command = std::make_unique<AddItemCommand>(d->context, item);
        command->performNow();
        item = command->item();
        d->undoStack->push(command.release());
    });
    if (dialog.exec() == QDialog::Accepted)
        emit itemAdded(dialog.savedItem().id);
}

void ItemActions::editItem(qint64 itemId)
{
    if (itemId <= 0)
        return;
    std::optional<Item> item;
    try {
        item = ItemService(d->db).item(d->context.session(), itemId);
    } catch (const Error& e) {
        QMessageBox::critical(d->dialogParent, tr("Edit item"), e.message());
        return;
    }
    if (!item) {
        QMessageBox::warning(d->dialogParent, tr("Edit item"), tr("Item %1 no longer exists.").arg(itemId));
        return;
    }
    ItemDialog dialog(d->db, d->context.session(), item, d->dialogParent);
    dialog.setSaveFunction([this, &dialog](Item& edited, ItemDialog::SaveMode mode, const QString& reason) {
        if (sameContent(dialog.original(), edited))
            return;
        if (mode == ItemDialog::SaveMode::Distribution) {
            auto command = std::make_unique<DistributionCommand>(d->context, dialog.original(), edited);
            command->performNow();
            edited = command->after();
            d->undoStack->push(command.release());
            return;
        }
        auto command = std::make_unique<EditItemCommand>(d->context, dialog.original(), edited, reason);
        command->performNow();
        edited = command->after();
        d->undoStack->push(command.release());
    });
    dialog.exec();
}

void ItemActions::withdrawItem(qint64 itemId)
{
    if (itemId <= 0)
        return;
    std::optional<Item> item;
    try {
        item = ItemService(d->db).item(d->context.session(), itemId);
        if (item) {
            const ItemAnswer withdraw = ItemService(d->db).capabilities(d->context.session(), *item).withdraw;
            if (!withdraw.allowed) {
                QMessageBox::warning(d->dialogParent, tr("Withdraw item"), withdraw.why);
                return;
            }
        }
    } catch (const Error& e) {
        QMessageBox::critical(d->dialogParent, tr("Withdraw item"), e.message());
        return;
    }
    if (!item)
        return;
    QMessageBox box(QMessageBox::Question, tr("Withdraw item"), tr("Withdraw “%1”?").arg(item->title),
                    QMessageBox::NoButton, d->dialogParent);
    box.setInformativeText(tr("The item stays in the ledger, marked withdrawn, and can no longer be edited. "
                              "Undo brings it back."));
    QPushButton* withdraw = box.addButton(tr("&Withdraw"), QMessageBox::AcceptRole);
    QPushButton* cancel = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(cancel);
    box.exec();
    if (box.clickedButton() != withdraw)
        return;
    // The stack runs the withdrawal; a failure is reported and leaves nothing on the stack.
    d->undoStack->push(new WithdrawItemCommand(d->context, *item));
}

} // namespace gongkai::ui
