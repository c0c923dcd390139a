#include "numberscanner.h"

#include "screening/personalnumbers.h"

#include <bit>

#if defined(__SSE2__) || defined(_M_X64) || defined(_M_AMD64)
#include <emmintrin.h>
#define GONGKAI_HAVE_SSE2 1
#endif

namespace gongkai {

namespace {
char16_t asciiDigit(char16_t unit)
{
    return unit >= 0xFF10 ? char16_t(unit - 0xFF10 + u'0') : unit;
}

bool isX(char16_t unit)
{
    return unit == u'X' || unit == u'x' || unit == 0xFF38 || unit == 0xFF58;
}

/// What may stand between the groups of one number: a space or a dash, half- or full-width.
bool isSeparator(char16_t unit)
{
    switch (unit) {
    case u' ':
    case u'-':
    case 0x00A0: // no-break space
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
    case 0x3000: // ideographic space
    case 0xFF0D: // full-width hyphen-minus
        return true;
    default:
        return false;
    }
}

bool isPlus(char16_t unit)
{
    return unit == u'+' || unit == 0xFF0B;
}

/// The first digit at or after i, or n. Digits are rare in prose, so this loop is most of the scan:
/// eight code units at a time where the processor allows.
qsizetype nextDigit(const char16_t* units, qsizetype i, qsizetype n)
{
#ifdef GONGKAI_HAVE_SSE2
    const __m128i ascii = _mm_set1_epi16(short(u'0'));
    const __m128i wide = _mm_set1_epi16(short(0xFF10));
    const __m128i nine = _mm_set1_epi16(9);
    const __m128i zero = _mm_setzero_si128();
    for (; i + 8 <= n; i += 8) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(units + i));
        // (unit - base) saturated-minus 9 is zero exactly for the ten digits after base.
        const __m128i isAscii = _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(v, ascii), nine), zero);
        const __m128i isWide = _mm_cmpeq_epi16(_mm_subs_epu16(_mm_sub_epi16(v, wide), nine), zero);
        const unsigned mask = unsigned(_mm_movemask_epi8(_mm_or_si128(isAscii, isWide)));
        if (mask != 0)
            return i + std::countr_zero(mask) / 2;
    }
#endif
    while (i < n && !NumberScanner::isDigit(units[i]))
        ++i;
    return i;
}
} // namespace

NumberScanner::NumberScanner(const QDate& today) : m_today(today) {}

QString NumberScanner::digitsOf(QStringView matched, Finding::Kind kind)
{
    QString digits;
    digits.reserve(matched.size());
    for (const QChar c : matched) {
        const char16_t u = c.unicode();
        if (isDigit(u))
            digits += QChar(asciiDigit(u));
        else if (isX(u))
            digits += QLatin1Char('X');
    }
    if (kind == Finding::Kind::MobilePhone && digits.size() == 13)
        digits.remove(0, 2); // the country code 86
    return digits;
}

bool NumberScanner::collect(QStringView text, size_t k, size_t count)
{
    m_bufferSize = 0;
    for (size_t g = k; g < k + count; ++g) {
        const Group& group = m_groups[g];
        if (m_bufferSize + group.digits + 1 > qsizetype(std::size(m_buffer)))
            return false;
        for (qsizetype i = 0; i < group.digits; ++i)
            m_buffer[m_bufferSize++] = asciiDigit(text[group.start + i].unicode());
        if (group.x)
            m_buffer[m_bufferSize++] = u'X';
    }
    return true;
}

void NumberScanner::report(std::vector<RawFinding>& out, Finding::Kind kind, qsizetype start, qsizetype end)
{
    out.push_back({start, end - start, kind, Severity::High, -1});
}

