#pragma once

#include "screening/severity.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace gongkai {

/// One term of a word list (错敏词): a sensitive word or a wrong wording, with what to write instead.
struct WordEntry
{
    QString term;
    QString correction; ///< empty when there is nothing to suggest
    Severity severity = Severity::Warning;

    bool operator==(const WordEntry&) const = default;
};

/// An office's list of sensitive words and wrong wordings. Text form, one term per line:
///     term[TAB correction[TAB severity]]
/// severity is high / warning / info (or 高 / 警告 / 提示), warning when left out; blank lines and
/// lines starting with # are ignored. Files may be UTF-8 (with or without BOM) or GBK/GB18030.
/// A term listed twice keeps its last entry.
class WordList
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::WordList)

public:
    /// Longest term accepted, in UTF-16 code units.
    static constexpr int kMaxTermLength = 100;

    WordList() = default;

    /// Parses the text form; throws Error naming the line of the first bad entry.
    static WordList fromText(const QString& text);
    /// Decodes (UTF-8 or GBK) and parses; throws Error.
    static WordList fromData(const QByteArray& data);
    /// Reads a word-list file; throws Error naming the file (and line).
    static WordList fromFile(const QString& path);
    /// The small list shipped with the program (outdated agency names, common wrong wordings …).
    static WordList defaultList();

    const QList<WordEntry>& entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    bool contains(const QString& term) const { return m_index.contains(term.trimmed()); }
    /// The entry for term, or nullptr.
    const WordEntry* find(const QString& term) const;

    /// Adds the entry, or replaces the one with the same term. Throws Error for an empty, too long or
    /// multi-line term.
    void add(WordEntry entry);
    /// Removes the term; false when it was not listed.
    bool remove(const QString& term);
    /// Adds (or replaces with) every entry of other.
    void merge(const WordList& other);

    /// The text form (with a short header comment), which fromText() reads back to the same list.
    QString toText() const;

    bool operator==(const WordList& other) const { return m_entries == other.m_entries; }

private:
    QList<WordEntry> m_entries;
    QHash<QString, qsizetype> m_index; ///< term → position in m_entries
};

} // namespace gongkai
