#pragma once

#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>

namespace gongkai {

class Database;

/// Writes many rows into one table through one reused multi-row INSERT, so a bulk load pays the
/// statement overhead once per batch instead of once per row. Meant for use inside a transaction;
/// values go in column order with operator<<, and flush() writes the last, partial batch.
class BulkInserter
{
public:
    /// parent: the inserter of the rows these rows reference (foreign keys are checked at once), whose
    /// pending rows are written before each batch of these.
    BulkInserter(Database& db, QString table, QStringList columns, BulkInserter* parent = nullptr);
    BulkInserter(const BulkInserter&) = delete;
    BulkInserter& operator=(const BulkInserter&) = delete;

    /// Appends the next value of the current row; a full batch is written at once.
    BulkInserter& operator<<(const QVariant& value);
    /// Writes the pending rows; throws Error when a row is incomplete and DbError on failure.
    void flush();
    /// Rows written so far (flushed ones only).
    qint64 rowsWritten() const { return m_written; }

private:
    QString sql(int rows) const;
    void write(int rows);

    Database& m_db;
    QString m_table;
    QStringList m_columns;
    BulkInserter* m_parent = nullptr;
    int m_rowsPerStatement = 1;
    std::map<int, QSqlQuery> m_statements; ///< prepared statements by row count
    QVariantList m_pending;
    qint64 m_written = 0;
};

} // namespace gongkai
