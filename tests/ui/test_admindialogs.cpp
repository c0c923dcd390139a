#include "reviewoffice.h"
#include "seed.h"
#include "testdatabase.h"
#include "uitesthelpers.h"

#include "admin/adminactions.h"
#include "admin/chaindialog.h"
#include "admin/listeditdialog.h"
#include "admin/usereditdialog.h"
#include "admin/usersdialog.h"
#include "models/adminlistmodel.h"
#include "models/adminusermodel.h"

#include "review/accountservice.h"
#include "review/adminservice.h"
#include "review/authservice.h"
#include "review/reviewerrors.h"
#include "storage/auditlog.h"
#include "storage/changeevent.h"
#include "storage/database.h"
#include "storage/categoryrepository.h"
#include "storage/channelrepository.h"
#include "storage/departmentrepository.h"
#include "storage/userrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;
using gongkai::ui::AdminActions;
using gongkai::ui::AdminListModel;
using gongkai::ui::AdminUserModel;
using gongkai::ui::ChainDialog;
using gongkai::ui::ListEditDialog;
using gongkai::ui::UserEditDialog;
using gongkai::ui::UsersDialog;

namespace {

template <typename T> T* child(QWidget* parent, const char* name)
{
    T* w = parent->findChild<T*>(QLatin1String(name));
    if (!w)
        qWarning("no widget %s", name);
    return w;
}

void addEntry(QWidget* dialog, const QString& name)
{
    auto* edit = child<QLineEdit>(dialog, "newNameEdit");
    edit->clear();
    typeText(edit, name);
    QTest::mouseClick(child<QPushButton>(dialog, "addButton"), Qt::LeftButton);
}

/// Fills the user dialog: login typed, name, department and roles chosen.
void fillUser(QWidget* dialog, const QString& login, const QString& name, qint64 department,
              QList<Role> roles)
{
    QTest::keyClicks(child<QLineEdit>(dialog, "loginEdit"), login);
    typeText(child<QLineEdit>(dialog, "nameEdit"), name);
    auto* combo = child<QComboBox>(dialog, "departmentCombo");
    combo->setCurrentIndex(combo->findData(department));
    for (Role role : roles)
        child<QCheckBox>(dialog, qPrintable(QStringLiteral("role_") + roleCode(role)))->setChecked(true);
}

void click(QWidget* dialog, QDialogButtonBox::StandardButton which)
{
    QTest::mouseClick(child<QDialogButtonBox>(dialog, "buttonBox")->button(which), Qt::LeftButton);
}

} // namespace

