#pragma once

#include "storage/database.h"

#include <QString>

#include <memory>

namespace gongkai::test {

/// The back ends every storage test runs on: "sqlite" always, "postgresql" when the environment names
/// a server (GONGKAI_TEST_PG_URL, password in GONGKAI_DB_PASSWORD). Call from initTestCase_data().
void addBackendRows();

/// A fresh, migrated, empty database of the current global data row's back end. On PostgreSQL a new
/// database is created for it and dropped by the returned handle's owner (TestDatabase).
/// QSKIPs when the PostgreSQL server is not configured outside CI; QFAILs in CI (CI=true).
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();
    /// Opens the back end named in the current QTest global data ("backend" column).
    /// Returns false when the test must stop (skipped or failed already).
    bool open(bool migrate = true);
    /// Opens the named back end ("sqlite" or "postgresql") for tests without global data.
    bool open(const QString& backend, bool migrate = true);
    Database& db() { return *m_db; }
    /// The location of the database, to open further connections.
    const DbLocation& location() const { return m_location; }
    QString backend() const { return m_backend; }

private:
    std::unique_ptr<Database> m_db;
    DbLocation m_location;
    QString m_backend;
    QString m_pgName;
    QString m_tempDir;
};

/// URL of the test PostgreSQL server's maintenance database, or empty.
QString postgresUrl();

} // namespace gongkai::test
