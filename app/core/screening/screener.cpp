#include "screener.h"

#include "screening/emailscanner.h"
#include "screening/markingdetector.h"
#include "screening/numberscanner.h"
#include "screening/personalnumbers.h"
#include "screening/wordmatcher.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace gongkai {

/// The word list and the automaton built from it; pattern ids are the list's entries, then the
/// classification words, then the protection words.
struct Screener::Compiled
{
    WordList words;
    WordMatcher matcher;
    int classificationBase = 0;
    int protectionBase = 0;
};

namespace {
bool isLowSurrogate(QChar c)
{
    return c.isLowSurrogate();
}

/// Characters (code points) in a piece of text: a surrogate pair counts once.
qsizetype characters(QStringView text)
{
    qsizetype n = 0;
    for (const QChar c : text)
        n += isLowSurrogate(c) ? 0 : 1;
    return n;
}

QString contextBefore(QStringView text, qsizetype offset)
{
    const qsizetype from = std::max<qsizetype>(0, offset - Screener::kContextLength);
    QStringView before = text.mid(from, offset - from);
    const qsizetype br =
        std::max(before.lastIndexOf(QLatin1Char('\n')), before.lastIndexOf(QLatin1Char('\r')));
    if (br >= 0)
        before = before.mid(br + 1);
    if (!before.isEmpty() && isLowSurrogate(before.front()))
        before = before.mid(1);
    return before.toString();
}

QString contextAfter(QStringView text, qsizetype end)
{
    QStringView after = text.mid(end, Screener::kContextLength);
    for (const QChar br : {QLatin1Char('\n'), QLatin1Char('\r')}) {
        const qsizetype at = after.indexOf(br);
        if (at >= 0)
            after = after.left(at);
    }
    if (!after.isEmpty() && after.back().isHighSurrogate())
        after.chop(1);
    return after.toString();
}

QString suggestionFor(const RawFinding& raw, QStringView matched, const WordList& words)
{
    switch (raw.kind) {
    case Finding::Kind::ListedWord:
        return words.entries().at(raw.entry).correction;
    case Finding::Kind::ResidentId:
        return PersonalNumbers::maskResidentId(NumberScanner::digitsOf(matched, raw.kind));
    case Finding::Kind::MobilePhone:
        return PersonalNumbers::maskMobile(NumberScanner::digitsOf(matched, raw.kind));
    case Finding::Kind::BankCard:
        return PersonalNumbers::maskBankCard(NumberScanner::digitsOf(matched, raw.kind));
    case Finding::Kind::Email:
        return EmailScanner::mask(matched);
    case Finding::Kind::ClassificationMarking:
    case Finding::Kind::ProtectionMarking:
        break;
    }
    return QString();
}

} // namespace

std::shared_ptr<const Screener::Compiled> Screener::compile(const WordList& words)
{
    auto compiled = std::make_shared<Compiled>();
    compiled->words = words;
    QStringList patterns;
    patterns.reserve(words.size() + 8);
    for (const WordEntry& e : words.entries())
        patterns << e.term;
    compiled->classificationBase = int(patterns.size());
    patterns << MarkingDetector::classificationWords();
    compiled->protectionBase = int(patterns.size());
    patterns << MarkingDetector::protectionWords();
    compiled->matcher = WordMatcher(patterns);
    return compiled;
}

Screener::Screener() : Screener(WordList()) {}

Screener::Screener(const WordList& words) : m_compiled(compile(words)) {}

Screener::~Screener() = default;
Screener::Screener(const Screener&) = default;
Screener& Screener::operator=(const Screener&) = default;

const WordList& Screener::words() const
{
    return m_compiled->words;
}

ScreeningResult Screener::screen(QStringView text) const
{
    const Compiled& c = *m_compiled;
    std::vector<RawFinding> raw;
    {
        std::vector<WordMatcher::Hit> hits;
        c.matcher.findAll(text, hits);
        const MarkingDetector markings(text);
        raw.reserve(hits.size());
        for (const WordMatcher::Hit& hit : hits) {
            const qsizetype length = c.matcher.patternLength(hit.pattern);
            const qsizetype start = hit.end - length;
            if (hit.pattern < c.classificationBase) {
                const Severity severity = c.words.entries().at(hit.pattern).severity;
                raw.push_back({start, length, Finding::Kind::ListedWord, severity, hit.pattern});
            } else if (hit.pattern < c.protectionBase) {
                if (const auto marking = markings.classification(start, length))
                    raw.push_back(*marking);
            } else {
                raw.push_back({start, length, Finding::Kind::ProtectionMarking, Severity::Warning, -1});
            }
        }
    }
    NumberScanner(m_today.isValid() ? m_today : QDate::currentDate()).scan(text, raw);
    EmailScanner::scan(text, raw);

    std::sort(raw.begin(), raw.end(), [](const RawFinding& a, const RawFinding& b) {
        if (a.offset != b.offset)
            return a.offset < b.offset;
        if (a.length != b.length)
            return a.length > b.length;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.entry < b.entry;
    });

    ScreeningResult result;
    for (const RawFinding& r : raw) {
        switch (r.severity) {
        case Severity::High:
            ++result.highCount;
            break;
        case Severity::Warning:
            ++result.warningCount;
            break;
        case Severity::Info:
            ++result.infoCount;
            break;
        }
    }

    // Lines and columns in one pass over the text, however many findings there are.
    const qsizetype listed =
        std::min<qsizetype>(qsizetype(raw.size()), std::max<qsizetype>(0, m_maxFindings));
    result.findings.reserve(listed);
    qsizetype nextNewline = text.indexOf(QLatin1Char('\n'));
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype columnAt = 0; // the column below is that of this offset
    qsizetype column = 1;
    for (qsizetype i = 0; i < listed; ++i) {
        const RawFinding& r = raw[size_t(i)];
        while (nextNewline >= 0 && nextNewline < r.offset) {
            ++line;
            lineStart = nextNewline + 1;
            nextNewline = text.indexOf(QLatin1Char('\n'), lineStart);
        }
        if (columnAt < lineStart) {
            columnAt = lineStart;
            column = 1;
        }
        column += characters(text.mid(columnAt, r.offset - columnAt));
        columnAt = r.offset;

        Finding f;
        f.kind = r.kind;
        f.severity = r.severity;
        const QStringView matched = text.mid(r.offset, r.length);
        f.text = matched.toString();
        f.offset = r.offset;
        f.length = r.length;
        f.line = line;
        f.column = int(std::min<qsizetype>(column, std::numeric_limits<int>::max()));
        f.contextBefore = contextBefore(text.mid(lineStart), r.offset - lineStart);
        f.contextAfter = contextAfter(text, r.offset + r.length);
        f.suggestion = suggestionFor(r, matched, c.words);
        result.findings.append(std::move(f));
    }
    return result;
}

} // namespace gongkai
