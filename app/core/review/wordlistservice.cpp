#include "wordlistservice.h"

#include "../storage/wordlistrepository.h"
#include "servicecall.h"

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}
} // namespace

WordListService::WordListService(Database& db) : m_db(db) {}

WordList WordListService::list(const Session& session)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    return WordListRepository(m_db).list();
}

void WordListService::add(const Session& session, const WordEntry& entry)
{
    ServiceCall call(m_db, session, AuditEvent::ListEntryChanged);
    call.require(Permission::ManageLists, L("word_list"));
    WordListRepository(m_db).add(entry);
}

bool WordListService::remove(const Session& session, const QString& term)
{
    ServiceCall call(m_db, session, AuditEvent::ListEntryChanged);
    call.require(Permission::ManageLists, L("word_list"));
    return WordListRepository(m_db).remove(term);
}

int WordListService::merge(const Session& session, const WordList& words)
{
    ServiceCall call(m_db, session, AuditEvent::ListEntryChanged);
    call.require(Permission::ManageLists, L("word_list"));
    return WordListRepository(m_db).merge(words);
}

void WordListService::replace(const Session& session, const WordList& words)
{
    ServiceCall call(m_db, session, AuditEvent::ListEntryChanged);
    call.require(Permission::ManageLists, L("word_list"));
    WordListRepository(m_db).replace(words);
}

} // namespace gongkai
