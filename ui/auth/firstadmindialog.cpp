#include "firstadmindialog.h"
#include "ui_firstadmindialog.h"

#include "dialogfit.h"
#include "error.h"
#include "review/authservice.h"
#include "review/passwordpolicy.h"

#include <QPushButton>

namespace gongkai::ui {

FirstAdminDialog::FirstAdminDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::FirstAdminDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("This database has no administrator yet. Create the administrator's account: the "
           "administrator manages accounts, departments, channels, categories and the review chain, "
           "and can neither write items nor sign reviews."));
    m_ui->ruleLabel->setText(PasswordPolicy::description());
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Create and Sign In"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &FirstAdminDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &FirstAdminDialog::reject);
    resize(480, 1); // as high as the contents need at this width (fitHeight)
    fitHeight(this);
    m_ui->loginEdit->setFocus();
}

FirstAdminDialog::~FirstAdminDialog() = default;

void FirstAdminDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    // The message may need more lines than the dialog has room for.
    fitHeight(this);
}

void FirstAdminDialog::accept()
{
    const QString login = m_ui->loginEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    if (password != m_ui->confirmEdit->text()) {
        showError(tr("The two passwords differ."));
        m_ui->confirmEdit->clear();
        m_ui->confirmEdit->setFocus();
        return;
    }
    try {
        m_session = AuthService(m_db).createFirstAdministrator(login, m_ui->nameEdit->text().trimmed(), password);
    } catch (const Error& e) { // ValidationError names the field and the rule
        showError(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace gongkai::ui
