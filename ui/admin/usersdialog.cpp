#include "usersdialog.h"
#include "ui_usersdialog.h"

#include "usereditdialog.h"

#include "models/adminusermodel.h"

#include "error.h"
#include "review/accountservice.h"
#include "review/passwordpolicy.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>

namespace gongkai::ui {

UsersDialog::UsersDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UsersDialog>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    m_model = new AdminUserModel(db, session, this);
    m_ui->usersTable->setModel(m_model);
    QHeaderView* header = m_ui->usersTable->horizontalHeader();
    for (int column = 0; column < AdminUserModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AdminUserModel::RolesColumn, QHeaderView::Stretch);
    m_ui->usersTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    connect(m_ui->addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_ui->editButton, &QPushButton::clicked, this, &UsersDialog::editUser);
    connect(m_ui->resetButton, &QPushButton::clicked, this, &UsersDialog::resetPassword);
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &UsersDialog::unlockUser);
    connect(m_ui->usersTable, &QAbstractItemView::activated, this, &UsersDialog::editUser);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UsersDialog::reject);
    connect(m_ui->usersTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UsersDialog::updateButtons);
    updateButtons();
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::accountChanged(qint64 userId)
{
    m_model->reload();
    selectUser(userId);
    m_changed = true;
    emit changed();
}

void UsersDialog::resetPassword()
{
    const QModelIndex current = m_ui->usersTable->currentIndex();
    if (!current.isValid())
        return;
    const User& user = m_model->userAt(current.row());
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Reset Password"),
        tr("A temporary password for %1 (%2); they must change it at their next sign-in.\n%3")
            .arg(user.name, user.login, PasswordPolicy::description()),
        QLineEdit::Password, QString(), &ok);
    if (ok)
        resetPasswordTo(password);
}

bool UsersDialog::resetPasswordTo(const QString& password)
{
    const QModelIndex current = m_ui->usersTable->currentIndex();
    if (!current.isValid())
        return false;
    const qint64 id = m_model->userAt(current.row()).id;
    try {
        AccountService(m_db).resetPassword(m_session, id, password);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Reset Password"), e.message());
        return false;
    }
    accountChanged(id);
    return true;
}

void UsersDialog::unlockUser()
{
    const QModelIndex current = m_ui->usersTable->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->userAt(current.row()).id;
    try {
        AccountService(m_db).unlock(m_session, id);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Unlock"), e.message());
        return;
    }
    accountChanged(id);
}

void UsersDialog::addUser()
{
    UserEditDialog dialog(m_db, m_session, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        accountChanged(dialog.savedUser().id);
}

void UsersDialog::editUser()
{
    const QModelIndex current = m_ui->usersTable->currentIndex();
    if (!current.isValid())
        return;
    const User& user = m_model->userAt(current.row());
    UserEditDialog dialog(m_db, m_session, user, this);
    if (dialog.exec() == QDialog::Accepted)
        accountChanged(dialog.savedUser().id);
}

void UsersDialog::selectUser(qint64 userId)
{
    const int row = m_model->rowOf(userId);
    if (row >= 0)
        m_ui->usersTable->setCurrentIndex(m_model->index(row, 0));
    updateButtons();
}

void UsersDialog::updateButtons()
{
    const bool selected = m_ui->usersTable->currentIndex().isValid();
    m_ui->editButton->setEnabled(selected);
    m_ui->resetButton->setEnabled(selected);
    m_ui->unlockButton->setEnabled(selected);
}

} // namespace gongkai::ui
