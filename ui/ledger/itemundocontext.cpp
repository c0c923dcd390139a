#include "itemundocontext.h"

namespace gongkai::ui {

ItemUndoContext::ItemUndoContext(Database& db, QObject* parent) : QObject(parent), m_db(db) {}

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
