#include "logindialog.h"
#include "ui_logindialog.h"

#include "changepassworddialog.h"

#include "demo/demogenerator.h"
#include "dialogfit.h"
#include "error.h"
#include "review/authservice.h"
#include "review/reviewerrors.h"
#include "storage/database.h"

#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidgetItem>

namespace gongkai::ui {

namespace {
QString rolesText(const QList<Role>& roles)
{
    QString text;
    for (Role role : roles)
        text = text.isEmpty() ? roleDisplayName(role) : LoginDialog::tr("%1, %2").arg(text, roleDisplayName(role));
    return text;
}
} // namespace

LoginDialog::LoginDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::LoginDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    const DbLocation& location = db.location();
    m_ui->databaseLabel->setText(
        tr("Sign in to the database %1.")
            .arg(location.isServer() ? location.toString() : QDir::toNativeSeparators(location.path)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    bool demo = false;
    try {
        demo = DemoGenerator::isDemo(db);
    } catch (const Error&) {
    }
    m_ui->demoBox->setVisible(demo);
    if (demo)
        showDemoAccounts();
    m_ui->loginEdit->setFocus();
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::showDemoAccounts()
{
    m_ui->demoLabel->setText(
        tr("This is a demo database with invented data. Every demo account signs in with the password "
           "<b>%1</b>. Double-click an account to use it.")
            .arg(DemoGenerator::demoPassword().toHtmlEscaped()));
    const QList<DemoAccount> accounts = DemoGenerator::accounts();
    QTableWidget* table = m_ui->demoAccounts;
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Department"), tr("Roles")});
    table->setRowCount(int(accounts.size()));
    for (int row = 0; row < accounts.size(); ++row) {
        const DemoAccount& a = accounts.at(row);
        const QStringList cells{a.login, a.name, a.department, rolesText(a.roles)};
        for (int column = 0; column < cells.size(); ++column)
            table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(table->verticalHeader()->defaultSectionSize() * 8);
    connect(table, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        m_ui->loginEdit->setText(m_ui->demoAccounts->item(row, 0)->text());
        m_ui->passwordEdit->setText(DemoGenerator::demoPassword());
        m_ui->passwordEdit->setFocus();
    });
    resize(qMax(width(), 640), height());
}

void LoginDialog::setLogin(const QString& login)
{
    m_ui->loginEdit->setText(login);
    if (!login.isEmpty())
        m_ui->passwordEdit->setFocus();
}

void LoginDialog::setMessage(const QString& message)
{
    showError(message);
}

void LoginDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    // The message may need more lines than the dialog has room for.
    fitHeight(this);
}

void LoginDialog::accept()
{
    const QString login = m_ui->loginEdit->text().trimmed();
    const QString password = m_ui->passwordEdit->text();
    if (login.isEmpty() || password.isEmpty()) {
        showError(tr("Enter your login and password."));
        (login.isEmpty() ? m_ui->loginEdit : m_ui->passwordEdit)->setFocus();
        return;
    }
    try {
        m_session = AuthService(m_db).login(login, password);
    } catch (const AuthError& e) {
        if (e.reason() == AuthError::Reason::PasswordChangeRequired) {
            ChangePasswordDialog change(m_db, login, password, this);
            if (change.exec() != QDialog::Accepted || !change.session()) {
                showError(tr("Your password must be changed before you can sign in."));
                return;
            }
            m_session = change.session();
        } else {
            showError(e.message());
            m_ui->passwordEdit->clear();
            m_ui->passwordEdit->setFocus();
            return;
        }
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    m_ui->passwordEdit->clear();
    QDialog::accept();
}

} // namespace gongkai::ui
