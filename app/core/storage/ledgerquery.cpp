#include "ledgerquery.h"

#include "database.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}
} // namespace

LedgerQuery::LedgerQuery(Database& db) : m_db(db) {}

QString LedgerQuery::whereClause(const LedgerFilter& filter, QVariantMap* binds) const
{
    QStringList conditions;
    static const QRegularExpression space(QStringLiteral("\\s+"));
    const QStringList words = filter.text.split(space, Qt::SkipEmptyParts);
    for (int i = 0; i < words.size(); ++i) {
        const QString p = QStringLiteral("w%1").arg(i);
        conditions << QStringLiteral("(%1 OR %2 OR %3)")
                          .arg(m_db.containsExpr(L("i.title"), p + L("a")),
                               m_db.containsExpr(L("i.doc_number"), p + L("b")),
                               m_db.containsExpr(L("i.summary"), p + L("c")));
        binds->insert(p + L("a"), words.at(i));
        binds->insert(p + L("b"), words.at(i));
        binds->insert(p + L("c"), words.at(i));
    }
    if (filter.channelId > 0 || filter.from.isValid() || filter.to.isValid()) {
        QStringList pub;
        if (filter.channelId > 0) {
            pub << L("channel_id = :ch");
            binds->insert(L("ch"), filter.channelId);
        }
        if (filter.from.isValid()) {
            pub << L("published_on >= :from");
            binds->insert(L("from"), m_db.toDb(filter.from));
        }
        if (filter.to.isValid()) {
            pub << L("published_on <= :to");
            binds->insert(L("to"), m_db.toDb(filter.to));
        }
        conditions << L("i.id IN (SELECT item_id FROM publications WHERE %1)").arg(pub.join(L(" AND ")));
    }
    if (filter.categoryId > 0) {
        conditions << L("i.category_id = :cat");
        binds->insert(L("cat"), filter.categoryId);
    }
    if (filter.departmentId > 0) {
        conditions << L("i.department_id = :dep");
        binds->insert(L("dep"), filter.departmentId);
    }
    if (filter.status) {
        conditions << L("i.status = :st");
        binds->insert(L("st"), int(*filter.status));
    } else if (!filter.includeWithdrawn) {
        conditions << L("i.status <> :wd");
        binds->insert(L("wd"), int(ItemStatus::Withdrawn));
    }
    return conditions.isEmpty() ? QString() : L(" WHERE ") + conditions.join(L(" AND "));
}

QString LedgerQuery::orderBy(const LedgerSort& sort)
{
    // Each sort key has an index, so the first page of a million rows needs no full sort.
    QString key;
    switch (sort.column) {
    case LedgerColumn::Id: key = L("i.id"); break;
    case LedgerColumn::Title: key = L("i.title"); break;
    case LedgerColumn::DocNumber: key = L("i.doc_number"); break;
    case LedgerColumn::Category: key = L("i.category_id"); break;
    case LedgerColumn::Department: key = L("i.department_id"); break;
    case LedgerColumn::Author: key = L("i.author_id"); break;
    case LedgerColumn::Drafted: key = L("i.drafted"); break;
    case LedgerColumn::Status: key = L("i.status"); break;
    case LedgerColumn::Updated: key = L("i.updated_at"); break;
    }
    const QString dir = sort.descending ? L(" DESC") : L(" ASC");
    if (sort.column == LedgerColumn::Id)
        return L(" ORDER BY i.id") + dir;
    return L(" ORDER BY ") + key + dir + L(", i.id") + dir;
}

QString LedgerQuery::selectSql() const
{
    const QString channels = m_db.dialect() == Dialect::Sqlite
        ? QString::fromUtf8("(SELECT group_concat(name, '、') FROM (SELECT DISTINCT ch.name AS name FROM publications p"
            " JOIN channels ch ON ch.id = p.channel_id WHERE p.item_id = i.id))")
        : QString::fromUtf8("(SELECT string_agg(DISTINCT ch.name, '、') FROM publications p"
            " JOIN channels ch ON ch.id = p.channel_id WHERE p.item_id = i.id)");
    return L("SELECT i.id, i.title, i.doc_number, c.name, d.name, u.name, i.drafted, i.status, i.attribute,"
             " i.updated_at, ")
        + channels
        + L(", (SELECT MIN(published_on) FROM publications p WHERE p.item_id = i.id),"
            " (SELECT COUNT(*) FROM submissions s WHERE s.item_id = i.id),"
            " (SELECT COUNT(*) FROM submissions s WHERE s.item_id = i.id AND s.adopted = 1)"
            " FROM items i JOIN categories c ON c.id = i.category_id"
            " JOIN departments d ON d.id = i.department_id JOIN users u ON u.id = i.author_id");
}

