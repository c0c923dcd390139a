#include "importdialog.h"

#include "ui_importdialog.h"

#include "io/itemimporter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>

namespace gongkai::ui {

ImportDialog::ImportDialog(Database& db, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ImportDialog>()), m_db(db)
{
    m_ui->setupUi(this);
    m_ui->problems->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->problems->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->summary->setText(
        tr("Choose a file, then check it. Problems are listed below with their line and column."));
    connect(m_ui->browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->checkButton, &QPushButton::clicked, this, [this] { run(true); });
    connect(m_ui->importButton, &QPushButton::clicked, this, [this] { run(false); });
    connect(m_ui->file, &QLineEdit::textChanged, this, &ImportDialog::inputsChanged);
    connect(m_ui->createMissing, &QCheckBox::toggled, this, &ImportDialog::inputsChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    inputsChanged();
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::setFile(const QString& path)
{
    m_ui->file->setText(QDir::toNativeSeparators(path));
}

void ImportDialog::setImporter(Importer importer, std::function<QString(int)> what)
{
    m_importer = std::move(importer);
    m_what = std::move(what);
    m_ui->createMissing->setChecked(false);
    m_ui->createMissing->hide();
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the File to Import"),
                                                      QFileInfo(m_ui->file->text()).absolutePath(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::inputsChanged()
{
    // A check only vouches for the file and options it was run with.
    m_ui->checkButton->setEnabled(!m_ui->file->text().trimmed().isEmpty());
    m_ui->importButton->setEnabled(false);
    m_ui->checkButton->setDefault(true);
}

void ImportDialog::run(bool checkOnly)
{
    ImportOptions options;
    options.checkOnly = checkOnly;
    options.createMissing = m_ui->createMissing->isChecked();
    const QString path = QDir::fromNativeSeparators(m_ui->file->text().trimmed());
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const ImportResult result =
        m_importer ? m_importer(path, checkOnly) : ItemImporter(m_db).importFile(path, options);
    QGuiApplication::restoreOverrideCursor();
    showResult(result, checkOnly);
    if (!checkOnly && result.ok() && result.imported > 0)
        emit imported(result.imported);
}

void ImportDialog::showResult(const ImportResult& result, bool checkOnly)
{
    QString text;
    if (!result.ok()) {
        text =
            tr("%n problem(s) found in %1 data row(s). Nothing was imported; correct the file and check it "
               "again.",
               nullptr, int(result.problems.size()))
                .arg(result.rows);
    } else if (checkOnly) {
        text = m_what ? tr("No problems found: %1 can be imported.").arg(m_what(result.rows))
                      : tr("No problems found: %n item(s) can be imported.", nullptr, result.rows);
    } else {
        text = m_what ? tr("Imported %1.").arg(m_what(result.imported))
                      : tr("Imported %n item(s).", nullptr, result.imported);
    }
    if (!result.encoding.isEmpty())
        text += QLatin1Char(' ') + tr("(File encoding: %1)").arg(result.encoding);
    m_ui->summary->setText(text);

    m_ui->problems->setRowCount(int(result.problems.size()));
    for (int row = 0; row < result.problems.size(); ++row) {
        const ImportProblem& p = result.problems.at(row);
        auto* line = new QTableWidgetItem(p.line > 0 ? QString::number(p.line) : QString());
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_ui->problems->setItem(row, 0, line);
        m_ui->problems->setItem(row, 1, new QTableWidgetItem(p.column));
        m_ui->problems->setItem(row, 2, new QTableWidgetItem(p.reason));
    }

    const bool canImport = checkOnly && result.ok() && result.rows > 0;
    m_ui->importButton->setEnabled(canImport);
    if (canImport) {
        m_ui->importButton->setDefault(true);
        m_ui->importButton->setFocus();
    }
}

} // namespace gongkai::ui
