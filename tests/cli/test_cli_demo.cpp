#include "clirunner.h"
#include "testdatabase.h"

#include "demo/demogenerator.h"
#include "review/auditverifier.h"
#include "review/passwordhasher.h"
#include "storage/auditlog.h"
#include "storage/departmentrepository.h"
#include "storage/itemrepository.h"
#include "storage/userrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

namespace {
CliResult demo(const TestDatabase& t, const QStringList& args, const QString& home,
               const QString& password = {})
{
    return runCli(QStringLiteral(GONGKAI_CLI_PATH), t.location().toString(),
                  QStringList{QStringLiteral("demo")} + args, home, password);
}

/// What a refused command must leave as it was: every table's rows, the trail and its head.
QStringList state(Database& db)
{
    QStringList out;
    for (const char* table : {"users", "user_roles", "departments", "channels", "categories", "items",
                              "publications", "submissions", "review_rounds", "signatures", "paper_reviews",
                              "work_records", "audit_trail", "gongkai_meta"})
        out << QStringLiteral("%1 %2")
                   .arg(QLatin1String(table))
                   .arg(db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
                            .toLongLong());
    const AuditLog::Head head = AuditLog(db).head();
    out << QStringLiteral("head %1 %2").arg(head.seq).arg(head.hash);
    out << QStringLiteral("demo %1").arg(DemoGenerator::isDemo(db));
    return out;
}
} // namespace

/// gongkai-cli demo: only into a new, empty database, without --user, on SQLite and PostgreSQL.
class TestCliDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void demoFillsOnlyAnEmptyLedger()
    {
        TestDatabase t;
        if (!t.open(false))
            return;
        QTemporaryDir home;
        // No --user and no password: a new database has nobody to sign in as.
        const CliResult r =
            demo(t,
                 {QStringLiteral("--items"), QStringLiteral("60"), QStringLiteral("--seed"),
                  QStringLiteral("3"), QStringLiteral("--last-day"), QStringLiteral("2025-06-30")},
                 home.path());
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral(" 60 items")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("work records")), qPrintable(r.out));
        QVERIFY2(r.out.contains(DemoGenerator::demoPassword()), qPrintable(r.out));
        Database& db = t.db();
        QVERIFY(DemoGenerator::isDemo(db));
        QCOMPARE(UserRepository(db).list(true).size(), DemoGenerator::accounts().size());
        QCOMPARE(ItemRepository(db).count(), 60);
        const VerifyReport report = AuditVerifier::verify(db);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.first()->message));
        const CliResult verify = runCli(QStringLiteral(GONGKAI_CLI_PATH), t.location().toString(),
                                        {QStringLiteral("verify")}, home.path());
        QVERIFY2(verify.code == 0, qPrintable(verify.describe()));

        // A second run finds the office there and changes nothing.
        const QStringList before = state(db);
        const CliResult again = demo(t, {}, home.path());
        QCOMPARE(again.code, 1);
        QVERIFY2(again.err.contains(QStringLiteral("%1 account").arg(DemoGenerator::accounts().size())) &&
                     again.err.contains(QStringLiteral("60 item")) &&
                     again.err.contains(QStringLiteral("new, empty database")),
                 qPrintable(again.err));
        QCOMPARE(state(db), before);
    }

    void refusedWhenTheDatabaseHoldsAnything_data()
    {
        QTest::addColumn<bool>("withItem");
        QTest::addColumn<QString>("says");
        QTest::newRow("an account") << false << QStringLiteral("0 item");
        QTest::newRow("an account and its item") << true << QStringLiteral("1 item");
    }

    void refusedWhenTheDatabaseHoldsAnything()
    {
        QFETCH(bool, withItem);
        QFETCH(QString, says);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        PasswordHasher::setFastHashingForTests(true);
        // An office of its own, not the demo's: the account's name is one the demo uses too.
        const qint64 department = DepartmentRepository(db).add(QStringLiteral("办公室"));
        User user;
        user.login = QStringLiteral("zhangwei");
        user.name = QStringLiteral("张伟（本单位）");
        user.departmentId = department;
        user.roles = {Role::Author};
        user.id = UserRepository(db).add(user);
        if (withItem) {
            Item item;
            item.title = QStringLiteral("本单位的信息");
            item.categoryId = db.scalar(QStringLiteral("SELECT MIN(id) FROM categories")).toLongLong();
            item.departmentId = department;
            item.authorId = user.id;
            item.drafted = QDate(2025, 3, 1);
            ItemRepository(db).add(item);
        }
        const QStringList before = state(db);
        QTemporaryDir home;
        const CliResult r = demo(t, {QStringLiteral("--items"), QStringLiteral("20")}, home.path());
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("has 1 account")) && r.err.contains(says) &&
                     r.err.contains(QStringLiteral("the demo office goes only into a new, empty database")),
                 qPrintable(r.err));
        QCOMPARE(state(db), before);
        // The account is untouched.
        const std::optional<User> after = UserRepository(db).byLogin(QStringLiteral("zhangwei"));
        QVERIFY(after);
        QCOMPARE(after->name, user.name);
        QVERIFY(!after->hasPassword);
    }

    void noForceAndNoUser_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("--force") << QStringList{QStringLiteral("demo"), QStringLiteral("--force")}
                                 << QStringLiteral("Unknown option 'force'");
        QTest::newRow("--user") << QStringList{QStringLiteral("--user"), QStringLiteral("zhangwei"),
                                               QStringLiteral("demo")}
                                << QStringLiteral("without --user");
    }

    void noForceAndNoUser()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        TestDatabase t;
        if (!t.open())
            return;
        const QStringList before = state(t.db());
        QTemporaryDir home;
        const CliResult r = runCli(QStringLiteral(GONGKAI_CLI_PATH), t.location().toString(), args,
                                   home.path(), DemoGenerator::demoPassword());
        QVERIFY2(r.code == 2, qPrintable(r.describe()));
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
        QCOMPARE(state(t.db()), before);
        // --help no longer offers it.
        const CliResult help = demo(t, {QStringLiteral("--help")}, home.path());
        QCOMPARE(help.code, 0);
        QVERIFY2(!help.out.contains(QStringLiteral("--force")) && help.out.contains(QStringLiteral("--seed")),
                 qPrintable(help.out));
    }
};

QTEST_GUILESS_MAIN(TestCliDemo)
#include "test_cli_demo.moc"
