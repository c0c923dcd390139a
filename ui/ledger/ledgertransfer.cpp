#include "ledgertransfer.h"

#include "widgets/databaseopener.h"
#include "widgets/importdialog.h"

#include "io/itemexporter.h"
#include "review/permissions.h"

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
      m_import(new QAction(tr("&Import Ledger…"), this)),
      m_createNames(new QAction(tr("Create &Missing Names from a Ledger File…"), this))
{
    m_export->setStatusTip(tr("Save the ledger as a CSV file for Excel or WPS"));
    m_import->setStatusTip(tr("Add items from a CSV file"));
    m_createNames->setStatusTip(tr("Create the departments, categories, channels and authors a ledger file "
                                   "names, before it is imported"));
    connect(m_export, &QAction::triggered, this, &LedgerTransfer::exportLedger);
    connect(m_import, &QAction::triggered, this, &LedgerTransfer::importLedger);
    connect(m_createNames, &QAction::triggered, this, &LedgerTransfer::createMissingNames);
    setSession(nullptr, nullptr);
}

void LedgerTransfer::setSession(Database* db, const Session* session)
{
    m_db = session ? db : nullptr;
    m_session = m_db && session ? std::optional<Session>(*session) : std::nullopt;
    m_filter = {};
    const auto may = [this](Permission permission) {
        return m_session && Permissions::allows(m_session->user(), permission);
    };
    m_export->setEnabled(may(Permission::ReadLedger));
    m_import->setEnabled(may(Permission::ImportLedger));
    m_createNames->setEnabled(may(Permission::ManageLists));
}

void LedgerTransfer::exportLedger()
{
    if (!m_session)
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
        const qint64 n = ItemExporter(*m_db).exportFile(*m_session, path, filter);
        QGuiApplication::restoreOverrideCursor();
        emit message(tr("Exported %n item(s) to %1", nullptr, int(n)).arg(QDir::toNativeSeparators(path)));
    } catch (const std::exception& e) {
        QGuiApplication::restoreOverrideCursor();
        QMessageBox::warning(m_parent, tr("Export Ledger"), DatabaseOpener::describe(e));
    }
}

void LedgerTransfer::importLedger()
{
    if (!m_session)
        return;
    ImportDialog dialog(*m_db, *m_session, ImportDialog::Purpose::Ledger, m_parent);
    connect(&dialog, &ImportDialog::imported, this, [this](int items) {
        emit message(tr("Imported %n item(s)", nullptr, items));
        emit imported(items);
    });
    dialog.exec();
}

void LedgerTransfer::createMissingNames()
{
    if (!m_session)
        return;
    ImportDialog dialog(*m_db, *m_session, ImportDialog::Purpose::MissingNames, m_parent);
    connect(&dialog, &ImportDialog::namesCreated, this, [this](int names) {
        emit message(tr("Created %n name(s) for a ledger file", nullptr, names));
        emit namesCreated(names);
    });
    dialog.exec();
}

} // namespace gongkai::ui
