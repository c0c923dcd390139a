#pragma once

#include <QCoreApplication>
#include <QString>

namespace gongkai {

class Database;

/// Office-wide settings kept in the database (gongkai_meta), so every workstation prints the same.
class OfficeSettings
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::OfficeSettings)

public:
    /// The unit's name printed on review forms and summaries; a placeholder until it is set.
    static QString unitName(Database& db);
    /// True once an administrator has set the unit's name.
    static bool hasUnitName(Database& db);
#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    /// Stores the unit's name (trimmed, not empty: ValidationError) and audits the change as db.actor().
    static void setUnitName(Database& db, const QString& name);
#endif
    /// What unitName() gives before it is set: （单位名称）.
    static QString placeholderUnitName();
};

} // namespace gongkai
