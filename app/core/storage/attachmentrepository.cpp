#include "attachmentrepository.h"

#include "database.h"

#include <QStringList>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

Attachment fromRow(const QSqlQuery& q)
{
    Attachment a;
    a.id = q.value(0).toLongLong();
    a.fileName = q.value(1).toString();
    a.size = q.value(2).toLongLong();
    a.sha256 = q.value(3).toString();
    a.text = q.value(4).toString();
    a.addedAt = Database::timeFrom(q.value(5));
    a.addedBy = q.value(6).toString();
    return a;
}

const char* kColumns = "id, file_name, size_bytes, sha256, extracted_text, added_at, added_by";
} // namespace

AttachmentRepository::AttachmentRepository(Database& db) : m_db(db) {}

QList<Attachment> AttachmentRepository::list(qint64 itemId) const
{
    QSqlQuery q = m_db.exec(L("SELECT %1 FROM attachments WHERE item_id = :i AND removed_at IS NULL ORDER BY id")
                                .arg(QLatin1String(kColumns)),
                            {{L("i"), itemId}});
    QList<Attachment> out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

QHash<qint64, QList<Attachment>> AttachmentRepository::namesAndHashes(const QList<qint64>& itemIds) const
{
    QHash<qint64, QList<Attachment>> out;
    if (itemIds.isEmpty())
        return out;
    QStringList ids;
    for (qint64 id : itemIds)
        ids << QString::number(id);
    QSqlQuery q = m_db.exec(L("SELECT item_id, file_name, sha256 FROM attachments WHERE removed_at IS NULL"
                              " AND item_id IN (%1) ORDER BY id")
                                .arg(ids.join(QLatin1Char(','))));
    while (q.next()) {
        Attachment a;
        a.fileName = q.value(1).toString();
        a.sha256 = q.value(2).toString();
        out[q.value(0).toLongLong()].append(a);
    }
    return out;
}

std::optional<QByteArray> AttachmentRepository::content(qint64 attachmentId) const
{
    QSqlQuery q = m_db.exec(L("SELECT content FROM attachments WHERE id = :id"), {{L("id"), attachmentId}});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

std::optional<Attachment> AttachmentRepository::get(qint64 attachmentId) const
{
    QSqlQuery q = m_db.exec(L("SELECT %1 FROM attachments WHERE id = :id").arg(QLatin1String(kColumns)),
                            {{L("id"), attachmentId}});
    if (!q.next())
        return std::nullopt;
    return fromRow(q);
}

qint64 AttachmentRepository::itemOf(qint64 attachmentId) const
{
    return m_db.scalar(L("SELECT item_id FROM attachments WHERE id = :id"), {{L("id"), attachmentId}}).toLongLong();
}

void AttachmentRepository::insert(qint64 itemId, Attachment& a, const QString& login)
{
    const QDateTime now = m_db.nowUtc();
    a.id = m_db.insert(L("INSERT INTO attachments (item_id, file_name, size_bytes, sha256, content, extracted_text,"
                         " added_at, added_by) VALUES (:i, :n, :s, :h, :c, :t, :at, :by) RETURNING id"),
                       {{L("i"), itemId},
                        {L("n"), a.fileName},
                        {L("s"), qint64(a.data.size())},
                        {L("h"), a.sha256},
                        {L("c"), a.data},
                        {L("t"), a.text},
                        {L("at"), m_db.toDb(now)},
                        {L("by"), login}});
    a.size = a.data.size();
    a.addedAt = now;
    a.addedBy = login;
    a.data.clear();
}

void AttachmentRepository::setRemoved(qint64 attachmentId, bool removed, const QString& login)
{
    m_db.exec(L("UPDATE attachments SET removed_at = :at, removed_by = :by WHERE id = :id"),
              {{L("at"), removed ? m_db.toDb(m_db.nowUtc()) : QVariant()},
               {L("by"), removed ? login : QString()},
               {L("id"), attachmentId}});
}

} // namespace gongkai
