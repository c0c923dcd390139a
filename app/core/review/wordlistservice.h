#pragma once

#include "../screening/wordlist.h"

#include <QCoreApplication>

namespace gongkai {

class Database;
class Session;

/// The office's word list (错敏词) for a signed-in user: anyone signed in reads it, the administrator
/// changes it (Permission::ManageLists). Changes are audited by WordListRepository, refusals here.
class WordListService
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::WordListService)

public:
    explicit WordListService(Database& db);

    WordList list(const Session& session);
    void add(const Session& session, const WordEntry& entry);
    /// False when the term was not listed.
    bool remove(const Session& session, const QString& term);
    /// Adds (or replaces with) the entries of words; returns how many were added or changed.
    int merge(const Session& session, const WordList& words);
    /// Makes the stored list exactly words (the administration dialog saves this way).
    void replace(const Session& session, const WordList& words);

private:
    Database& m_db;
};

} // namespace gongkai
