#pragma once

#include <QJsonObject>

namespace gongkai {

struct Item;

/// The values of an item as the audit trail records them: every field for a new item, only the
/// changed ones (before and after) for a change. Ids are written as text.
class ItemAuditJson
{
public:
    static QJsonObject snapshot(const Item& item);
    /// Fills before and after with the fields whose values differ.
    static void diff(const Item& before, const Item& after, QJsonObject* beforeOut, QJsonObject* afterOut);
};

} // namespace gongkai
