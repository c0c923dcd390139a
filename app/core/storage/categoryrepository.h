#pragma once

#include "../domain/category.h"
#include "namedtable.h"

#include <QList>

#include <optional>

namespace gongkai {

class Database;

/// Reads and writes information categories.
class CategoryRepository
{
public:
    explicit CategoryRepository(Database& db);

    QList<Category> list(bool includeInactive = true) const;
    std::optional<Category> byId(qint64 id) const;
    std::optional<Category> byName(const QString& name) const;
#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    /// Adds one; throws ValidationError for an empty or duplicate name.
    qint64 add(const QString& name);
    void update(const Category& value);
#endif

private:
    static Category fromRow(const NamedTable::Row& row);
    NamedTable m_table;
};

} // namespace gongkai
