#include "wordlistrepository.h"

#include "auditlog.h"
#include "database.h"

#include <QJsonObject>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

QJsonObject entryObject(const WordEntry& e)
{
    return QJsonObject{{L("term"), e.term},
                       {L("correction"), e.correction},
                       {L("severity"), SeverityNames::key(e.severity)}};
}
} // namespace

WordListRepository::WordListRepository(Database& db) : m_db(db) {}

WordList WordListRepository::list() const
{
    WordList words;
    QSqlQuery q = m_db.exec(L("SELECT term, correction, severity FROM word_list ORDER BY term"));
    while (q.next()) {
        WordEntry e;
        e.term = q.value(0).toString();
        e.correction = q.value(1).toString();
        e.severity = SeverityNames::parse(q.value(2).toString()).value_or(Severity::Warning);
        words.add(e);
    }
    return words;
}

bool WordListRepository::put(const WordEntry& entry, const WordList& current)
{
    // WordList::add validates and normalises the term.
    WordList one;
    one.add(entry);
    const WordEntry e = one.entries().constFirst();
    const WordEntry* old = current.find(e.term);
    if (old && *old == e)
        return false;
    const QVariantMap binds{{L("t"), e.term},
                            {L("c"), e.correction},
                            {L("s"), SeverityNames::key(e.severity)}};
    if (old)
        m_db.exec(L("UPDATE word_list SET correction = :c, severity = :s WHERE term = :t"), binds);
    else
        m_db.exec(L("INSERT INTO word_list (term, correction, severity) VALUES (:t, :c, :s)"), binds);
    AuditLog(m_db).append({old ? AuditEvent::ListEntryChanged : AuditEvent::ListEntryAdded, true,
                           L("word_list"), 0, old ? entryObject(*old) : QJsonObject(), entryObject(e)});
    return true;
}

bool WordListRepository::drop(const QString& term, const WordList& current)
{
    const WordEntry* old = current.find(term);
    if (!old)
        return false;
    m_db.exec(L("DELETE FROM word_list WHERE term = :t"), {{L("t"), old->term}});
    AuditLog(m_db).append(
        {AuditEvent::ListEntryChanged, true, L("word_list"), 0, entryObject(*old), QJsonObject{{L("removed"), true}}});
    return true;
}

void WordListRepository::add(const WordEntry& entry)
{
    TransactionGuard tx(m_db, TransactionMode::Immediate);
    put(entry, list());
    tx.commit();
}

bool WordListRepository::remove(const QString& term)
{
    TransactionGuard tx(m_db, TransactionMode::Immediate);
    const bool removed = drop(term, list());
    tx.commit();
    return removed;
}

int WordListRepository::merge(const WordList& words)
{
    TransactionGuard tx(m_db, TransactionMode::Immediate);
    const WordList current = list();
    int changed = 0;
    for (const WordEntry& e : words.entries())
        changed += put(e, current) ? 1 : 0;
    tx.commit();
    return changed;
}

void WordListRepository::replace(const WordList& words)
{
    TransactionGuard tx(m_db, TransactionMode::Immediate);
    const WordList current = list();
    for (const WordEntry& e : current.entries()) {
        if (!words.contains(e.term))
            drop(e.term, current);
    }
    for (const WordEntry& e : words.entries())
        put(e, current);
    tx.commit();
}

} // namespace gongkai
