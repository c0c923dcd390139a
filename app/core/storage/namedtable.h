#pragma once

#include <QJsonObject>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace gongkai {

class Database;

/// Shared SQL for the small editable lists (departments, categories, channels): rows with a unique
/// name and an active flag. The repositories wrap it with their domain types. Additions and changes
/// are appended to the audit trail as the Database's actor.
class NamedTable
{
public:
    struct Row
    {
        qint64 id = 0;
        QString name;
        bool active = true;
        bool flag = false; ///< the table's extra boolean column, if any
    };

    /// flagColumn: an extra boolean column (e.g. is_agency) or empty.
    NamedTable(Database& db, QString table, QString flagColumn = {});

    QList<Row> list(bool includeInactive) const;
    std::optional<Row> byId(qint64 id) const;
    std::optional<Row> byName(const QString& name) const;
#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    qint64 add(const QString& name, bool flag);
    void update(const Row& row);
#endif
    /// Validates a name for this table; throws ValidationError.
    void checkName(const QString& name, qint64 exceptId) const;

private:
    QString columns() const;
    QString objectType() const;
    QJsonObject json(const Row& row) const;
    Row read(const QSqlQuery& q) const;

    Database& m_db;
    QString m_table;
    QString m_flagColumn;
};

} // namespace gongkai
