#include "emailscanner.h"

namespace gongkai {

namespace {
bool isAlnum(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
}

bool isLocalChar(char16_t u)
{
    return isAlnum(u) || u == u'.' || u == u'_' || u == u'%' || u == u'+' || u == u'-';
}

bool isDomainChar(char16_t u)
{
    return isAlnum(u) || u == u'.' || u == u'-';
}

bool isLetter(char16_t u)
{
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

constexpr qsizetype kMaxLocal = 64;
constexpr qsizetype kMaxDomain = 253;
} // namespace

void EmailScanner::scan(QStringView text, std::vector<RawFinding>& out)
{
    qsizetype lastEnd = 0;
    for (qsizetype at = text.indexOf(QLatin1Char('@')); at >= 0;
         at = text.indexOf(QLatin1Char('@'), at + 1)) {
        qsizetype start = at;
        while (start > lastEnd && at - start < kMaxLocal && isLocalChar(text[start - 1].unicode()))
            --start;
        while (start < at && text[start] == u'.')
            ++start;
        if (start == at || text[at - 1] == u'.')
            continue;
        qsizetype end = at + 1;
        while (end < text.size() && end - at <= kMaxDomain && isDomainChar(text[end].unicode()))
            ++end;
        // A sentence's full stop or a dash after the address is not part of it.
        while (end > at + 1 && (text[end - 1] == u'.' || text[end - 1] == u'-'))
            --end;
        const QStringView domain = text.mid(at + 1, end - at - 1);
        const qsizetype lastDot = domain.lastIndexOf(QLatin1Char('.'));
        if (lastDot <= 0 || domain.contains(u"..") || domain.startsWith(QLatin1Char('-')))
            continue;
        const QStringView tld = domain.mid(lastDot + 1);
        bool letters = tld.size() >= 2;
        for (const QChar c : tld)
            letters = letters && isLetter(c.unicode());
        if (!letters)
            continue;
        out.push_back({start, end - start, Finding::Kind::Email, Severity::Warning, -1});
        lastEnd = end;
        at = end - 1;
    }
}

QString EmailScanner::mask(QStringView address)
{
    const qsizetype at = address.indexOf(QLatin1Char('@'));
    if (at <= 0)
        return QString();
    return address.left(1).toString() + QStringLiteral("***") + address.mid(at).toString();
}

} // namespace gongkai
