#pragma once

#include "domain/item.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace gongkai::ui {

class ItemUndoContext;

/// Base of the ledger's undo commands. Each checks that the item is still as this session left it;
/// when it is not (someone else changed it), or the database refuses, the command reports why and
/// drops itself from the stack, so the stack never holds a step it cannot take.
class ItemCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ui::ItemCommand)

public:
    /// Does the command's action now and lets core errors through (for a dialog that shows them at
    /// the fields); the stack's first redo() then does nothing.
    void performNow();
    void redo() final;
    void undo() final;
    qint64 itemId() const { return m_id; }

protected:
    explicit ItemCommand(ItemUndoContext& context, qint64 itemId = 0);
    /// The action itself, done once; records the first write in the context.
    virtual void perform() = 0;
    /// Undo and later redo, given the row version the item must have; return the new row version.
    virtual int revert(int expectedVersion) = 0;
    virtual int reapply(int expectedVersion) = 0;
    static QString shortTitle(const QString& title);

    ItemUndoContext& m_context;
    qint64 m_id = 0;
    int m_generation = 0;

private:
    void step(bool undoing);

    bool m_performed = false;
    bool m_skipNextRedo = false;
};

/// Adds an item. Undo withdraws it (an item is never erased); redo gives it back its status.
class AddItemCommand : public ItemCommand
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ui::AddItemCommand)

public:
    AddItemCommand(ItemUndoContext& context, Item item);
    /// The item as added, with its id and row version.
    const Item& item() const { return m_item; }

protected:
    void perform() override;
    int revert(int expectedVersion) override;
    int reapply(int expectedVersion) override;

private:
    Item m_item;
};

/// Saves new content over an item (its author, ItemService::update). Undo saves the content before,
/// redo the content after.
class EditItemCommand : public ItemCommand
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ui::EditItemCommand)

public:
    /// before: the item as read (its row version is the one the save expects). overrideReason: why a
    /// change that starts a new review round goes ahead despite high pre-screen findings.
    EditItemCommand(ItemUndoContext& context, Item before, Item after, QString overrideReason = {});
    /// The item as saved, with its new row version.
    const Item& after() const { return m_after; }

protected:
    void perform() override;
    int revert(int expectedVersion) override;
    int reapply(int expectedVersion) override;

private:
    int save(Item content, int expectedVersion);

    Item m_before;
    Item m_after;
    QString m_overrideReason;
};

/// Replaces where an item went out: its publications and submissions (ItemService::setDistribution),
/// the part a publisher records on any item. Undo puts the lists before back, redo the lists after.
class DistributionCommand : public ItemCommand
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ui::DistributionCommand)

public:
    /// before: the item as read (its row version is the one the save expects); after: with the new lists.
    DistributionCommand(ItemUndoContext& context, Item before, Item after);
    /// The item as saved, with its new row version.
    const Item& after() const { return m_after; }

protected:
    void perform() override;
    int revert(int expectedVersion) override;
    int reapply(int expectedVersion) override;

private:
    int save(Item lists, int expectedVersion);

    Item m_before;
    Item m_after;
};

/// Withdraws an item. Undo gives it back the status it had (ItemService::reinstate).
class WithdrawItemCommand : public ItemCommand
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ui::WithdrawItemCommand)

public:
    /// item: as read; its row version is the one the withdrawal expects.
    WithdrawItemCommand(ItemUndoContext& context, const Item& item);

protected:
    void perform() override;
    int revert(int expectedVersion) override;
    int reapply(int expectedVersion) override;

private:
    ItemStatus m_status;
    int m_baseVersion;
};

} // namespace gongkai::ui