QString LedgerQuery::fetchSql(const LedgerFilter& filter, const LedgerSort& sort, QVariantMap* binds) const
{
    // The page's ids are chosen first, on the items table alone, and only those rows get their names and
    // channel summaries: otherwise the database computes every matching row's columns before sorting.
    QString select = selectSql();
    select.replace(L(" FROM items i JOIN"),
                   L(" FROM (SELECT i.id FROM items i") + whereClause(filter, binds) + orderBy(sort)
                       + L(" LIMIT :lim OFFSET :off) page JOIN items i ON i.id = page.id JOIN"));
    return select + orderBy(sort);
}

QString LedgerQuery::countSql(const LedgerFilter& filter, QVariantMap* binds) const
{
    return L("SELECT COUNT(*) FROM items i") + whereClause(filter, binds);
}

QList<LedgerRow> LedgerQuery::fetch(const LedgerFilter& filter, const LedgerSort& sort, qint64 offset,
                                    int limit) const
{
    QVariantMap binds;
    const QString sql = fetchSql(filter, sort, &binds);
    binds.insert(L("lim"), limit);
    binds.insert(L("off"), offset);
    QSqlQuery q = m_db.exec(sql, binds);
    QList<LedgerRow> rows;
    rows.reserve(limit);
    while (q.next())
        rows << readRow(q);
    return rows;
}

LedgerRow LedgerQuery::readRow(const QSqlQuery& q)
{
    LedgerRow r;
    r.id = q.value(0).toLongLong();
    r.title = q.value(1).toString();
    r.docNumber = q.value(2).toString();
    r.category = q.value(3).toString();
    r.department = q.value(4).toString();
    r.author = q.value(5).toString();
    r.drafted = Database::dateFrom(q.value(6));
    r.status = ItemStatus(q.value(7).toInt());
    r.attribute = DisclosureAttribute(q.value(8).toInt());
    r.updatedAt = Database::timeFrom(q.value(9));
    r.channels = q.value(10).toString();
    r.firstPublished = Database::dateFrom(q.value(11));
    r.submissions = q.value(12).toInt();
    r.adoptions = q.value(13).toInt();
    return r;
}

qint64 LedgerQuery::count(const LedgerFilter& filter) const
{
    QVariantMap binds;
    const QString sql = countSql(filter, &binds);
    return m_db.scalar(sql, binds).toLongLong();
}

QList<qint64> LedgerQuery::ids(const LedgerFilter& filter, qint64 afterId, int limit) const
{
    QVariantMap binds;
    QString where = whereClause(filter, &binds);
    where += where.isEmpty() ? L(" WHERE ") : L(" AND ");
    binds.insert(L("after"), afterId);
    binds.insert(L("lim"), limit);
    QSqlQuery q = m_db.exec(L("SELECT i.id FROM items i") + where + L("i.id > :after ORDER BY i.id LIMIT :lim"), binds);
    QList<qint64> ids;
    ids.reserve(limit);
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<qint64> LedgerQuery::pageIds(const LedgerFilter& filter, const LedgerSort& sort, qint64 offset, int limit) const
{
    QVariantMap binds;
    const QString sql = L("SELECT i.id FROM items i") + whereClause(filter, &binds) + orderBy(sort)
        + L(" LIMIT :lim OFFSET :off");
    binds.insert(L("lim"), limit);
    binds.insert(L("off"), offset);
    QSqlQuery q = m_db.exec(sql, binds);
    QList<qint64> ids;
    ids.reserve(limit);
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

QList<LedgerRow> LedgerQuery::fetchByIds(const QList<qint64>& ids) const
{
    if (ids.isEmpty())
        return {};
    QVariantMap binds;
    QStringList params;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        params << L(":k%1").arg(i);
        binds.insert(L("k%1").arg(i), ids.at(i));
    }
    QSqlQuery q = m_db.exec(selectSql() + L(" WHERE i.id IN (") + params.join(QLatin1Char(',')) + L(")"), binds);
    QHash<qint64, LedgerRow> byId;
    while (q.next()) {
        LedgerRow r = readRow(q);
        byId.insert(r.id, std::move(r));
    }
    QList<LedgerRow> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        auto it = byId.find(id);
        if (it != byId.end())
            rows << std::move(it.value());
    }
    return rows;
}

} // namespace gongkai
