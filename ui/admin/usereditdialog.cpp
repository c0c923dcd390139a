#include "usereditdialog.h"
#include "ui_usereditdialog.h"

#include "widgets/fieldmarker.h"

#include "error.h"
#include "review/accountservice.h"
#include "review/passwordpolicy.h"
#include "storage/departmentrepository.h"

#include <QCheckBox>
#include <QPushButton>

namespace gongkai::ui {

UserEditDialog::UserEditDialog(Database& db, const Session& session, std::optional<User> existing,
                               QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UserEditDialog>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    if (existing)
        m_user = *existing;

    m_ui->departmentCombo->addItem(tr("(none)"), qint64(0));
    for (const Department& d : DepartmentRepository(db).list(true)) {
        if (d.active || d.id == m_user.departmentId)
            m_ui->departmentCombo->addItem(d.name, d.id);
    }
    m_ui->departmentCombo->setCurrentIndex(qMax(0, m_ui->departmentCombo->findData(m_user.departmentId)));

    // The roles come from core, so a new role appears here without touching the form.
    QWidget* previous = m_ui->departmentCombo;
    const QList<Role> roles = allRoles();
    for (int i = 0; i < roles.size(); ++i) {
        const Role role = roles.at(i);
        auto* check = new QCheckBox(roleDisplayName(role), m_ui->rolesGroup);
        check->setObjectName(QStringLiteral("role_") + roleCode(role));
        check->setChecked(m_user.hasRole(role));
        m_ui->rolesLayout->addWidget(check, i / 2, i % 2);
        m_roleChecks.insert(role, check);
        setTabOrder(previous, check);
        previous = check;
    }
    setTabOrder(previous, m_ui->activeCheck);

    m_ui->loginEdit->setText(m_user.login);
    m_ui->nameEdit->setText(m_user.name);
    m_ui->activeCheck->setChecked(m_user.active);
    if (m_user.id != 0) {
        m_ui->loginEdit->setReadOnly(true);
        m_ui->loginEdit->setToolTip(
            tr("The login cannot be changed: signatures and the audit trail refer to it."));
        setWindowTitle(tr("User “%1”").arg(m_user.login));
        m_ui->nameEdit->setFocus();
    } else {
        setWindowTitle(tr("New User"));
        m_ui->loginEdit->setFocus();
    }
    m_ui->messageLabel->hide();

    m_marker = new FieldMarker(this);
    m_marker->addField(QStringLiteral("login"), m_ui->loginEdit);
    m_marker->addField(QStringLiteral("name"), m_ui->nameEdit);
    m_marker->addField(QStringLiteral("department"), m_ui->departmentCombo);
    m_marker->addField(QStringLiteral("roles"), m_ui->rolesGroup);
    for (QCheckBox* check : std::as_const(m_roleChecks))
        connect(check, &QCheckBox::toggled, this, [this] { m_marker->unmark(m_ui->rolesGroup); });

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UserEditDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UserEditDialog::reject);

    // A new account gets its first password here, to be changed at the first sign-in.
    const bool adding = m_user.id == 0;
    m_ui->passwordLabel->setVisible(adding);
    m_ui->passwordEdit->setVisible(adding);
    m_ui->passwordEdit->setToolTip(PasswordPolicy::description() + QLatin1Char('\n') +
                                   tr("The user must change it at the first sign-in."));
    m_marker->addField(QStringLiteral("password"), m_ui->passwordEdit);
    resize(width(), sizeHint().height());
}

UserEditDialog::~UserEditDialog() = default;

User UserEditDialog::userFromFields() const
{
    User u = m_user;
    if (u.id == 0)
        u.login = m_ui->loginEdit->text().trimmed();
    u.name = m_ui->nameEdit->text();
    u.departmentId = m_ui->departmentCombo->currentData().toLongLong();
    u.roles.clear();
    for (Role role : allRoles()) {
        if (m_roleChecks.value(role)->isChecked())
            u.roles << role;
    }
    u.active = m_ui->activeCheck->isChecked();
    return u;
}

void UserEditDialog::accept()
{
    m_marker->clear();
    m_ui->messageLabel->hide();
    User user = userFromFields();
    try {
        AccountService accounts(m_db);
        if (user.id == 0)
            user.id = accounts.addUser(m_session, user, m_ui->passwordEdit->text());
        else
            accounts.updateUser(m_session, user);
    } catch (const ValidationError& e) {
        showErrors(e.errors());
        return;
    } catch (const Error& e) {
        showErrors({{QString(), e.message()}});
        return;
    }
    m_user = user;
    QDialog::accept();
}

void UserEditDialog::showErrors(const QList<FieldError>& errors)
{
    m_marker->showErrors(errors, m_ui->messageLabel);
}

} // namespace gongkai::ui
