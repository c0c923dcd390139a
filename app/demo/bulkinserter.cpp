#include "bulkinserter.h"

#include "error.h"
#include "storage/database.h"

#include <QCoreApplication>

namespace gongkai {

namespace {
// SQLite before 3.32 allows 999 bound values per statement; stay under it everywhere.
constexpr int kMaxBoundValues = 900;
} // namespace

BulkInserter::BulkInserter(Database& db, QString table, QStringList columns, BulkInserter* parent)
    : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)), m_parent(parent)
{
    m_rowsPerStatement = qMax(1, kMaxBoundValues / int(m_columns.size()));
    m_pending.reserve(m_rowsPerStatement * m_columns.size());
}

QString BulkInserter::sql(int rows) const
{
    QString row = QStringLiteral("(");
    for (int c = 0; c < m_columns.size(); ++c)
        row += c == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
    row += QLatin1Char(')');
    QString text =
        QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(m_table, m_columns.join(QStringLiteral(", ")));
    for (int r = 0; r < rows; ++r) {
        if (r > 0)
            text += QStringLiteral(", ");
        text += row;
    }
    return text;
}

BulkInserter& BulkInserter::operator<<(const QVariant& value)
{
    // An empty text is stored as '', not NULL (as Database::exec does); only a null QVariant means NULL.
    if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        m_pending.append(QStringLiteral(""));
    else
        m_pending.append(value);
    if (m_pending.size() == m_rowsPerStatement * m_columns.size())
        write(m_rowsPerStatement);
    return *this;
}

void BulkInserter::write(int rows)
{
    if (m_parent)
        m_parent->flush();
    auto it = m_statements.find(rows);
    if (it == m_statements.end())
        it = m_statements.emplace(rows, m_db.prepare(sql(rows))).first;
    QSqlQuery& query = it->second;
    for (int i = 0; i < m_pending.size(); ++i)
        query.bindValue(i, m_pending.at(i));
    m_db.execPrepared(query);
    m_written += rows;
    m_pending.clear();
}

void BulkInserter::flush()
{
    if (m_pending.isEmpty())
        return;
    if (m_pending.size() % m_columns.size() != 0)
        throw Error(QCoreApplication::translate("gongkai::BulkInserter", "Incomplete row for table %1.")
                        .arg(m_table));
    write(int(m_pending.size() / m_columns.size()));
}

} // namespace gongkai
