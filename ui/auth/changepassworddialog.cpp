#include "changepassworddialog.h"
#include "ui_changepassworddialog.h"

#include "dialogfit.h"
#include "error.h"
#include "review/authservice.h"
#include "review/passwordpolicy.h"
#include "review/reviewerrors.h"

#include <QPushButton>

namespace gongkai::ui {

ChangePasswordDialog::ChangePasswordDialog(Database& db, const QString& login, const QString& currentPassword,
                                           QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChangePasswordDialog>()), m_db(db), m_login(login),
      m_currentPassword(currentPassword)
{
    setUp();
    m_ui->introLabel->setText(
        tr("The password of %1 was set by the administrator and must be changed before you sign in.")
            .arg(login.toHtmlEscaped()));
    m_ui->currentLabel->hide();
    m_ui->currentEdit->hide();
    m_ui->passwordEdit->setFocus();
}

ChangePasswordDialog::ChangePasswordDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChangePasswordDialog>()), m_db(db), m_login(session.login()),
      m_own(session)
{
    setUp();
    m_ui->introLabel->setText(tr("Change the password of %1 (%2).")
                                  .arg(session.user().name.toHtmlEscaped(), session.login().toHtmlEscaped()));
    m_ui->currentEdit->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::setUp()
{
    m_ui->setupUi(this);
    m_ui->ruleLabel->setText(PasswordPolicy::description());
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Change Password"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    resize(460, 1); // as high as the contents need at this width (fitHeight)
    fitHeight(this);
}

void ChangePasswordDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    // The message may need more lines than the dialog has room for.
    fitHeight(this);
}

void ChangePasswordDialog::accept()
{
    const QString password = m_ui->passwordEdit->text();
    if (password != m_ui->confirmEdit->text()) {
        showError(tr("The two new passwords differ."));
        m_ui->confirmEdit->clear();
        m_ui->confirmEdit->setFocus();
        return;
    }
    // Checked here too, so the rule's words appear before anything is sent.
    const QString problem = PasswordPolicy::problem(password, m_login);
    if (!problem.isEmpty()) {
        showError(problem);
        m_ui->passwordEdit->setFocus();
        return;
    }
    try {
        AuthService auth(m_db);
        if (m_own)
            auth.changePassword(*m_own, m_ui->currentEdit->text(), password);
        else
            m_session = auth.changePasswordAndLogin(m_login, m_currentPassword, password);
    } catch (const Error& e) { // AuthError for a wrong current password, ValidationError

        showError(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace gongkai::ui
