#include "itemundocontext.h"

#include "review/itemservice.h"

namespace gongkai::ui {

ItemUndoContext::ItemUndoContext(Database& db, const Session& session, QObject* parent)
    : QObject(parent), m_db(db), m_session(session)
{
}

void ItemUndoContext::addItem(Item& item)
{
    ItemService service(m_db);
    service.create(m_session, item);
    announce(item.id, service);
}

void ItemUndoContext::updateItem(Item& item, const QString& overrideReason)
{
    ItemService service(m_db);
    service.update(m_session, item, overrideReason);
    announce(item.id, service);
}

int ItemUndoContext::setDistribution(const Item& item)
{
    ItemService(m_db).setDistribution(m_session, item.id, item.publications, item.submissions, item.rowVersion);
    // One write, checked against the row version: the next version is this one's successor.
    return item.rowVersion + 1;
}

void ItemUndoContext::announce(qint64 itemId, const ItemService& service)
{
    if (service.screening().totalCount() > 0)
        emit screenedOnSave(itemId, service.screening().highCount(), service.screening().totalCount());
}

void ItemUndoContext::withdrawItem(qint64 itemId, int expectedVersion)
{
    ItemService(m_db).withdraw(m_session, itemId, expectedVersion);
}

int ItemUndoContext::reinstateItem(qint64 itemId, ItemStatus status, int expectedVersion)
{
    return ItemService(m_db).reinstate(m_session, itemId, status, expectedVersion);
}

int ItemUndoContext::recordFirstWrite(qint64 itemId, int baseVersion, int newVersion)
{
    auto it = m_items.find(itemId);
    if (it == m_items.end()) {
        m_items.insert(itemId, {newVersion, 0});
        return 0;
    }
    if (it->version != baseVersion)
        ++it->generation;
    it->version = newVersion;
    return it->generation;
}

std::optional<int> ItemUndoContext::expectedVersion(qint64 itemId, int generation) const
{
    const auto it = m_items.constFind(itemId);
    if (it == m_items.cend() || it->generation != generation)
        return std::nullopt;
    return it->version;
}

void ItemUndoContext::recordWrite(qint64 itemId, int newVersion)
{
    m_items[itemId].version = newVersion;
}

void ItemUndoContext::invalidate(qint64 itemId)
{
    ++m_items[itemId].generation;
}

} // namespace gongkai::ui
