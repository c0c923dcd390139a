#include "ledgertransfer.h"

#include "widgets/databaseopener.h"
#include "widgets/importdialog.h"

#include "io/itemexporter.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace gongkai::ui {

LedgerTransfer::LedgerTransfer(QWidget* dialogParent)
    : QObject(dialogParent), m_parent(dialogParent), m_export(new QAction(tr("&Export Ledger…"), this)),
      m_import(new QAction(tr("&Import Ledger…"), this))
{
    m_export->setStatusTip(tr("Save the ledger as a CSV file for Excel or WPS"));
    m_import->setStatusTip(tr("Add items from a CSV file"));
    connect(m_export, &QAction::triggered, this, &LedgerTransfer::exportLedger);
    connect(m_import, &QAction::triggered, this, &LedgerTransfer::importLedger);
    setDatabase(nullptr);
}

void LedgerTransfer::setDatabase(Database* db)
{
    m_db = db;
    m_filter = {};
    m_export->setEnabled(db);
    m_import->setEnabled(db);
}

void LedgerTransfer::exportLedger()
{
    if (!m_db)
        return;
    LedgerFilter filter = m_filter;
    if (!(filter == LedgerFilter{})) {
        QMessageBox ask(QMessageBox::Question, tr("Export Ledger"),
                        tr("The ledger is filtered. Export only the matching items, or the whole ledger?"),
                        QMessageBox::Cancel, m_parent);
        QPushButton* matching = ask.addButton(tr("&Matching Items"), QMessageBox::AcceptRole);
        QPushButton* whole = ask.addButton(tr("&Whole Ledger"), QMessageBox::AcceptRole);
        ask.setDefaultButton(matching);
        ask.exec();
        if (ask.clickedButton() == whole)
            filter = {};
        else if (ask.clickedButton() != matching)
            return;
    }
    const QString suggested =
        QDir::homePath() +
        QStringLiteral("/ledger-%1.csv").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")));
    const QString path =
        QFileDialog::getSaveFileName(m_parent, tr("Export Ledger"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const qint64 n = ItemExporter(*m_db).exportFile(path, filter);
        QGuiApplication::restoreOverrideCursor();
        emit message(tr("Exported %n item(s) to %1", nullptr, int(n)).arg(QDir::toNativeSeparators(path)));
    } catch (const std::exception& e) {
        QGuiApplication::restoreOverrideCursor();
        QMessageBox::warning(m_parent, tr("Export Ledger"), DatabaseOpener::describe(e));
    }
}

void LedgerTransfer::importLedger()
{
    if (!m_db)
        return;
    ImportDialog dialog(*m_db, m_parent);
    connect(&dialog, &ImportDialog::imported, this, [this](int items) {
        emit message(tr("Imported %n item(s)", nullptr, items));
        emit imported(items);
    });
    dialog.exec();
}

} // namespace gongkai::ui
