#include "categoryrepository.h"

namespace gongkai {

CategoryRepository::CategoryRepository(Database& db) : m_table(db, QStringLiteral("categories")) {}

Category CategoryRepository::fromRow(const NamedTable::Row& row)
{
    Category value;
    value.id = row.id;
    value.name = row.name;
    value.active = row.active;
    return value;
}

QList<Category> CategoryRepository::list(bool includeInactive) const
{
    QList<Category> out;
    for (const NamedTable::Row& row : m_table.list(includeInactive))
        out << fromRow(row);
    return out;
}

std::optional<Category> CategoryRepository::byId(qint64 id) const
{
    const auto row = m_table.byId(id);
    return row ? std::optional<Category>(fromRow(*row)) : std::nullopt;
}

std::optional<Category> CategoryRepository::byName(const QString& name) const
{
    const auto row = m_table.byName(name);
    return row ? std::optional<Category>(fromRow(*row)) : std::nullopt;
}

qint64 CategoryRepository::add(const QString& name)
{
    return m_table.add(name, false);
}

void CategoryRepository::update(const Category& value)
{
    m_table.update(NamedTable::Row{value.id, value.name, value.active, false});
}

} // namespace gongkai
