#pragma once

#include "../screening/wordlist.h"

#include <QString>

namespace gongkai {

class Database;

/// The office's word list (错敏词) as stored in table word_list. Every change is audited
/// (object type "word_list", before/after the entry).
class WordListRepository
{
public:
    explicit WordListRepository(Database& db);

    /// The whole list, in term order.
    WordList list() const;
#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    /// Adds the entry or replaces the one with the same term; throws Error for a bad term.
    void add(const WordEntry& entry);
    /// Removes the term; false when it was not listed.
    bool remove(const QString& term);
    /// Adds (or replaces with) every entry of words; returns how many were added or changed.
    int merge(const WordList& words);
    /// Makes the stored list exactly words.
    void replace(const WordList& words);
#endif

private:
    /// Adds or updates one entry without a transaction of its own; false when nothing changed.
    bool put(const WordEntry& entry, const WordList& current);
    bool drop(const QString& term, const WordList& current);

    Database& m_db;
};

} // namespace gongkai
