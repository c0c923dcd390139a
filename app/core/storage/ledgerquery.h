#pragma once

#include "../domain/ledgerfilter.h"

#include <QList>
#include <QVariantMap>

namespace gongkai {

class Database;

/// Reads the ledger a page at a time: the one place that turns a LedgerFilter into SQL, shared by
/// the ledger view, the CLI and the benchmark.
class LedgerQuery
{
public:
    explicit LedgerQuery(Database& db);

    QList<LedgerRow> fetch(const LedgerFilter& filter, const LedgerSort& sort, qint64 offset, int limit) const;
    qint64 count(const LedgerFilter& filter) const;
    /// Ids of matching items after afterId, ascending: paging by key stays fast at any depth (export).
    QList<qint64> ids(const LedgerFilter& filter, qint64 afterId, int limit) const;

    /// The SQL of fetch() with its bind values, for the benchmark's comparison with the sqlite3 tool.
    QString fetchSql(const LedgerFilter& filter, const LedgerSort& sort, QVariantMap* binds) const;
    QString countSql(const LedgerFilter& filter, QVariantMap* binds) const;

private:
    QString whereClause(const LedgerFilter& filter, QVariantMap* binds) const;
    static QString orderBy(const LedgerSort& sort);

    Database& m_db;
};

} // namespace gongkai
