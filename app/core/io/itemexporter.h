#pragma once

#include "../domain/ledgerfilter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace gongkai {

class Database;

/// Writes the ledger as CSV (UTF-8 with BOM, so Excel on Chinese Windows opens it right), one row per
/// item with its publications and submissions, in the columns ItemImporter reads back.
class ItemExporter
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemExporter)

public:
    explicit ItemExporter(Database& db);
    /// Returns the number of items written; throws Error when the file cannot be written.
    qint64 exportFile(const QString& path, const LedgerFilter& filter = {});
    QByteArray exportData(const LedgerFilter& filter = {});
    /// Writes to an open device; returns the number of items, throws Error when a write fails.
    qint64 write(QIODevice* device, const LedgerFilter& filter = {});

private:
    /// The items with these ids, with publications and submissions, in the order given.
    QList<Item> load(const QList<qint64>& ids);

    Database& m_db;
};

} // namespace gongkai
