#pragma once

#include "domain/ledgerfilter.h"
#include "review/session.h"

#include <QObject>

#include <optional>

class QAction;
class QWidget;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// File → Export Ledger / Import Ledger: the ledger as CSV for Excel and WPS, and back, as the signed-in
/// user (core's ItemExporter and ItemImporter decide who may); Administration → Create Missing Names
/// from a Ledger File: the administrator's step before an import.
class LedgerTransfer : public QObject
{
    Q_OBJECT
public:
    explicit LedgerTransfer(QWidget* dialogParent);

    QAction* exportAction() const { return m_export; }
    QAction* importAction() const { return m_import; }
    /// For the administrator's menu.
    QAction* createNamesAction() const { return m_createNames; }

    /// The database and who is signed in; nullptr disables every action. Each action is enabled for the
    /// roles whose permission it needs (ReadLedger, ImportLedger, ManageLists); core checks again.
    void setSession(Database* db, const Session* session);
    /// The filter of the ledger as shown: an export can be limited to it.
    void setFilter(const LedgerFilter& filter) { m_filter = filter; }

public slots:
    void exportLedger();
    void importLedger();
    void createMissingNames();

signals:
    /// Items were written: views and lists should reread.
    void imported(int items);
    /// The administrator created departments, categories, channels or accounts: lists should reread.
    void namesCreated(int names);
    /// A line for the status bar.
    void message(const QString& text);

private:
    QWidget* m_parent;
    Database* m_db = nullptr;
    std::optional<Session> m_session;
    LedgerFilter m_filter;
    QAction* m_export;
    QAction* m_import;
    QAction* m_createNames;
};

} // namespace gongkai::ui
