#pragma once

#include "../domain/ledgerfilter.h"

#include <QByteArray>
#include <QString>

namespace gongkai {

class Database;

/// Writes the ledger as CSV (UTF-8 with BOM, so Excel on Chinese Windows opens it right), one row per
/// item with its publications and submissions, in the columns ItemImporter reads back.
class ItemExporter
{
public:
    explicit ItemExporter(Database& db);
    /// Returns the number of items written; throws Error when the file cannot be written.
    qint64 exportFile(const QString& path, const LedgerFilter& filter = {});
    QByteArray exportData(const LedgerFilter& filter = {});

private:
    Database& m_db;
};

} // namespace gongkai
