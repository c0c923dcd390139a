#pragma once

#include "screening/rawfinding.h"

#include <QDate>
#include <QString>
#include <QStringView>

#include <vector>

namespace gongkai {

/// Finds resident ID numbers, mobile numbers and bank card numbers in one linear pass over the runs
/// of digits (ASCII or full-width). A run may be split into groups by single spaces or dashes
/// (138 1234 5678, 6222 0212 3456 7890, 110101 19900307 1234); a number is only reported when it
/// passes its own check, and digits inside a longer run are not taken for a shorter number.
class NumberScanner
{
public:
    /// today: the latest birth date an ID may carry.
    explicit NumberScanner(const QDate& today);

    void scan(QStringView text, std::vector<RawFinding>& out);

    /// The ASCII digits (and a final X) of a reported number, without separators or the +86 prefix.
    static QString digitsOf(QStringView matched, Finding::Kind kind);
    static bool isDigit(char16_t unit) { return char16_t(unit - u'0') < 10 || char16_t(unit - 0xFF10) < 10; }

private:
    struct Group
    {
        qsizetype start = 0;
        int digits = 0; ///< without the trailing X
        bool x = false; ///< ends with X/x (the check character of an ID)
        qsizetype end() const { return start + digits + (x ? 1 : 0); }
    };

    /// Tries the number patterns at group k; returns how many groups a reported number took (0: none).
    int matchAt(QStringView text, size_t k, std::vector<RawFinding>& out);
    /// Writes the ASCII digits of groups [k, k + count) to m_buffer; false when they are too many.
    bool collect(QStringView text, size_t k, size_t count);
    void report(std::vector<RawFinding>& out, Finding::Kind kind, qsizetype start, qsizetype end);

    QDate m_today;
    std::vector<Group> m_groups;
    char16_t m_buffer[24] = {};
    qsizetype m_bufferSize = 0;
};

} // namespace gongkai
