#include "reviewoffice.h"
#include "testdatabase.h"
#include "uitesthelpers.h"

#include "admin/administrationpage.h"
#include "audit/audittablemodel.h"
#include "audit/auditview.h"
#include "auth/changepassworddialog.h"
#include "auth/firstadmindialog.h"
#include "auth/idlewatcher.h"
#include "auth/logindialog.h"
#include "auth/unlockdialog.h"
#include "ledger/itemactions.h"
#include "ledger/ledgerview.h"
#include "mainwindow.h"
#include "models/ledgermodel.h"

#include "demo/demogenerator.h"
#include "review/accountservice.h"
#include "review/authservice.h"
#include "review/passwordhasher.h"
#include "review/reviewerrors.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/userrepository.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTableWidget>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;
using namespace gongkai::ui;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

void click(QWidget* dialog, QDialogButtonBox::StandardButton which)
{
    dialog->findChild<QDialogButtonBox*>()->button(which)->click();
}

/// Lets the test do what the program never does: change the audit trail (as someone with access to
/// the file or the server could).
void tamperWithAuditRecord(Database& db, qint64 seq)
{
    if (db.dialect() == Dialect::Sqlite)
        db.execRaw(QStringLiteral("DROP TRIGGER audit_trail_no_update"));
    else
        db.execRaw(QStringLiteral("ALTER TABLE audit_trail DISABLE TRIGGER USER"));
    db.exec(QStringLiteral("UPDATE audit_trail SET login = 'mallory' WHERE seq = :s"), {{QStringLiteral("s"), seq}});
}

std::unique_ptr<Database> secondConnection(const TestDatabase& t)
{
    return Database::open(t.location(), qEnvironmentVariable("GONGKAI_DB_PASSWORD"));
}

/// Types into the login dialog and presses Sign In.
void signInWith(LoginDialog& dialog, const QString& login, const QString& password)
{
    child<QLineEdit>(&dialog, "loginEdit")->setText(login);
    child<QLineEdit>(&dialog, "passwordEdit")->setText(password);
    dialog.accept();
}

QString errorText(QWidget* dialog)
{
    return child<QLabel>(dialog, "errorLabel")->text();
}

/// The top-level menus the window shows (by object name), for role checks.
bool menuShown(MainWindow& w, const char* name)
{
    auto* menu = w.findChild<QMenu*>(QString::fromLatin1(name));
    return menu && menu->menuAction()->isVisible();
}

} // namespace

