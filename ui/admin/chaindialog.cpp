#include "chaindialog.h"
#include "ui_chaindialog.h"

#include "error.h"
#include "review/adminservice.h"

#include <QComboBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidgetItem>

namespace gongkai::ui {

namespace {
const QList<SignatureMeaning> kMeanings{SignatureMeaning::Review, SignatureMeaning::Approval,
                                        SignatureMeaning::SignOff};

QTableWidgetItem* checkItem(bool checked)
{
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}
} // namespace

ChainDialog::ChainDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ChainDialog>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    QTableWidget* table = m_ui->stepsTable;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels(
        {tr("Label"), tr("Signer's role"), tr("Same department"), tr("Meaning"), tr("Optional"), tr("On")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_ui->errorLabel->hide();
    connect(m_ui->addButton, &QPushButton::clicked, this, &ChainDialog::addStep);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ChainDialog::removeStep);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveStep(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveStep(1); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChainDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChainDialog::reject);
    try {
        setChain(AdminService(db).chain(session));
    } catch (const Error& e) {
        showError(e.message());
        m_ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(false);
    }
}

ChainDialog::~ChainDialog() = default;

void ChainDialog::setChain(const ReviewChain& chain)
{
    m_ui->stepsTable->setRowCount(0);
    for (const ReviewStep& step : chain.steps)
        insertRow(m_ui->stepsTable->rowCount(), step);
}

void ChainDialog::insertRow(int row, const ReviewStep& step)
{
    QTableWidget* table = m_ui->stepsTable;
    table->insertRow(row);
    table->setItem(row, LabelColumn, new QTableWidgetItem(step.label));
    auto* role = new QComboBox;
    for (Role r : allRoles())
        if (ReviewChain::isSigningRole(r))
            role->addItem(roleDisplayName(r), int(r));
    role->setCurrentIndex(role->findData(int(step.role)));
    table->setCellWidget(row, RoleColumn, role);
    table->setItem(row, SameDepartmentColumn, checkItem(step.sameDepartment));
    auto* meaning = new QComboBox;
    for (SignatureMeaning m : kMeanings)
        meaning->addItem(meaningDisplayName(m), int(m));
    meaning->setCurrentIndex(meaning->findData(int(step.meaning)));
    table->setCellWidget(row, MeaningColumn, meaning);
    table->setItem(row, OptionalColumn, checkItem(step.optional));
    table->setItem(row, EnabledColumn, checkItem(step.enabled));
}

ReviewChain ChainDialog::chainFromTable() const
{
    const QTableWidget* table = m_ui->stepsTable;
    ReviewChain chain;
    for (int row = 0; row < table->rowCount(); ++row) {
        ReviewStep step;
        step.label = table->item(row, LabelColumn)->text().trimmed();
        step.role = Role(qobject_cast<QComboBox*>(table->cellWidget(row, RoleColumn))->currentData().toInt());
        step.sameDepartment = table->item(row, SameDepartmentColumn)->checkState() == Qt::Checked;
        step.meaning = SignatureMeaning(
            qobject_cast<QComboBox*>(table->cellWidget(row, MeaningColumn))->currentData().toInt());
        step.optional = table->item(row, OptionalColumn)->checkState() == Qt::Checked;
        step.enabled = table->item(row, EnabledColumn)->checkState() == Qt::Checked;
        chain.steps << step;
    }
    return chain;
}

void ChainDialog::addStep()
{
    ReviewStep step;
    step.role = Role::LeaderInCharge;
    step.meaning = SignatureMeaning::Approval;
    step.label = tr("New step");
    const int row = m_ui->stepsTable->rowCount();
    insertRow(row, step);
    m_ui->stepsTable->setCurrentCell(row, LabelColumn);
    m_ui->stepsTable->editItem(m_ui->stepsTable->item(row, LabelColumn));
}

void ChainDialog::removeStep()
{
    const int row = m_ui->stepsTable->currentRow();
    if (row >= 0)
        m_ui->stepsTable->removeRow(row);
}

void ChainDialog::moveStep(int by)
{
    const int row = m_ui->stepsTable->currentRow();
    ReviewChain chain = chainFromTable();
    const int target = row + by;
    if (row < 0 || target < 0 || target >= chain.steps.size())
        return;
    chain.steps.move(row, target);
    setChain(chain);
    m_ui->stepsTable->setCurrentCell(target, LabelColumn);
}

void ChainDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void ChainDialog::accept()
{
    const ReviewChain chain = chainFromTable();
    try {
        AdminService(m_db).setChain(m_session, chain);
    } catch (const Error& e) { // ValidationError lists the steps' problems
        showError(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace gongkai::ui
