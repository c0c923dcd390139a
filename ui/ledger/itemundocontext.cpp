#include "itemundocontext.h"

#include "review/itemservice.h"
#include "storage/itemrepository.h"

namespace gongkai::ui {

ItemUndoContext::ItemUndoContext(Database& db, QObject* parent) : QObject(parent), m_db(db) {}

void ItemUndoContext::addItem(Item& item)
{
    if (m_session) {
        ItemService service(m_db);
        service.create(*m_session, item);
        announce(item.id, service);
    } else
        ItemRepository(m_db).add(item);
}

void ItemUndoContext::updateItem(Item& item)
{
    if (m_session) {
        ItemService service(m_db);
        service.update(*m_session, item);
        announce(item.id, service);
    } else
        ItemRepository(m_db).update(item);
}

void ItemUndoContext::announce(qint64 itemId, const ItemService& service)
{
    if (service.screening().totalCount() > 0)
        emit screenedOnSave(itemId, service.screening().highCount(), service.screening().totalCount());
}

void ItemUndoContext::withdrawItem(qint64 itemId, int expectedVersion)
{
    if (m_session)
        ItemService(m_db).withdraw(*m_session, itemId, expectedVersion);
    else
        ItemRepository(m_db).withdraw(itemId, expectedVersion);
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