/// The administration dialogs, on SQLite and PostgreSQL.
class TestAdminDialogs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void addsADepartmentAndRefusesADuplicate()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = ReviewOffice::create(t.db()).seed;
        ListEditDialog dialog(t.db(), ReviewOffice::login(t.db(), QStringLiteral("admin")),
                              AdminListModel::Kind::Departments);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy changed(&dialog, &ListEditDialog::changed);
        auto* table = child<QTableView>(&dialog, "listTable");
        QCOMPARE(table->model()->rowCount(), 2);

        addEntry(&dialog, QStringLiteral("法规科"));
        DepartmentRepository departments(t.db());
        QVERIFY(departments.byName(QStringLiteral("法规科")).has_value());
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(changed.count(), 1);
        QVERIFY(child<QLineEdit>(&dialog, "newNameEdit")->text().isEmpty());
        QVERIFY(!child<QLabel>(&dialog, "messageLabel")->isVisible());

        addEntry(&dialog, QStringLiteral("办公室"));
        QCOMPARE(departments.list(true).size(), 3);
        QCOMPARE(changed.count(), 1);
        auto* message = child<QLabel>(&dialog, "messageLabel");
        QVERIFY(message->isVisible());
        QVERIFY(message->text().contains(QStringLiteral("办公室")));
        QVERIFY(isMarked(child<QLineEdit>(&dialog, "newNameEdit")));
        // The name stays for the user to correct.
        QCOMPARE(child<QLineEdit>(&dialog, "newNameEdit")->text(), QStringLiteral("办公室"));
        screenshot(&dialog, QStringLiteral("departments-duplicate"));
        Q_UNUSED(s);
    }

    void renamesInPlaceAndDeactivates()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = ReviewOffice::create(t.db()).seed;
        ListEditDialog dialog(t.db(), ReviewOffice::login(t.db(), QStringLiteral("admin")),
                              AdminListModel::Kind::Departments);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = child<QTableView>(&dialog, "listTable");
        QAbstractItemModel* model = table->model();
        DepartmentRepository departments(t.db());
        int commerceRow = -1;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data().toString() == QStringLiteral("商务科"))
                commerceRow = row;
        }
        QVERIFY(commerceRow >= 0);

        QVERIFY(model->setData(model->index(commerceRow, 0), QStringLiteral(" 商务与投资促进科 ")));
        QCOMPARE(departments.byId(s.commerce)->name, QStringLiteral("商务与投资促进科"));
        QCOMPARE(model->index(commerceRow, 0).data().toString(), QStringLiteral("商务与投资促进科"));

        // A duplicate is refused by core, shown, and nothing changes.
        QVERIFY(!model->setData(model->index(commerceRow, 0), QStringLiteral("办公室")));
        QCOMPARE(departments.byId(s.commerce)->name, QStringLiteral("商务与投资促进科"));
        QVERIFY(child<QLabel>(&dialog, "messageLabel")->isVisible());

        table->setCurrentIndex(model->index(commerceRow, 0));
        auto* active = child<QPushButton>(&dialog, "activeButton");
        QTest::mouseClick(active, Qt::LeftButton);
        QVERIFY(!departments.byId(s.commerce)->active);
        QVERIFY(active->text().contains(QLatin1String("Activate")));
        QTest::mouseClick(active, Qt::LeftButton);
        QVERIFY(departments.byId(s.commerce)->active);
    }

    void addsAnUpperAgency()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        const Session admin = ReviewOffice::login(t.db(), QStringLiteral("admin"));
        ListEditDialog dialog(t.db(), admin, AdminListModel::Kind::Channels);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* agency = child<QCheckBox>(&dialog, "newAgencyCheck");
        QVERIFY(agency->isVisible());
        agency->setChecked(true);
        addEntry(&dialog, QStringLiteral("省政府办公厅《政务要情》"));
        addEntry(&dialog, QStringLiteral("政务服务大厅公开栏"));
        ChannelRepository channels(t.db());
        QVERIFY(channels.byName(QStringLiteral("省政府办公厅《政务要情》"))->isAgency);
        QVERIFY(!channels.byName(QStringLiteral("政务服务大厅公开栏"))->isAgency);
        screenshot(&dialog, QStringLiteral("channels"));

        ListEditDialog categories(t.db(), admin, AdminListModel::Kind::Categories);
        QVERIFY(!child<QCheckBox>(&categories, "newAgencyCheck")->isVisibleTo(&categories));
    }

    void addsAUserWithTwoRoles()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = ReviewOffice::create(t.db()).seed;
        const Session admin = ReviewOffice::login(t.db(), QStringLiteral("admin"));
        const int accounts = int(UserRepository(t.db()).list(true).size());
        UsersDialog dialog(t.db(), admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy changed(&dialog, &UsersDialog::changed);
        auto* table = child<QTableView>(&dialog, "usersTable");
        QCOMPARE(table->model()->rowCount(), accounts);

        whenModal(
            [&s](QWidget* edit) {
                // Every role core knows is offered, the publisher (信息发布员) among them.
                for (Role role : allRoles()) {
                    auto* check = edit->findChild<QCheckBox*>(QStringLiteral("role_") + roleCode(role));
                    QVERIFY(check);
                    QCOMPARE(check->text(), roleDisplayName(role));
                }
                QVERIFY(edit->findChild<QCheckBox*>(QStringLiteral("role_publisher")));
                QTest::keyClicks(child<QLineEdit>(edit, "passwordEdit"), QStringLiteral("First#2024x"));
                fillUser(edit, QStringLiteral("wangfang"), QStringLiteral("王芳"), s.commerce,
                         {Role::SectionChief, Role::Author});
                screenshot(edit, QStringLiteral("user-new"));
                click(edit, QDialogButtonBox::Ok);
            },
            &dialog);
        dialog.addUser();

        const std::optional<User> user = UserRepository(t.db()).byLogin(QStringLiteral("wangfang"));
        QVERIFY(user.has_value());
        QCOMPARE(user->name, QStringLiteral("王芳"));
        QCOMPARE(user->departmentId, s.commerce);
        QCOMPARE(user->roles, (QList<Role>{Role::Author, Role::SectionChief}));
        QVERIFY(user->active);
        QVERIFY(user->mustChangePassword);
        QCOMPARE(table->model()->rowCount(), accounts + 1);
        QCOMPARE(changed.count(), 1);
        screenshot(&dialog, QStringLiteral("users"));
    }

    void duplicateLoginIsShownAndNothingWritten()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = ReviewOffice::create(t.db()).seed;
        const qsizetype accounts = UserRepository(t.db()).list(true).size();
        UsersDialog dialog(t.db(), ReviewOffice::login(t.db(), QStringLiteral("admin")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy changed(&dialog, &UsersDialog::changed);
        bool stayedOpen = false;
        bool loginMarked = false;
        bool rolesMarked = false;
        QString message;
        whenModal(
            [&](QWidget* edit) {
                fillUser(edit, QStringLiteral("zhangwei"), QStringLiteral("另一个张伟"), s.office,
                         {Role::Author});
                QTest::keyClicks(child<QLineEdit>(edit, "passwordEdit"), QStringLiteral("First#2024x"));
                click(edit, QDialogButtonBox::Ok);
                stayedOpen = edit->isVisible();
                loginMarked = isMarked(child<QLineEdit>(edit, "loginEdit"));
                message = child<QLabel>(edit, "messageLabel")->text();
                screenshot(edit, QStringLiteral("user-duplicate"));
                // No role and a fresh login: now the roles are what is wrong.
                child<QLineEdit>(edit, "loginEdit")->setText(QStringLiteral("zhangwei2"));
                child<QCheckBox>(edit, "role_author")->setChecked(false);
                click(edit, QDialogButtonBox::Ok);
                rolesMarked = isMarked(child<QWidget>(edit, "rolesGroup"));
                click(edit, QDialogButtonBox::Cancel);
            },
            &dialog);
        dialog.addUser();

        QVERIFY(stayedOpen);
        QVERIFY(loginMarked);
        QVERIFY(message.contains(QLatin1String("zhangwei")));
        QVERIFY(rolesMarked);
        QCOMPARE(UserRepository(t.db()).list(true).size(), accounts);
        QCOMPARE(UserRepository(t.db()).byLogin(QStringLiteral("zhangwei"))->name, QStringLiteral("张伟"));
        QCOMPARE(changed.count(), 0);
    }

    void editingKeepsTheLogin()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = ReviewOffice::create(t.db()).seed;
        UserRepository users(t.db());
        UserEditDialog dialog(t.db(), ReviewOffice::login(t.db(), QStringLiteral("admin")), users.byId(s.chief));
        QVERIFY(!child<QLineEdit>(&dialog, "passwordEdit")->isVisibleTo(&dialog)); // only for a new account
        QVERIFY(child<QLineEdit>(&dialog, "loginEdit")->isReadOnly());
        QVERIFY(child<QCheckBox>(&dialog, "role_section_chief")->isChecked());
        auto* name = child<QLineEdit>(&dialog, "nameEdit");
        name->selectAll();
        typeText(name, QStringLiteral("李娜娜"));
        child<QCheckBox>(&dialog, "role_leader_in_charge")->setChecked(true);
        child<QCheckBox>(&dialog, "activeCheck")->setChecked(false);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const User back = *users.byId(s.chief);
        QCOMPARE(back.login, QStringLiteral("lina"));
        QCOMPARE(back.name, QStringLiteral("李娜娜"));
        QVERIFY(back.hasRole(Role::LeaderInCharge));
        QVERIFY(back.hasRole(Role::SectionChief));
        QVERIFY(!back.active);
    }

    void actionsWriteThroughTheAdminService()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        const Session admin = ReviewOffice::login(t.db(), QStringLiteral("admin"));
        AdminActions actions(t.db(), admin, nullptr);
        // Views learn of the change from the database, after the commit.
        QSignalSpy announced(&t.db().changes(), &ChangeNotifier::changed);
        whenModal([](QWidget* dialog) {
            addEntry(dialog, QStringLiteral("重点领域信息"));
            click(dialog, QDialogButtonBox::Close);
        });
        actions.categoriesAction()->trigger();
        QVERIFY(CategoryRepository(t.db()).byName(QStringLiteral("重点领域信息")).has_value());
        QCOMPARE(announced.count(), 1);
        const auto events = announced.at(0).at(0).value<QList<ChangeEvent>>();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).kind, ChangeKind::ListEntry);

        announced.clear();
        whenModal([](QWidget* dialog) { click(dialog, QDialogButtonBox::Close); });
        actions.departmentsAction()->trigger();
        QCOMPARE(announced.count(), 0);
        // Through AdminService: the change is the administrator's in the audit trail.
        const QList<AuditRecord> changes = AuditLog(t.db()).list(AuditFilter{{}, {}, QStringLiteral("admin"),
                                                                             {AuditEvent::ListEntryAdded}}, 0, 10);
        QCOMPARE(changes.size(), 1);
    }

    void accountsShowLocksAndResetThroughTheService()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice office = ReviewOffice::create(t.db());
        const Session admin = ReviewOffice::login(t.db(), QStringLiteral("admin"));
        for (int i = 0; i < AuthService::kMaxFailedSignIns; ++i) {
            QVERIFY_THROWS_EXCEPTION(AuthError,
                                     AuthService(t.db()).login(QStringLiteral("liming"), QStringLiteral("wrong")));
        }
        UsersDialog dialog(t.db(), admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = child<QTableView>(&dialog, "usersTable");
        QAbstractItemModel* model = table->model();
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, AdminUserModel::LoginColumn).data().toString() == QLatin1String("liming"))
                row = r;
        }
        QVERIFY(row >= 0);
        const QString state = model->index(row, AdminUserModel::SignInColumn).data().toString();
        QVERIFY2(!state.isEmpty(), "the lock is shown");
        screenshot(&dialog, QStringLiteral("users-locked"));
        table->setCurrentIndex(model->index(row, 0));
        child<QPushButton>(&dialog, "unlockButton")->click();
        QVERIFY(!UserRepository(t.db()).byId(office.liming)->isLockedAt(t.db().nowUtc()));
        QVERIFY(model->index(row, AdminUserModel::SignInColumn).data().toString().isEmpty());

        table->setCurrentIndex(model->index(row, 0));
        QVERIFY(dialog.resetPasswordTo(QStringLiteral("Temp#2024z")));
        QVERIFY(UserRepository(t.db()).byId(office.liming)->mustChangePassword);
        try {
            AuthService(t.db()).login(QStringLiteral("liming"), QStringLiteral("Temp#2024z"));
            QFAIL("the reset password must be changed first");
        } catch (const AuthError& e) {
            QCOMPARE(e.reason(), AuthError::Reason::PasswordChangeRequired);
        }
    }

    void chainDialogSwitchesTheSignOffStep()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        const Session admin = ReviewOffice::login(t.db(), QStringLiteral("admin"));
        ChainDialog dialog(t.db(), admin);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const ReviewChain before = AdminService(t.db()).chain(admin);
        QCOMPARE(dialog.chainFromTable(), before);
        auto* table = child<QTableWidget>(&dialog, "stepsTable");
        QCOMPARE(table->rowCount(), before.steps.size());
        const int last = table->rowCount() - 1;
        QVERIFY(before.steps.at(last).optional);
        QVERIFY(!before.steps.at(last).enabled);
        table->item(last, ChainDialog::EnabledColumn)->setCheckState(Qt::Checked);
        screenshot(&dialog, QStringLiteral("chain"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(AdminService(t.db()).chain(admin).steps.at(last).enabled);
        QCOMPARE(AuditLog(t.db()).list(AuditFilter{{}, {}, QStringLiteral("admin"), {AuditEvent::ChainChanged}}, 0, 10)
                     .size(),
                 1);

        // A chain without a label is refused and nothing is saved.
        ChainDialog again(t.db(), admin);
        child<QTableWidget>(&again, "stepsTable")->item(0, ChainDialog::LabelColumn)->setText(QString());
        again.accept();
        QVERIFY(again.result() != int(QDialog::Accepted));
        QVERIFY(!child<QLabel>(&again, "errorLabel")->text().isEmpty());
        QCOMPARE(AdminService(t.db()).chain(admin).steps.at(0).label, before.steps.at(0).label);
    }
};

QTEST_MAIN(TestAdminDialogs)
#include "test_admindialogs.moc"
