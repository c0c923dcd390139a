#include "reviewoffice.h"
#include "testdatabase.h"

#include "review/accountservice.h"
#include "review/adminservice.h"
#include "review/authservice.h"
#include "review/passwordhasher.h"
#include "review/passwordpolicy.h"
#include "review/reviewerrors.h"
#include "storage/auditlog.h"
#include "storage/userrepository.h"

#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

namespace {
qint64 countEvents(Database& db, AuditEvent event, bool success, const QString& login = {})
{
    AuditFilter f;
    f.events = {event};
    f.login = login;
    qint64 n = 0;
    for (const AuditRecord& r : AuditLog(db).list(f, 0, 1000))
        n += r.success == success ? 1 : 0;
    return n;
}

/// Catches the AuthError of a call; QFAILs (and returns a default) when there is none.
template <typename F> AuthError authError(F&& call)
{
    try {
        call();
    } catch (const AuthError& e) {
        return e;
    }
    QTest::qFail("no AuthError was thrown", __FILE__, __LINE__);
    return AuthError(AuthError::Reason::SessionInvalid, QString());
}
} // namespace

/// Accounts: the password rule and its hashes, signing in, lock-out, resets, the first administrator,
/// and separation of duties in account management; on SQLite and PostgreSQL.
class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PasswordHasher::setFastHashingForTests(true); }
    void initTestCase_data() { addBackendRows(); }

    void passwordRule_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("4 classes, 8 characters") << QStringLiteral("aB3$efgh") << QString() << true;
        QTest::newRow("lower, upper, digit") << QStringLiteral("abcdefG1") << QString() << true;
        QTest::newRow("upper, digit, other") << QStringLiteral("ABCDEF1!") << QString() << true;
        QTest::newRow("lower, digit, other") << QStringLiteral("abc-def-9") << QString() << true;
        QTest::newRow("Chinese counts as other") << QStringLiteral("政务公开ab12") << QString() << true;
        QTest::newRow("7 characters") << QStringLiteral("aB3$efg") << QString() << false;
        QTest::newRow("one class") << QStringLiteral("abcdefghij") << QString() << false;
        QTest::newRow("two classes") << QStringLiteral("abcdefg123") << QString() << false;
        QTest::newRow("two classes, long") << QStringLiteral("ABCDEFGHIJKLMNOP!!!!") << QString() << false;
        QTest::newRow("empty") << QString() << QString() << false;
        QTest::newRow("contains the login")
            << QStringLiteral("Zhangwei#1") << QStringLiteral("zhangwei") << false;
        QTest::newRow("demo password") << QStringLiteral("Demo2024!") << QStringLiteral("zhaomin") << true;
    }

    void passwordRule()
    {
        QFETCH(QString, password);
        QFETCH(QString, login);
        QFETCH(bool, acceptable);
        const QString problem = PasswordPolicy::problem(password, login);
        QCOMPARE(problem.isEmpty(), acceptable);
    }

    void hashesAreArgon2id()
    {
        PasswordHasher::setFastHashingForTests(false);
        const QString hash = PasswordHasher::hash(QStringLiteral("Secret#2024"));
        PasswordHasher::setFastHashingForTests(true);
        // libsodium's interactive limits: 64 MiB, 2 passes.
        QVERIFY2(hash.startsWith(QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$")), qPrintable(hash));
        QVERIFY(PasswordHasher::verify(hash, QStringLiteral("Secret#2024")));
        QVERIFY(!PasswordHasher::verify(hash, QStringLiteral("secret#2024")));
        QVERIFY(!PasswordHasher::verify(QStringLiteral("not a hash"), QStringLiteral("Secret#2024")));
        // A new salt every time.
        QVERIFY(PasswordHasher::hash(QStringLiteral("x")) != PasswordHasher::hash(QStringLiteral("x")));
    }

    void firstAdministrator()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        AuthService auth(db);
        QVERIFY(AuthService::needsFirstAdministrator(db));
        QVERIFY_THROWS_EXCEPTION(
            ValidationError,
            auth.createFirstAdministrator(QStringLiteral("sysadmin"), QString(), QStringLiteral("weak")));
        QVERIFY(AuthService::needsFirstAdministrator(db));
        const Session s = auth.createFirstAdministrator(
            QStringLiteral("sysadmin"), QStringLiteral("系统管理员"), QStringLiteral("Root#2024x"));
        QCOMPARE(s.login(), QStringLiteral("sysadmin"));
        QCOMPARE(s.user().roles, QList<Role>{Role::Administrator});
        QVERIFY(!AuthService::needsFirstAdministrator(db));
        QVERIFY_THROWS_EXCEPTION(Error, auth.createFirstAdministrator(QStringLiteral("sysadmin2"), QString(),
                                                                      QStringLiteral("Root#2024x")));
        QCOMPARE(auth.login(QStringLiteral("sysadmin"), QStringLiteral("Root#2024x")).userId(), s.userId());
    }

    void wrongLoginAndWrongPasswordLookAlike()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        AuthService auth(t.db());
        const AuthError unknown =
            authError([&] { auth.login(QStringLiteral("nobody"), ReviewOffice::password()); });
        const AuthError wrong =
            authError([&] { auth.login(QStringLiteral("lina"), QStringLiteral("Wrong#2024")); });
        QCOMPARE(unknown.reason(), AuthError::Reason::WrongCredentials);
        QCOMPARE(wrong.reason(), AuthError::Reason::WrongCredentials);
        QCOMPARE(unknown.message(), wrong.message());
        QVERIFY(!wrong.message().contains(QLatin1String("lina")));
        QCOMPARE(countEvents(t.db(), AuditEvent::LoginFailed, false, QStringLiteral("nobody")), 1);
        QCOMPARE(countEvents(t.db(), AuditEvent::LoginFailed, false, QStringLiteral("lina")), 1);
        const Session s = ReviewOffice::login(t.db(), QStringLiteral("lina"));
        QCOMPARE(s.user().name, QStringLiteral("李娜"));
        QVERIFY(s.hasRole(Role::SectionChief));
        QCOMPARE(countEvents(t.db(), AuditEvent::Login, true, QStringLiteral("lina")), 1);
        // A good sign-in clears the failure count.
        QCOMPARE(UserRepository(t.db()).byLogin(QStringLiteral("lina"))->failedLogins, 0);
    }

    void lockOutAfterFiveFailuresForThirtyMinutes()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        ReviewOffice::create(db);
        QDateTime now(QDate(2026, 11, 21), QTime(2, 0), Qt::UTC);
        db.setClock([&now] { return now; });
        AuthService auth(db);
        const QString bad = QStringLiteral("Wrong#2024");
        for (int i = 1; i < AuthService::kMaxFailedSignIns; ++i) {
            QCOMPARE(authError([&] { auth.login(QStringLiteral("lina"), bad); }).reason(),
                     AuthError::Reason::WrongCredentials);
            QCOMPARE(UserRepository(db).byLogin(QStringLiteral("lina"))->failedLogins, i);
            now = now.addSecs(10);
        }
        const AuthError fifth = authError([&] { auth.login(QStringLiteral("lina"), bad); });
        QCOMPARE(fifth.reason(), AuthError::Reason::Locked);
        const QDateTime until = now.addSecs(30 * 60);
        QCOMPARE(fifth.lockedUntil(), until);
        QVERIFY2(fifth.message().contains(until.toLocalTime().toString(QStringLiteral("HH:mm"))),
                 qPrintable(fifth.message()));
        QCOMPARE(countEvents(db, AuditEvent::AccountLocked, true, QStringLiteral("lina")), 1);
        // The administrator sees it.
        const User locked = *UserRepository(db).byLogin(QStringLiteral("lina"));
        QVERIFY(locked.isLockedAt(now));
        QCOMPARE(locked.lockedUntil, until);

        // Even the right password is refused until the lock ends…
        now = now.addSecs(29 * 60);
        QCOMPARE(authError([&] { ReviewOffice::login(db, QStringLiteral("lina")); }).reason(),
                 AuthError::Reason::Locked);
        // …and accepted after it, with a fresh count.
        now = until;
        QCOMPARE(ReviewOffice::login(db, QStringLiteral("lina")).login(), QStringLiteral("lina"));
        const User after = *UserRepository(db).byLogin(QStringLiteral("lina"));
        QCOMPARE(after.failedLogins, 0);
        QVERIFY(!after.isLockedAt(now));
        // Other accounts were never affected.
        QCOMPARE(UserRepository(db).byLogin(QStringLiteral("zhangwei"))->failedLogins, 0);
    }

    void administratorUnlocksEarly()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        AuthService auth(db);
        for (int i = 0; i < AuthService::kMaxFailedSignIns; ++i)
            authError([&] { auth.login(QStringLiteral("zhangwei"), QStringLiteral("Wrong#2024")); });
        QVERIFY(UserRepository(db).byLogin(QStringLiteral("zhangwei"))->isLockedAt(db.nowUtc()));
        const Session admin = ReviewOffice::login(db, QStringLiteral("admin"));
        // Only the administrator may.
        const Session chief = ReviewOffice::login(db, QStringLiteral("lina"));
        QVERIFY_THROWS_EXCEPTION(PermissionError, AccountService(db).unlock(chief, o.seed.author));
        AccountService(db).unlock(admin, o.seed.author);
        QCOMPARE(ReviewOffice::login(db, QStringLiteral("zhangwei")).userId(), o.seed.author);
        QCOMPARE(countEvents(db, AuditEvent::AccountUnlocked, true, QStringLiteral("admin")), 1);
        QCOMPARE(countEvents(db, AuditEvent::PermissionDenied, false, QStringLiteral("lina")), 1);
    }

    void resetForcesAChangeAtNextSignIn()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Session admin = ReviewOffice::login(db, QStringLiteral("admin"));
        AccountService accounts(db);
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 accounts.resetPassword(admin, o.seed.author, QStringLiteral("short")));
        accounts.resetPassword(admin, o.seed.author, QStringLiteral("Temp#2024a"));
        QVERIFY(UserRepository(db).byId(o.seed.author)->mustChangePassword);
        AuthService auth(db);
        QCOMPARE(
            authError([&] { auth.login(QStringLiteral("zhangwei"), QStringLiteral("Temp#2024a")); }).reason(),
            AuthError::Reason::PasswordChangeRequired);
        // The old password is gone.
        QCOMPARE(authError([&] { ReviewOffice::login(db, QStringLiteral("zhangwei")); }).reason(),
                 AuthError::Reason::WrongCredentials);
        QVERIFY_THROWS_EXCEPTION(ValidationError, auth.changePasswordAndLogin(QStringLiteral("zhangwei"),
                                                                              QStringLiteral("Temp#2024a"),
                                                                              QStringLiteral("Temp#2024a")));
        QVERIFY_THROWS_EXCEPTION(ValidationError, auth.changePasswordAndLogin(QStringLiteral("zhangwei"),
                                                                              QStringLiteral("Temp#2024a"),
                                                                              QStringLiteral("weakweak")));
        const Session s = auth.changePasswordAndLogin(
            QStringLiteral("zhangwei"), QStringLiteral("Temp#2024a"), QStringLiteral("Mine#2024z"));
        QCOMPARE(s.userId(), o.seed.author);
        QVERIFY(!UserRepository(db).byId(o.seed.author)->mustChangePassword);
        QCOMPARE(auth.login(QStringLiteral("zhangwei"), QStringLiteral("Mine#2024z")).userId(),
                 o.seed.author);
        QCOMPARE(countEvents(db, AuditEvent::PasswordReset, true, QStringLiteral("admin")), 1);
        QCOMPARE(countEvents(db, AuditEvent::PasswordChanged, true, QStringLiteral("zhangwei")), 1);
    }

    void passwordIsAskedAgainToUnlockAndSign()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        ReviewOffice::create(db);
        AuthService auth(db);
        const Session s = ReviewOffice::login(db, QStringLiteral("lina"));
        QVERIFY(auth.verifyPassword(s, ReviewOffice::password()));
        QVERIFY(!auth.verifyPassword(s, QStringLiteral("Wrong#2024")));
        QCOMPARE(countEvents(db, AuditEvent::Reauthenticated, false, QStringLiteral("lina")), 1);
        QCOMPARE(countEvents(db, AuditEvent::Reauthenticated, true, QStringLiteral("lina")), 1);
        // Failed confirmations count toward the lock-out too.
        for (int i = 1; i < AuthService::kMaxFailedSignIns - 1; ++i)
            QVERIFY(!auth.verifyPassword(s, QStringLiteral("Wrong#2024")));
        QCOMPARE(authError([&] { auth.verifyPassword(s, QStringLiteral("Wrong#2024")); }).reason(),
                 AuthError::Reason::Locked);
        QCOMPARE(authError([&] { auth.verifyPassword(s, ReviewOffice::password()); }).reason(),
                 AuthError::Reason::Locked);
    }

    void deactivatedAccountsCannotSignIn()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Session admin = ReviewOffice::login(db, QStringLiteral("admin"));
        const Session before = ReviewOffice::login(db, QStringLiteral("liming"));
        User u = *UserRepository(db).byId(o.liming);
        u.active = false;
        AccountService(db).updateUser(admin, u);
        QCOMPARE(authError([&] { ReviewOffice::login(db, QStringLiteral("liming")); }).reason(),
                 AuthError::Reason::Inactive);
        // A session opened before the deactivation stops working at once.
        QCOMPARE(authError([&] { AdminService(db).chain(before); }).reason(), AuthError::Reason::Inactive);
    }

    void accountManagementKeepsDutiesApart_data()
    {
        QTest::addColumn<QString>("roles");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("author") << QStringLiteral("author") << true;
        QTest::newRow("section chief and author") << QStringLiteral("section_chief,author") << true;
        QTest::newRow("auditor alone") << QStringLiteral("auditor") << true;
        QTest::newRow("administrator alone") << QStringLiteral("administrator") << true;
        QTest::newRow("administrator and section chief")
            << QStringLiteral("administrator,section_chief") << false;
        QTest::newRow("administrator and auditor") << QStringLiteral("administrator,auditor") << false;
        QTest::newRow("auditor and author") << QStringLiteral("auditor,author") << false;
    }

    void accountManagementKeepsDutiesApart()
    {
        QFETCH(QString, roles);
        QFETCH(bool, accepted);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        User u;
        u.login = QStringLiteral("newcomer");
        u.name = QStringLiteral("新同事");
        u.departmentId = o.seed.office;
        for (const QString& code : roles.split(QLatin1Char(','))) {
            Role r;
            QVERIFY(roleFromString(code, &r));
            u.roles << r;
        }
        const Session admin = ReviewOffice::login(db, QStringLiteral("admin"));
        if (!accepted) {
            QVERIFY_THROWS_EXCEPTION(ValidationError,
                                     AccountService(db).addUser(admin, u, QStringLiteral("First#2024")));
            QVERIFY(!UserRepository(db).byLogin(u.login));
            return;
        }
        const qint64 id = AccountService(db).addUser(admin, u, QStringLiteral("First#2024"));
        const User stored = *UserRepository(db).byId(id);
        QVERIFY(stored.hasPassword);
        QVERIFY(stored.mustChangePassword); // the administrator knows it: the user changes it first
        QCOMPARE(countEvents(db, AuditEvent::UserCreated, true, QStringLiteral("admin")), 1);
    }

    void onlyTheAdministratorManagesAccounts_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("author") << QStringLiteral("zhangwei");
        QTest::newRow("section chief") << QStringLiteral("lina");
        QTest::newRow("leader") << QStringLiteral("zhaoli");
        QTest::newRow("auditor") << QStringLiteral("audit");
    }

    void onlyTheAdministratorManagesAccounts()
    {
        QFETCH(QString, login);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Session s = ReviewOffice::login(db, login);
        User u;
        u.login = QStringLiteral("sneaky");
        u.name = QStringLiteral("某人");
        u.roles = {Role::Administrator};
        try {
            AccountService(db).addUser(s, u, QStringLiteral("Sneaky#2024"));
            QFAIL("a non-administrator added an account");
        } catch (const PermissionError& e) {
            QVERIFY2(e.message().contains(login), qPrintable(e.message()));
        }
        QVERIFY_THROWS_EXCEPTION(
            PermissionError, AccountService(db).resetPassword(s, o.seed.chief, QStringLiteral("Reset#2024")));
        QVERIFY_THROWS_EXCEPTION(PermissionError, AccountService(db).users(s));
        QVERIFY(!UserRepository(db).byLogin(QStringLiteral("sneaky")));
        QCOMPARE(countEvents(db, AuditEvent::PermissionDenied, false, login), 3);
    }

    void theLastAdministratorStays()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Session admin = ReviewOffice::login(db, QStringLiteral("admin"));
        User me = *UserRepository(db).byId(o.admin);
        me.active = false;
        try {
            AccountService(db).updateUser(admin, me);
            QFAIL("the last administrator was deactivated");
        } catch (const RuleError& e) {
            QCOMPARE(e.rule(), RuleError::Rule::LastAdministrator);
        }
        QVERIFY(UserRepository(db).byId(o.admin)->active);
    }
};

QTEST_GUILESS_MAIN(TestAccounts)
#include "test_accounts.moc"
