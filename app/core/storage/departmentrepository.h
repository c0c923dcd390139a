#pragma once

#include "../domain/department.h"
#include "namedtable.h"

#include <QList>

#include <optional>

namespace gongkai {

class Database;

/// Reads and writes departments (科室).
class DepartmentRepository
{
public:
    explicit DepartmentRepository(Database& db);

    QList<Department> list(bool includeInactive = true) const;
    std::optional<Department> byId(qint64 id) const;
    std::optional<Department> byName(const QString& name) const;
#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    /// Adds one; throws ValidationError for an empty or duplicate name.
    qint64 add(const QString& name);
    void update(const Department& value);
#endif

private:
    static Department fromRow(const NamedTable::Row& row);
    NamedTable m_table;
};

} // namespace gongkai
