#include "markingdetector.h"

#include <algorithm>

namespace gongkai {

namespace {
bool isBlank(char16_t u)
{
    return u == u' ' || u == u'\t' || u == 0x3000 || u == 0x00A0 || u == u'\r';
}

bool isStar(char16_t u)
{
    return u == 0x2605 /* ★ */ || u == 0x2606 /* ☆ */ || u == u'*' || u == 0xFF0A /* ＊ */ ||
           u == 0x2731 /* ✱ */;
}

bool isDigit(char16_t u)
{
    return char16_t(u - u'0') < 10 || char16_t(u - 0xFF10) < 10;
}

bool isChineseNumeral(char16_t u)
{
    return QStringView(u"〇零一二两三四五六七八九十").contains(QChar(u));
}

qsizetype skipBlanks(QStringView text, qsizetype i, int most)
{
    while (most-- > 0 && i < text.size() && isBlank(text[i].unicode()))
        ++i;
    return i;
}

/// The end of a secrecy period starting at i (1年, 6个月, 十年, 长期, 启用前), or -1.
qsizetype periodEnd(QStringView text, qsizetype i)
{
    const QStringView rest = text.mid(i);
    for (const char16_t* word : {u"长期", u"启用前"}) {
        if (rest.startsWith(QStringView(word)))
            return i + QStringView(word).size();
    }
    qsizetype j = i;
    if (j < text.size() && isDigit(text[j].unicode())) {
        while (j < text.size() && j - i < 3 && isDigit(text[j].unicode()))
            ++j;
    } else {
        while (j < text.size() && j - i < 4 && isChineseNumeral(text[j].unicode()))
            ++j;
    }
    if (j == i)
        return -1;
    j = skipBlanks(text, j, 1);
    const QStringView unit = text.mid(j);
    for (const char16_t* word : {u"个月", u"年", u"月", u"天", u"日"}) {
        if (unit.startsWith(QStringView(word)))
            return j + QStringView(word).size();
    }
    return -1;
}

/// Whether the non-blank text before the word on its line leaves it standing alone: nothing, an
/// opening bracket, or the label 密级：.
bool aloneBefore(QStringView before)
{
    before = before.trimmed();
    if (before.isEmpty())
        return true;
    for (const char16_t* prefix : {u"【", u"[", u"（", u"(", u"〔"}) {
        if (before == QStringView(prefix))
            return true;
    }
    return before == u"密级：" || before == u"密级:" || before == u"密级";
}

/// After the word: nothing, a closing bracket, or the urgency words GB/T 9704 puts near the marking.
bool aloneAfter(QStringView after)
{
    after = after.trimmed();
    for (const char16_t* suffix : {u"】", u"]", u"）", u")", u"〕"}) {
        if (after.startsWith(QStringView(suffix))) {
            after = after.mid(1).trimmed();
            break;
        }
    }
    if (after.isEmpty())
        return true;
    for (const char16_t* urgency : {u"特急", u"加急", u"特提", u"平急"}) {
        if (after == QStringView(urgency))
            return true;
    }
    return false;
}

/// The end of the first kHeaderLines non-blank lines.
qsizetype headerEnd(QStringView text)
{
    int nonBlank = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype end = text.indexOf(QLatin1Char('\n'), i);
        if (end < 0)
            end = text.size();
        if (!text.mid(i, end - i).trimmed().isEmpty() && ++nonBlank >= MarkingDetector::kHeaderLines)
            return end;
        i = end + 1;
    }
    return text.size();
}

/// Only short lines can hold a marking alone: this far before and after the word at most.
constexpr qsizetype kAloneReach = 16;
} // namespace

QStringList MarkingDetector::classificationWords()
{
    return {QStringLiteral("绝密"), QStringLiteral("机密"), QStringLiteral("秘密")};
}

QStringList MarkingDetector::protectionWords()
{
    return {QStringLiteral("内部资料"), QStringLiteral("注意保密"), QStringLiteral("内部使用"),
            QStringLiteral("涉密")};
}

MarkingDetector::MarkingDetector(QStringView text) : m_text(text), m_headerEnd(headerEnd(text)) {}

std::optional<RawFinding> MarkingDetector::classification(qsizetype offset, qsizetype length) const
{
    const QStringView text = m_text;
    RawFinding f{offset, length, Finding::Kind::ClassificationMarking, Severity::High, -1};

    // 秘密★1年: the star makes it a marking wherever it stands.
    const qsizetype star = skipBlanks(text, offset + length, 2);
    if (star < text.size() && isStar(text[star].unicode())) {
        const qsizetype end = periodEnd(text, skipBlanks(text, star + 1, 2));
        const bool asciiStar = text[star] == u'*' || text[star] == QChar(0xFF0A);
        if (end >= 0) {
            f.length = end - offset;
            return f;
        }
        // A bare * after the word is too common in plain-text emphasis to count without a period.
        if (!asciiStar) {
            f.length = star + 1 - offset;
            return f;
        }
    }

    // A word alone on its line is a marking; in the first lines of a text, the one GB/T 9704 prescribes.
    // Look only a short way either side, so that long paragraphs cost nothing.
    const qsizetype from = std::max<qsizetype>(0, offset - kAloneReach - 1);
    const qsizetype newlineBefore = text.mid(from, offset - from).lastIndexOf(QLatin1Char('\n'));
    if (newlineBefore < 0 && from > 0)
        return std::nullopt;
    const qsizetype lineStart = newlineBefore < 0 ? 0 : from + newlineBefore + 1;
    const qsizetype after = offset + length;
    const qsizetype newlineAfter = text.mid(after, kAloneReach + 1).indexOf(QLatin1Char('\n'));
    if (newlineAfter < 0 && text.size() - after > kAloneReach)
        return std::nullopt;
    const qsizetype lineEnd = newlineAfter < 0 ? text.size() : after + newlineAfter;
    if (!aloneBefore(text.mid(lineStart, offset - lineStart)) ||
        !aloneAfter(text.mid(after, lineEnd - after)))
        return std::nullopt;
    f.severity = lineStart < m_headerEnd ? Severity::High : Severity::Warning;
    return f;
}

} // namespace gongkai
