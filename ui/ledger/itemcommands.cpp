#include "itemcommands.h"

#include "itemundocontext.h"

#include "error.h"
#include "storage/itemrepository.h" // reads only

namespace gongkai::ui {

namespace {
// Withdraws and gives the new row version (the repository leaves an already withdrawn item alone).
int withdrawAt(ItemUndoContext& context, qint64 id, int expectedVersion)
{
    const std::optional<Item> item = ItemRepository(context.database()).get(id);
    if (item && item->rowVersion == expectedVersion && item->status == ItemStatus::Withdrawn)
        return expectedVersion;
    context.withdrawItem(id, expectedVersion);
    return expectedVersion + 1;
}
} // namespace

ItemCommand::ItemCommand(ItemUndoContext& context, qint64 itemId) : m_context(context), m_id(itemId) {}

QString ItemCommand::shortTitle(const QString& title)
{
    const QString t = title.simplified();
    return t.size() > 30 ? t.left(29) + QChar(0x2026) : t;
}

void ItemCommand::performNow()
{
    perform();
    m_performed = true;
    m_skipNextRedo = true;
    m_context.notifyDone(m_id);
}

void ItemCommand::redo()
{
    if (m_skipNextRedo) {
        m_skipNextRedo = false;
        return;
    }
    if (!m_performed) {
        try {
            perform();
            m_performed = true;
            m_context.notifyDone(m_id);
        } catch (const Error& e) {
            m_context.reportFailure(tr("“%1” could not be done: %2").arg(text(), e.message()));
            setObsolete(true);
        }
        return;
    }
    step(false);
}

void ItemCommand::undo()
{
    step(true);
}

void ItemCommand::step(bool undoing)
{
    const std::optional<int> expected = m_context.expectedVersion(m_id, m_generation);
    if (!expected) {
        // Someone else changed the item after this step; what it would restore is out of date.
        m_context.reportFailure(
            (undoing ? tr("Undo of “%1” is not possible: the item was changed elsewhere since.")
                     : tr("Redo of “%1” is not possible: the item was changed elsewhere since."))
                .arg(text()));
        setObsolete(true);
        return;
    }
    try {
        const int version = undoing ? revert(*expected) : reapply(*expected);
        m_context.recordWrite(m_id, version);
        m_context.notifyDone(m_id);
    } catch (const Error& e) {
        m_context.invalidate(m_id);
        const QString what =
            undoing ? tr("Undo of “%1” is not possible: %2") : tr("Redo of “%1” is not possible: %2");
        m_context.reportFailure(what.arg(text(), e.message()));
        setObsolete(true);
        // The actions follow the item as it is now.
        m_context.notifyDone(m_id);
    }
}

AddItemCommand::AddItemCommand(ItemUndoContext& context, Item item)
    : ItemCommand(context), m_item(std::move(item))
{
    setText(tr("Add “%1”").arg(shortTitle(m_item.title)));
}

void AddItemCommand::perform()
{
    m_context.addItem(m_item);
    m_id = m_item.id;
    m_generation = m_context.recordFirstWrite(m_id, m_item.rowVersion, m_item.rowVersion);
}

int AddItemCommand::revert(int expectedVersion)
{
    return withdrawAt(m_context, m_id, expectedVersion);
}

int AddItemCommand::reapply(int expectedVersion)
{
    return m_context.reinstateItem(m_id, m_item.status, expectedVersion);
}

EditItemCommand::EditItemCommand(ItemUndoContext& context, Item before, Item after, QString overrideReason)
    : ItemCommand(context, before.id), m_before(std::move(before)), m_after(std::move(after)),
      m_overrideReason(std::move(overrideReason))
{
    m_after.id = m_before.id;
    setText(tr("Edit “%1”").arg(shortTitle(m_after.title)));
}

int EditItemCommand::save(Item content, int expectedVersion)
{
    content.rowVersion = expectedVersion;
    m_context.updateItem(content);
    return content.rowVersion;
}

void EditItemCommand::perform()
{
    m_after.rowVersion = m_before.rowVersion;
    m_context.updateItem(m_after, m_overrideReason);
    m_generation = m_context.recordFirstWrite(m_id, m_before.rowVersion, m_after.rowVersion);
}

int EditItemCommand::revert(int expectedVersion)
{
    return save(m_before, expectedVersion);
}

int EditItemCommand::reapply(int expectedVersion)
{
    return save(m_after, expectedVersion);
}

DistributionCommand::DistributionCommand(ItemUndoContext& context, Item before, Item after)
    : ItemCommand(context, before.id), m_before(std::move(before)), m_after(std::move(after))
{
    m_after.id = m_before.id;
    const QString title = shortTitle(m_before.title);
    if (m_after.publications.size() > m_before.publications.size())
        setText(tr("Record publication of “%1”").arg(title));
    else if (m_after.submissions.size() > m_before.submissions.size())
        setText(tr("Record submission of “%1”").arg(title));
    else
        setText(tr("Change publications and submissions of “%1”").arg(title));
}

int DistributionCommand::save(Item lists, int expectedVersion)
{
    lists.rowVersion = expectedVersion;
    return m_context.setDistribution(lists);
}

void DistributionCommand::perform()
{
    m_after.rowVersion = save(m_after, m_before.rowVersion);
    m_generation = m_context.recordFirstWrite(m_id, m_before.rowVersion, m_after.rowVersion);
}

int DistributionCommand::revert(int expectedVersion)
{
    return save(m_before, expectedVersion);
}

int DistributionCommand::reapply(int expectedVersion)
{
    return save(m_after, expectedVersion);
}

WithdrawItemCommand::WithdrawItemCommand(ItemUndoContext& context, const Item& item)
    : ItemCommand(context, item.id), m_status(item.status), m_baseVersion(item.rowVersion)
{
    setText(tr("Withdraw “%1”").arg(shortTitle(item.title)));
}

void WithdrawItemCommand::perform()
{
    if (m_status == ItemStatus::Withdrawn)
        throw Error(tr("The item is withdrawn already."));
    m_context.withdrawItem(m_id, m_baseVersion);
    m_generation = m_context.recordFirstWrite(m_id, m_baseVersion, m_baseVersion + 1);
}

int WithdrawItemCommand::revert(int expectedVersion)
{
    return m_context.reinstateItem(m_id, m_status, expectedVersion);
}

int WithdrawItemCommand::reapply(int expectedVersion)
{
    return withdrawAt(m_context, m_id, expectedVersion);
}

} // namespace gongkai::ui
