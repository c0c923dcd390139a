#pragma once

#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace gongkai {

/// Finds every occurrence of many patterns in one pass over the text, overlapping ones included:
/// an Aho–Corasick automaton over UTF-16 code units, stored as a double-array trie so that each step
/// is two array look-ups whatever the number of patterns. ASCII letters match in either case and
/// full-width ASCII forms (Ａ, １, ＠ …) match their half-width forms.
/// Immutable once built; findAll() may run on several threads at once.
class WordMatcher
{
public:
    struct Hit
    {
        qsizetype end; ///< one past the last code unit of the match
        int pattern;   ///< index into the patterns given to the constructor
    };

    WordMatcher();
    /// Empty patterns never match; duplicates each report their own hits.
    explicit WordMatcher(const QStringList& patterns);

    /// Appends the hits in text to hits, ordered by end (patterns ending at the same place: longest first).
    void findAll(QStringView text, std::vector<Hit>& hits) const;

    int patternCount() const { return int(m_lengths.size()); }
    /// Length of a pattern in code units.
    qsizetype patternLength(int pattern) const { return m_lengths[size_t(pattern)]; }
    /// The form a code unit is matched in (lower-case ASCII for letters, half-width for full-width forms).
    static char16_t fold(char16_t unit);

private:
    /// One cell of the double array: the transition on class c from cell s is cell base(s) + c when
    /// that cell's check is s. Only what every character needs lives here (8 bytes a cell).
    struct Cell
    {
        int32_t base = 0;   ///< kOutputFlag set: some pattern ends in this state
        int32_t check = -1; ///< parent cell, -1 when free
    };
    static constexpr int32_t kOutputFlag = INT32_MIN;
    struct Output
    {
        int32_t pattern;
        int32_t next; ///< next match ending at the same place (a shorter suffix), or -1
    };

    void build(const QStringList& patterns);

    std::vector<uint16_t> m_class; ///< code unit → dense class; 0: in no pattern
    std::vector<Cell> m_cells;     ///< the root is cell 0
    std::vector<int32_t> m_fail;   ///< by cell: the longest proper suffix that is also a state
    std::vector<int32_t> m_output; ///< by cell: the first match ending there in m_outputs, or -1
    std::vector<Output> m_outputs;
    std::vector<qsizetype> m_lengths;
};

} // namespace gongkai
