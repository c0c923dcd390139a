#include "listeditdialog.h"
#include "ui_listeditdialog.h"

#include "widgets/fieldmarker.h"

#include "error.h"

#include <QHeaderView>
#include <QPushButton>

namespace gongkai::ui {

ListEditDialog::ListEditDialog(Database& db, const Session& session, AdminListModel::Kind kind, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ListEditDialog>())
{
    m_ui->setupUi(this);
    m_model = new AdminListModel(db, session, kind, this);
    m_ui->listTable->setModel(m_model);
    QHeaderView* header = m_ui->listTable->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_model->columnCount(); ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->listTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);

    switch (kind) {
    case AdminListModel::Kind::Departments:
        setWindowTitle(tr("Departments"));
        break;
    case AdminListModel::Kind::Channels:
        setWindowTitle(tr("Channels and Upper Agencies"));
        break;
    case AdminListModel::Kind::Categories:
        setWindowTitle(tr("Categories"));
        break;
    }
    m_ui->newAgencyCheck->setVisible(kind == AdminListModel::Kind::Channels);
    m_ui->messageLabel->hide();

    m_marker = new FieldMarker(this);
    m_marker->addField(QStringLiteral("name"), m_ui->newNameEdit);

    connect(m_ui->addButton, &QPushButton::clicked, this, &ListEditDialog::addEntry);
    connect(m_ui->newNameEdit, &QLineEdit::returnPressed, this, &ListEditDialog::addEntry);
    connect(m_ui->renameButton, &QPushButton::clicked, this, &ListEditDialog::renameCurrent);
    connect(m_ui->activeButton, &QPushButton::clicked, this, &ListEditDialog::toggleActive);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ListEditDialog::reject);
    connect(m_ui->listTable->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ListEditDialog::updateButtons);
    connect(m_model, &AdminListModel::refused, this, &ListEditDialog::showError);
    connect(m_model, &AdminListModel::changed, this, [this] {
        m_changed = true;
        clearMessage();
        updateButtons();
        emit changed();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ListEditDialog::updateButtons);
    updateButtons();
}

ListEditDialog::~ListEditDialog() = default;

void ListEditDialog::addEntry()
{
    m_marker->clear();
    try {
        const int row = m_model->add(m_ui->newNameEdit->text(), m_ui->newAgencyCheck->isChecked());
        m_ui->newNameEdit->clear();
        m_ui->newAgencyCheck->setChecked(false);
        if (row >= 0)
            m_ui->listTable->setCurrentIndex(m_model->index(row, 0));
        m_ui->newNameEdit->setFocus();
    } catch (const ValidationError& e) {
        m_marker->mark(e.errors());
        showError(FieldMarker::summary(e.errors()));
        m_ui->newNameEdit->setFocus();
    } catch (const Error& e) {
        showError(e.message());
    }
}

void ListEditDialog::renameCurrent()
{
    const QModelIndex current = m_ui->listTable->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex name = m_model->index(current.row(), m_model->columnOf(AdminListModel::Column::Name));
    m_ui->listTable->setCurrentIndex(name);
    m_ui->listTable->edit(name);
}

void ListEditDialog::toggleActive()
{
    const QModelIndex current = m_ui->listTable->currentIndex();
    if (!current.isValid())
        return;
    m_model->setActive(current.row(), !m_model->isActive(current.row()));
    updateButtons();
}

void ListEditDialog::updateButtons()
{
    const QModelIndex current = m_ui->listTable->currentIndex();
    m_ui->renameButton->setEnabled(current.isValid());
    m_ui->activeButton->setEnabled(current.isValid());
    m_ui->activeButton->setText(current.isValid() && !m_model->isActive(current.row()) ? tr("&Activate")
                                                                                       : tr("&Deactivate"));
}

void ListEditDialog::showError(const QString& message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_ui->messageLabel->show();
}

void ListEditDialog::clearMessage()
{
    m_ui->messageLabel->clear();
    m_ui->messageLabel->hide();
}

} // namespace gongkai::ui
