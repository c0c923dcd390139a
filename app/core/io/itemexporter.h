#pragma once

#include "../domain/ledgerfilter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace gongkai {

class Database;
class Session;

/// Writes the ledger as CSV (UTF-8 with BOM, so Excel on Chinese Windows opens it right), one row per
/// item with its publications, submissions and review, in the columns ItemImporter reads back. Exports
/// are for readers of the ledger (Permission::ReadLedger): the administrator and the auditor are refused
/// (PermissionError, audited).
class ItemExporter
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemExporter)

public:
    explicit ItemExporter(Database& db);
    /// Returns the number of items written; throws Error when the file cannot be written.
    qint64 exportFile(const Session& session, const QString& path, const LedgerFilter& filter = {});
    QByteArray exportData(const Session& session, const LedgerFilter& filter = {});
    /// Writes to an open device; returns the number of items, throws Error when a write fails.
    qint64 write(const Session& session, QIODevice* device, const LedgerFilter& filter = {});

private:
    /// Throws PermissionError (audited) unless the session's user reads the ledger.
    void require(const Session& session);
    qint64 writeItems(QIODevice* device, const LedgerFilter& filter);
    /// The items with these ids, with publications, submissions and review, in the order given.
    QList<Item> load(const QList<qint64>& ids);

    Database& m_db;
};

} // namespace gongkai
