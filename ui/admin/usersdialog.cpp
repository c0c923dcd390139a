#include "usersdialog.h"
#include "ui_usersdialog.h"

#include "usereditdialog.h"

#include "models/adminusermodel.h"

#include <QHeaderView>
#include <QPushButton>

namespace gongkai::ui {

UsersDialog::UsersDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UsersDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    m_model = new AdminUserModel(db, this);
    m_ui->usersTable->setModel(m_model);
    QHeaderView* header = m_ui->usersTable->horizontalHeader();
    for (int column = 0; column < AdminUserModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AdminUserModel::RolesColumn, QHeaderView::Stretch);
    m_ui->usersTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    connect(m_ui->addButton, &QPushButton::clicked, this, &UsersDialog::addUser);
    connect(m_ui->editButton, &QPushButton::clicked, this, &UsersDialog::editUser);
    connect(m_ui->usersTable, &QAbstractItemView::activated, this, &UsersDialog::editUser);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &UsersDialog::reject);
    connect(m_ui->usersTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &UsersDialog::updateButtons);
    updateButtons();
}

UsersDialog::~UsersDialog() = default;

void UsersDialog::addUser()
{
    UserEditDialog dialog(m_db, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    selectUser(dialog.savedUser().id);
    m_changed = true;
    emit changed();
}

void UsersDialog::editUser()
{
    const QModelIndex current = m_ui->usersTable->currentIndex();
    if (!current.isValid())
        return;
    UserEditDialog dialog(m_db, m_model->userAt(current.row()), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_model->reload();
    selectUser(dialog.savedUser().id);
    m_changed = true;
    emit changed();
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
    m_ui->editButton->setEnabled(m_ui->usersTable->currentIndex().isValid());
}

} // namespace gongkai::ui