/// Signing in, the first administrator, the idle lock, what each role sees and the audit view; on
/// SQLite and PostgreSQL.
class TestAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GongkaiTest"));
        QCoreApplication::setApplicationName(QStringLiteral("test_auth"));
    }
    void initTestCase_data() { addBackendRows(); }
    void init() { QSettings().clear(); }

    void wrongPasswordIsExplainedAndFiveLock()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        LoginDialog dialog(t.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        signInWith(dialog, QStringLiteral("zhangwei"), QStringLiteral("wrong"));
        QVERIFY(dialog.isVisible());
        QVERIFY(!dialog.session());
        const QString wrong = errorText(&dialog);
        QVERIFY(!wrong.isEmpty());
        QVERIFY(child<QLabel>(&dialog, "errorLabel")->isVisible());
        // An unknown login reads exactly the same: the message never says which was wrong.
        signInWith(dialog, QStringLiteral("nobody"), QStringLiteral("wrong"));
        QCOMPARE(errorText(&dialog), wrong);
        screenshot(&dialog, QStringLiteral("login-wrong"));

        for (int i = 1; i < AuthService::kMaxFailedSignIns; ++i)
            signInWith(dialog, QStringLiteral("zhangwei"), QStringLiteral("wrong"));
        QVERIFY(UserRepository(t.db()).byLogin(QStringLiteral("zhangwei"))->lockedUntil.isValid());
        // Locked: even the right password is refused, and the message says until when.
        signInWith(dialog, QStringLiteral("zhangwei"), ReviewOffice::password());
        QVERIFY(!dialog.session());
        const QDateTime until = UserRepository(t.db()).byLogin(QStringLiteral("zhangwei"))->lockedUntil;
        QVERIFY2(errorText(&dialog).contains(until.toLocalTime().toString(QStringLiteral("HH:mm"))) ||
                     errorText(&dialog).contains(until.toString(QStringLiteral("HH:mm"))),
                 qPrintable(errorText(&dialog)));
        screenshot(&dialog, QStringLiteral("login-locked"));

        signInWith(dialog, QStringLiteral("lina"), ReviewOffice::password());
        QVERIFY(dialog.session());
        QCOMPARE(dialog.session()->login(), QStringLiteral("lina"));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void mustChangePasswordFlow()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice office = ReviewOffice::create(t.db());
        const Session admin = ReviewOffice::login(t.db(), QStringLiteral("admin"));
        AccountService(t.db()).resetPassword(admin, office.liming, QStringLiteral("Temp#2024a"));

        LoginDialog dialog(t.db());
        bool ruleShown = false;
        QString mismatch;
        whenModal(
            [&](QWidget* change) {
                ruleShown = !child<QLabel>(change, "ruleLabel")->text().isEmpty();
                QVERIFY(!child<QLineEdit>(change, "currentEdit")->isVisible());
                child<QLineEdit>(change, "passwordEdit")->setText(QStringLiteral("Fresh#2024b"));
                child<QLineEdit>(change, "confirmEdit")->setText(QStringLiteral("Fresh#2024c"));
                click(change, QDialogButtonBox::Ok);
                mismatch = errorText(change);
                child<QLineEdit>(change, "confirmEdit")->setText(QStringLiteral("Fresh#2024b"));
                screenshot(change, QStringLiteral("change-password"));
                click(change, QDialogButtonBox::Ok);
            },
            &dialog);
        signInWith(dialog, QStringLiteral("liming"), QStringLiteral("Temp#2024a"));
        QVERIFY(ruleShown);
        QVERIFY(!mismatch.isEmpty());
        QVERIFY(dialog.session());
        QCOMPARE(dialog.session()->userId(), office.liming);
        // The new password works from now on, the temporary one no longer.
        AuthService(t.db()).login(QStringLiteral("liming"), QStringLiteral("Fresh#2024b"));
        QVERIFY_THROWS_EXCEPTION(AuthError,
                                 AuthService(t.db()).login(QStringLiteral("liming"), QStringLiteral("Temp#2024a")));
    }

    void firstAdministrator()
    {
        TestDatabase t;
        if (!t.open())
            return;
        PasswordHasher::setFastHashingForTests(true);
        QVERIFY(AuthService::needsFirstAdministrator(t.db()));
        FirstAdminDialog dialog(t.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!child<QLabel>(&dialog, "ruleLabel")->text().isEmpty());
        child<QLineEdit>(&dialog, "loginEdit")->setText(QStringLiteral("chief"));
        child<QLineEdit>(&dialog, "nameEdit")->setText(QStringLiteral("系统管理员"));
        child<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("short"));
        child<QLineEdit>(&dialog, "confirmEdit")->setText(QStringLiteral("short"));
        dialog.accept();
        QVERIFY(!dialog.session()); // the rule refuses it
        QVERIFY(!errorText(&dialog).isEmpty());
        screenshot(&dialog, QStringLiteral("first-admin"));
        child<QLineEdit>(&dialog, "passwordEdit")->setText(QStringLiteral("Admin#2024x"));
        child<QLineEdit>(&dialog, "confirmEdit")->setText(QStringLiteral("Admin#2024y"));
        dialog.accept();
        QVERIFY(!dialog.session()); // typed differently
        child<QLineEdit>(&dialog, "confirmEdit")->setText(QStringLiteral("Admin#2024x"));
        dialog.accept();
        QVERIFY(dialog.session());
        QVERIFY(dialog.session()->hasRole(Role::Administrator));
        QVERIFY(!AuthService::needsFirstAdministrator(t.db()));
    }

    void demoDatabaseListsItsAccounts()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        LoginDialog plain(t.db());
        QVERIFY(child<QWidget>(&plain, "demoBox")->isHidden());

        TestDatabase demo;
        if (!demo.open())
            return;
        PasswordHasher::setFastHashingForTests(true);
        DemoOptions options;
        options.items = 20;
        DemoGenerator::generate(demo.db(), options);
        LoginDialog dialog(demo.db());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(child<QWidget>(&dialog, "demoBox")->isVisible());
        QVERIFY(child<QLabel>(&dialog, "demoLabel")->text().contains(DemoGenerator::demoPassword()));
        auto* accounts = child<QTableWidget>(&dialog, "demoAccounts");
        QCOMPARE(accounts->rowCount(), DemoGenerator::accounts().size());
        screenshot(&dialog, QStringLiteral("login-demo"));
        // A double-click fills in the account, and the demo password signs in.
        emit accounts->cellDoubleClicked(0, 0);
        QCOMPARE(child<QLineEdit>(&dialog, "loginEdit")->text(), DemoGenerator::accounts().first().login);
        dialog.accept();
        QVERIFY(dialog.session());
    }

    void idleLockNeedsTheSamePassword()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        MainWindow w;
        w.setSignInPrompts(false);
        auto db = secondConnection(t);
        const Session session = AuthService(*db).login(QStringLiteral("zhangwei"), ReviewOffice::password());
        w.setDatabase(std::move(db), session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.isLocked());
        w.idleWatcher()->setIntervalForTests(30);
        QTRY_VERIFY_WITH_TIMEOUT(w.isLocked(), 5000);
        auto* unlock = w.findChild<UnlockDialog*>(QStringLiteral("unlockDialog"));
        QVERIFY(unlock);
        QTRY_VERIFY(unlock->isVisible());
        QVERIFY(!w.ledgerView()->isVisible()); // the ledger is covered
        screenshot(unlock, QStringLiteral("unlock"));

        // Escape does not uncover it; a wrong password neither.
        unlock->reject();
        QVERIFY(w.isLocked());
        child<QLineEdit>(unlock, "passwordEdit")->setText(QStringLiteral("wrong"));
        child<QPushButton>(unlock, "unlockButton")->click();
        QVERIFY(w.isLocked());
        QVERIFY(!errorText(unlock).isEmpty());
        child<QLineEdit>(unlock, "passwordEdit")->setText(ReviewOffice::password());
        child<QPushButton>(unlock, "unlockButton")->click();
        QTRY_VERIFY(!w.isLocked());
        QVERIFY(w.session());
        QVERIFY(w.ledgerView()->isVisible());

        // Locked again, five wrong passwords end the session.
        w.idleWatcher()->setIntervalForTests(0);
        w.lock();
        QVERIFY(w.isLocked());
        unlock = w.findChild<UnlockDialog*>(QStringLiteral("unlockDialog"));
        for (int i = 0; i < AuthService::kMaxFailedSignIns && w.session(); ++i) {
            child<QLineEdit>(unlock, "passwordEdit")->setText(QStringLiteral("wrong"));
            child<QPushButton>(unlock, "unlockButton")->click();
        }
        QTRY_VERIFY(!w.session());
        QVERIFY(!w.isLocked());
        QVERIFY(!w.ledgerModel());
    }

    void idleMinutesAreConfigured()
    {
        QSettings().setValue(QStringLiteral("security/idleMinutes"), 0);
        QCOMPARE(IdleWatcher::configuredMinutes(), 1);
        QSettings().setValue(QStringLiteral("security/idleMinutes"), 5);
        QCOMPARE(IdleWatcher::configuredMinutes(), 5);
        QSettings().remove(QStringLiteral("security/idleMinutes"));
        QCOMPARE(IdleWatcher::configuredMinutes(), 15);
        IdleWatcher watcher;
        QCOMPARE(watcher.interval(), 15 * 60 * 1000);
    }

    void rolesChooseWhatTheWindowShows_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("ledger");
        QTest::addColumn<bool>("audit");
        QTest::addColumn<bool>("admin");
        QTest::addColumn<bool>("review");
        QTest::addColumn<bool>("creates"); ///< 新增信息 offered
        QTest::newRow("author") << QStringLiteral("zhangwei") << true << false << false << true << true;
        QTest::newRow("publisher") << QStringLiteral("zhoujie") << true << false << false << true << false;
        QTest::newRow("leader") << QStringLiteral("zhaoli") << true << false << false << true << false;
        // The administrator and the auditor never see the ledger: only their own tools.
        QTest::newRow("administrator") << QStringLiteral("admin") << false << false << true << false << false;
        QTest::newRow("auditor") << QStringLiteral("audit") << false << true << false << false << false;
    }
    void rolesChooseWhatTheWindowShows()
    {
        QFETCH(QString, login);
        QFETCH(bool, ledger);
        QFETCH(bool, audit);
        QFETCH(bool, admin);
        QFETCH(bool, review);
        QFETCH(bool, creates);
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        MainWindow w;
        auto db = secondConnection(t);
        const Session session = AuthService(*db).login(login, ReviewOffice::password());
        w.setDatabase(std::move(db), session);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.ledgerModel() != nullptr, ledger);
        QCOMPARE(w.ledgerView()->isVisible(), ledger);
        QCOMPARE(w.auditView() != nullptr && w.auditView()->isVisible(), audit);
        QCOMPARE(menuShown(w, "adminMenu"), admin);
        QCOMPARE(menuShown(w, "reviewMenu"), review);
        QCOMPARE(w.itemActions() != nullptr, ledger);
        QCOMPARE(w.itemActions() && w.itemActions()->newItemAction()->isVisible(), creates);
        QCOMPARE(w.administrationPage() != nullptr && w.administrationPage()->isVisible(), admin);
        QVERIFY(w.findChild<QLabel*>(QStringLiteral("userLabel"))->text().contains(session.user().name));
        screenshot(&w, QStringLiteral("window-") + QString::fromLatin1(QTest::currentDataTag()));
    }

    void auditViewListsFiltersExportsAndVerifies()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        AuthService auth(t.db());
        QVERIFY_THROWS_EXCEPTION(AuthError, auth.login(QStringLiteral("lina"), QStringLiteral("wrong")));
        ReviewOffice::login(t.db(), QStringLiteral("zhangwei"));
        const Session auditor = ReviewOffice::login(t.db(), QStringLiteral("audit"));
        AuditView view(t.db(), auditor);
        view.resize(1000, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        AuditTableModel* model = view.model();
        QVERIFY(model->rowCount() >= 3);
        QCOMPARE(model->totalCount(), qint64(model->rowCount()));
        // Newest first: the auditor's own sign-in leads.
        QCOMPARE(model->recordAt(0).event, AuditEvent::Login);
        QCOMPARE(model->recordAt(0).login, QStringLiteral("audit"));
        QVERIFY(model->recordAt(0).seq > model->recordAt(1).seq);

        child<QCheckBox>(&view, "auditFailuresOnly")->setChecked(true);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->recordAt(0).login, QStringLiteral("lina"));
        QVERIFY(!model->recordAt(0).success);
        view.findChild<QTableView*>(QStringLiteral("auditTable"))->selectRow(0);
        QVERIFY(child<QPlainTextEdit>(&view, "auditDetails")->toPlainText().contains(model->recordAt(0).hash));
        child<QCheckBox>(&view, "auditFailuresOnly")->setChecked(false);
        auto* user = child<QLineEdit>(&view, "auditUser");
        user->setText(QStringLiteral("zhangwei"));
        emit user->editingFinished();
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->recordAt(0).event, AuditEvent::Login);
        screenshot(&view, QStringLiteral("audit-view"));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        QCOMPARE(view.exportTo(path), qint64(1));
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY(text.contains(QStringLiteral("zhangwei")));
        QVERIFY(!text.contains(QStringLiteral("lina")));

        const QString verified = view.verify();
        QVERIFY2(child<QLabel>(&view, "auditVerifyResult")->text() == verified, qPrintable(verified));
        QVERIFY2(verified.contains(AuditLog(t.db()).head().hash), qPrintable(verified));
        // Changed behind the program's back: the view names the first broken record.
        tamperWithAuditRecord(t.db(), 2);
        const QString broken = view.verify();
        QVERIFY2(broken != verified && broken.contains(QLatin1String("2")), qPrintable(broken));
    }
};

QTEST_MAIN(TestAuth)
#include "test_auth.moc"
