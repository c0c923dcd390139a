#include "wordlistdialog.h"
#include "ui_wordlistdialog.h"

#include "error.h"
#include "review/wordlistservice.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>

namespace gongkai::ui {

namespace {
enum Column
{
    TermColumn,
    CorrectionColumn,
    SeverityColumn,
};
} // namespace

WordListDialog::WordListDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::WordListDialog>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->table->horizontalHeader()->setSectionResizeMode(TermColumn, QHeaderView::Stretch);
    m_ui->table->horizontalHeader()->setSectionResizeMode(CorrectionColumn, QHeaderView::Stretch);
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        addRow({});
        m_ui->table->setCurrentCell(m_ui->table->rowCount() - 1, TermColumn);
        m_ui->table->editItem(m_ui->table->item(m_ui->table->rowCount() - 1, TermColumn));
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->table->currentRow();
        if (row >= 0)
            m_ui->table->removeRow(row);
    });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import a Word List"), QString(),
                                                          tr("Text files (*.txt);;All files (*)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &WordListDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    try {
        showList(WordListService(m_db).list(m_session));
    } catch (const Error& e) {
        m_ui->errorLabel->setText(e.message());
    }
}

WordListDialog::~WordListDialog() = default;

void WordListDialog::addRow(const WordEntry& entry)
{
    const int row = m_ui->table->rowCount();
    m_ui->table->insertRow(row);
    m_ui->table->setItem(row, TermColumn, new QTableWidgetItem(entry.term));
    m_ui->table->setItem(row, CorrectionColumn, new QTableWidgetItem(entry.correction));
    auto* severity = new QComboBox(m_ui->table);
    for (Severity s : {Severity::High, Severity::Warning, Severity::Info})
        severity->addItem(SeverityNames::displayName(s), int(s));
    severity->setCurrentIndex(severity->findData(int(entry.severity)));
    m_ui->table->setCellWidget(row, SeverityColumn, severity);
}

void WordListDialog::showList(const WordList& words)
{
    m_ui->table->setRowCount(0);
    for (const WordEntry& e : words.entries())
        addRow(e);
}

WordList WordListDialog::listFromTable() const
{
    WordList words;
    for (int row = 0; row < m_ui->table->rowCount(); ++row) {
        const QTableWidgetItem* term = m_ui->table->item(row, TermColumn);
        const QTableWidgetItem* correction = m_ui->table->item(row, CorrectionColumn);
        const auto* severity = qobject_cast<const QComboBox*>(m_ui->table->cellWidget(row, SeverityColumn));
        WordEntry e;
        e.term = term ? term->text().trimmed() : QString();
        e.correction = correction ? correction->text().trimmed() : QString();
        e.severity = severity ? Severity(severity->currentData().toInt()) : Severity::Warning;
        if (e.term.isEmpty() && e.correction.isEmpty())
            continue; // an added row left empty
        try {
            words.add(e);
        } catch (const Error& error) {
            throw Error(tr("Row %1: %2").arg(row + 1).arg(error.message()));
        }
    }
    return words;
}

bool WordListDialog::importFile(const QString& path)
{
    try {
        WordList words = listFromTable();
        words.merge(WordList::fromFile(path));
        showList(words);
        m_ui->errorLabel->clear();
        return true;
    } catch (const Error& e) {
        m_ui->errorLabel->setText(e.message());
        return false;
    }
}

QString WordListDialog::errorText() const
{
    return m_ui->errorLabel->text();
}

void WordListDialog::accept()
{
    try {
        WordListService(m_db).replace(m_session, listFromTable());
    } catch (const Error& e) {
        m_ui->errorLabel->setText(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace gongkai::ui
