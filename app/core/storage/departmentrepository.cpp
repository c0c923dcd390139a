#include "departmentrepository.h"

namespace gongkai {

DepartmentRepository::DepartmentRepository(Database& db) : m_table(db, QStringLiteral("departments")) {}

Department DepartmentRepository::fromRow(const NamedTable::Row& row)
{
    Department value;
    value.id = row.id;
    value.name = row.name;
    value.active = row.active;
    return value;
}

QList<Department> DepartmentRepository::list(bool includeInactive) const
{
    QList<Department> out;
    for (const NamedTable::Row& row : m_table.list(includeInactive))
        out << fromRow(row);
    return out;
}

std::optional<Department> DepartmentRepository::byId(qint64 id) const
{
    const auto row = m_table.byId(id);
    return row ? std::optional<Department>(fromRow(*row)) : std::nullopt;
}

std::optional<Department> DepartmentRepository::byName(const QString& name) const
{
    const auto row = m_table.byName(name);
    return row ? std::optional<Department>(fromRow(*row)) : std::nullopt;
}

qint64 DepartmentRepository::add(const QString& name)
{
    return m_table.add(name, false);
}

void DepartmentRepository::update(const Department& value)
{
    m_table.update(NamedTable::Row{value.id, value.name, value.active, false});
}

} // namespace gongkai
