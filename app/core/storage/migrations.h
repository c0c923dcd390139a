#pragma once

#include <QCoreApplication>

namespace gongkai {

class Database;

/// Brings a database's schema forward, one version per transaction, on SQLite and PostgreSQL.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::Migrations)

public:
    /// The version this build of the program writes.
    static int latestVersion();
    /// 0 for an empty database.
    static int currentVersion(Database& db);
    /// Migrates to latestVersion(); throws DbError (the failed step is rolled back) or Error when
    /// the database is newer than this program.
    static void migrate(Database& db);
    /// Migrates up to the given version only (tests build databases of an older version this way).
    static void migrateTo(Database& db, int version);
    /// Fills the lists a new office starts with (channels, categories); idempotent.
    static void seedDefaults(Database& db);
};

} // namespace gongkai
