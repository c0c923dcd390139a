#include "testdatabase.h"

#include "storage/migrations.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace gongkai::test {

QString postgresUrl()
{
    return qEnvironmentVariable("GONGKAI_TEST_PG_URL");
}

void addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    // Without a server, outside CI, the PostgreSQL rows are left out rather than skipped: ctest reports a
    // test that skipped anything as skipped, which would hide a failure in its SQLite rows. In CI the row
    // is always there, and open() fails it when no server is configured.
    if (!postgresUrl().isEmpty() || qEnvironmentVariable("CI") == QLatin1String("true"))
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    else
        qInfo("GONGKAI_TEST_PG_URL is not set: the PostgreSQL rows do not run");
}

TestDatabase::TestDatabase() = default;

TestDatabase::~TestDatabase()
{
    m_db.reset();
    if (!m_pgName.isEmpty()) {
        try {
            DbLocation admin = DbLocation::parse(postgresUrl());
            auto db = Database::open(admin, qEnvironmentVariable("GONGKAI_DB_PASSWORD"));
            db->execRaw(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName));
        } catch (const std::exception& e) {
            qWarning("could not drop test database: %s", e.what());
        }
    }
    if (!m_tempDir.isEmpty())
        QDir(m_tempDir).removeRecursively();
}

bool TestDatabase::open(bool migrate)
{
    QFETCH_GLOBAL(QString, backend);
    return open(backend, migrate);
}

bool TestDatabase::open(const QString& backend, bool migrate)
{
    m_backend = backend;
    try {
        if (m_backend == QLatin1String("postgresql")) {
            const QString url = postgresUrl();
            if (url.isEmpty()) {
                if (qEnvironmentVariable("CI") == QLatin1String("true")) {
                    QTest::qFail("GONGKAI_TEST_PG_URL is not set in CI: the PostgreSQL tests cannot run",
                                 __FILE__, __LINE__);
                    return false;
                }
                QTest::qSkip("no PostgreSQL server configured (set GONGKAI_TEST_PG_URL)", __FILE__, __LINE__);
                return false;
            }
            const DbLocation admin = DbLocation::parse(url);
            m_pgName = QStringLiteral("gk_test_%1")
                           .arg(QUuid::createUuid().toString(QUuid::Id128).left(16));
            {
                auto db = Database::open(admin, qEnvironmentVariable("GONGKAI_DB_PASSWORD"));
                db->execRaw(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(m_pgName));
            }
            m_location = admin;
            m_location.database = m_pgName;
        } else {
            QTemporaryDir dir;
            dir.setAutoRemove(false);
            m_tempDir = dir.path();
            m_location = DbLocation::parse(m_tempDir + QStringLiteral("/test.sqlite"));
        }
        m_db = Database::open(m_location, qEnvironmentVariable("GONGKAI_DB_PASSWORD"));
        if (migrate)
            Migrations::migrate(*m_db);
    } catch (const std::exception& e) {
        QTest::qFail(e.what(), __FILE__, __LINE__);
        return false;
    }
    return true;
}

} // namespace gongkai::test
