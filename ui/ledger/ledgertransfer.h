#pragma once

#include "domain/ledgerfilter.h"

#include <QObject>

class QAction;
class QWidget;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// File → Export Ledger / Import Ledger: the ledger as CSV for Excel and WPS, and back.
class LedgerTransfer : public QObject
{
    Q_OBJECT
public:
    explicit LedgerTransfer(QWidget* dialogParent);

    QAction* exportAction() const { return m_export; }
    QAction* importAction() const { return m_import; }

    /// nullptr disables the actions.
    void setDatabase(Database* db);
    /// The filter of the ledger as shown: an export can be limited to it.
    void setFilter(const LedgerFilter& filter) { m_filter = filter; }

public slots:
    void exportLedger();
    void importLedger();

signals:
    /// Something was written to the database: views and lists should reread.
    void imported(int items);
    /// A line for the status bar.
    void message(const QString& text);

private:
    QWidget* m_parent;
    Database* m_db = nullptr;
    LedgerFilter m_filter;
    QAction* m_export;
    QAction* m_import;
};

} // namespace gongkai::ui