int NumberScanner::matchAt(QStringView text, size_t k, std::vector<RawFinding>& out)
{
    const size_t n = m_groups.size();
    const auto shape = [&](size_t g, int digits) {
        return g < n && m_groups[g].digits == digits && !m_groups[g].x;
    };
    const Group& first = m_groups[k];

    // An ID written as region, birth date, sequence: 110101 19900307 123X.
    if (shape(k, 6) && shape(k + 1, 8) && k + 2 < n &&
        ((m_groups[k + 2].digits == 4 && !m_groups[k + 2].x) ||
         (m_groups[k + 2].digits == 3 && m_groups[k + 2].x)) &&
        collect(text, k, 3) &&
        PersonalNumbers::isResidentId18(QStringView(m_buffer, m_bufferSize), m_today)) {
        report(out, Finding::Kind::ResidentId, first.start, m_groups[k + 2].end());
        return 3;
    }
    // A card in groups of four, the last group possibly shorter: 6222 0212 3456 7890 123.
    if (shape(k, 4) && shape(k + 1, 4) && shape(k + 2, 4) && shape(k + 3, 4)) {
        if (k + 4 < n && !m_groups[k + 4].x && m_groups[k + 4].digits <= 3 && collect(text, k, 5) &&
            PersonalNumbers::isBankCard(QStringView(m_buffer, m_bufferSize))) {
            report(out, Finding::Kind::BankCard, first.start, m_groups[k + 4].end());
            return 5;
        }
        if (collect(text, k, 4) && PersonalNumbers::isBankCard(QStringView(m_buffer, m_bufferSize))) {
            report(out, Finding::Kind::BankCard, first.start, m_groups[k + 3].end());
            return 4;
        }
    }
    // +86 138 1234 5678, 86-13812345678.
    if (shape(k, 2) && text[first.start] == u'8' && text[first.start + 1] == u'6') {
        const qsizetype start =
            first.start > 0 && isPlus(text[first.start - 1].unicode()) ? first.start - 1 : first.start;
        if (shape(k + 1, 3) && shape(k + 2, 4) && shape(k + 3, 4) && collect(text, k + 1, 3) &&
            PersonalNumbers::isMobile(QStringView(m_buffer, m_bufferSize))) {
            report(out, Finding::Kind::MobilePhone, start, m_groups[k + 3].end());
            return 4;
        }
        if (shape(k + 1, 11) && collect(text, k + 1, 1) &&
            PersonalNumbers::isMobile(QStringView(m_buffer, m_bufferSize))) {
            report(out, Finding::Kind::MobilePhone, start, m_groups[k + 1].end());
            return 2;
        }
    }
    // 138 1234 5678.
    if (shape(k, 3) && shape(k + 1, 4) && shape(k + 2, 4) && collect(text, k, 3) &&
        PersonalNumbers::isMobile(QStringView(m_buffer, m_bufferSize))) {
        report(out, Finding::Kind::MobilePhone, first.start, m_groups[k + 2].end());
        return 3;
    }

    // One unbroken run.
    if (first.digits > 19 || !collect(text, k, 1))
        return 0;
    const QStringView digits(m_buffer, m_bufferSize);
    if (first.x) {
        if (first.digits == 17 && PersonalNumbers::isResidentId18(digits, m_today)) {
            report(out, Finding::Kind::ResidentId, first.start, first.end());
            return 1;
        }
        return 0;
    }
    switch (first.digits) {
    case 18:
        if (PersonalNumbers::isResidentId18(digits, m_today)) {
            report(out, Finding::Kind::ResidentId, first.start, first.end());
            return 1;
        }
        break;
    case 15:
        if (PersonalNumbers::isResidentId15(digits)) {
            report(out, Finding::Kind::ResidentId, first.start, first.end());
            return 1;
        }
        return 0;
    case 11:
        if (PersonalNumbers::isMobile(digits)) {
            report(out, Finding::Kind::MobilePhone, first.start, first.end());
            return 1;
        }
        return 0;
    case 13:
        if (digits.startsWith(u"86") && PersonalNumbers::isMobile(digits.mid(2))) {
            const qsizetype start =
                first.start > 0 && isPlus(text[first.start - 1].unicode()) ? first.start - 1 : first.start;
            report(out, Finding::Kind::MobilePhone, start, first.end());
            return 1;
        }
        return 0;
    default:
        break;
    }
    if (PersonalNumbers::isBankCard(digits)) {
        report(out, Finding::Kind::BankCard, first.start, first.end());
        return 1;
    }
    return 0;
}

void NumberScanner::scan(QStringView text, std::vector<RawFinding>& out)
{
    const char16_t* units = text.utf16();
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        i = nextDigit(units, i, n);
        if (i >= n)
            break;
        // A token: groups of digits joined by single separators. The character before it is not a
        // digit (the previous token took every digit it touched).
        m_groups.clear();
        for (;;) {
            Group group;
            group.start = i;
            while (i < n && isDigit(units[i]))
                ++i;
            group.digits = int(std::min<qsizetype>(i - group.start, 1 << 20));
            if (i < n && isX(units[i]) && (i + 1 >= n || !isDigit(units[i + 1]))) {
                group.x = true;
                ++i;
            }
            m_groups.push_back(group);
            if (!group.x && i + 1 < n && isSeparator(units[i]) && isDigit(units[i + 1])) {
                ++i;
                continue;
            }
            break;
        }
        for (size_t k = 0; k < m_groups.size();) {
            const int taken = matchAt(text, k, out);
            k += taken > 0 ? size_t(taken) : 1;
        }
    }
}

} // namespace gongkai
