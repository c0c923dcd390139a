#pragma once

#include "../domain/ledgerfilter.h"

#include <QList>
#include <QVariantMap>

class QSqlQuery;

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

    /// The ids of one page in the ledger's order: a narrow query (no joins, no summaries) that stays
    /// quick at deep offsets and for sorts the indexes only partly cover. With fetchByIds, the
    /// same rows as fetch().
    QList<qint64> pageIds(const LedgerFilter& filter, const LedgerSort& sort, qint64 offset, int limit) const;
    /// The ledger rows of these items, in the order given; ids not found are left out.
    QList<LedgerRow> fetchByIds(const QList<qint64>& ids) const;

    /// The SQL of fetch() with its bind values, for the benchmark's comparison with the sqlite3 tool.
    QString fetchSql(const LedgerFilter& filter, const LedgerSort& sort, QVariantMap* binds) const;
    QString countSql(const LedgerFilter& filter, QVariantMap* binds) const;

private:
    /// SELECT … FROM items with the joins, without WHERE: the columns readRow() reads.
    QString selectSql() const;
    static LedgerRow readRow(const QSqlQuery& query);
    QString whereClause(const LedgerFilter& filter, QVariantMap* binds) const;
    static QString orderBy(const LedgerSort& sort);

    Database& m_db;
};

} // namespace gongkai
