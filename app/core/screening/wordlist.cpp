#include "wordlist.h"

#include "error.h"
#include "io/textdecoder.h"

#include <QDir>
#include <QFile>
#include <QStringList>

namespace gongkai {

namespace {
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;

/// Why the entry cannot be listed, or an empty string.
QString problemWith(const WordEntry& entry)
{
    if (entry.term.isEmpty())
        return WordList::tr("the term is empty");
    if (entry.term.size() > WordList::kMaxTermLength)
        return WordList::tr("the term is longer than %1 characters").arg(WordList::kMaxTermLength);
    const auto breaksFormat = [](const QString& s) {
        return s.contains(QLatin1Char('\t')) || s.contains(QLatin1Char('\n')) ||
               s.contains(QLatin1Char('\r'));
    };
    if (breaksFormat(entry.term) || breaksFormat(entry.correction))
        return WordList::tr("a term or correction must not contain tabs or line breaks");
    return QString();
}
} // namespace

const WordEntry* WordList::find(const QString& term) const
{
    const auto it = m_index.constFind(term.trimmed());
    return it == m_index.constEnd() ? nullptr : &m_entries.at(*it);
}

void WordList::add(WordEntry entry)
{
    entry.term = entry.term.trimmed();
    entry.correction = entry.correction.trimmed();
    const QString problem = problemWith(entry);
    if (!problem.isEmpty())
        throw Error(problem);
    const auto it = m_index.constFind(entry.term);
    if (it != m_index.constEnd()) {
        m_entries[*it] = std::move(entry);
        return;
    }
    m_index.insert(entry.term, m_entries.size());
    m_entries.append(std::move(entry));
}

bool WordList::remove(const QString& term)
{
    const auto it = m_index.constFind(term.trimmed());
    if (it == m_index.constEnd())
        return false;
    const qsizetype at = *it;
    m_entries.removeAt(at);
    m_index.remove(term.trimmed());
    for (auto i = m_index.begin(); i != m_index.end(); ++i) {
        if (*i > at)
            --*i;
    }
    return true;
}

void WordList::merge(const WordList& other)
{
    for (const WordEntry& e : other.m_entries)
        add(e);
}

WordList WordList::fromText(const QString& text)
{
    WordList list;
    int lineNumber = 0;
    for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
        ++lineNumber;
        if (lineNumber == 1 && line.startsWith(QChar(0xFEFF)))
            line = line.mid(1);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const QList<QStringView> fields = line.split(QLatin1Char('\t'));
        if (fields.size() > 3)
            throw Error(tr("line %1: more than three tab-separated fields").arg(lineNumber));
        WordEntry entry;
        entry.term = fields.at(0).trimmed().toString();
        if (fields.size() > 1)
            entry.correction = fields.at(1).trimmed().toString();
        if (fields.size() > 2 && !fields.at(2).trimmed().isEmpty()) {
            const auto severity = SeverityNames::parse(fields.at(2));
            if (!severity)
                throw Error(tr("line %1: unknown severity “%2” (use high, warning or info)")
                                .arg(lineNumber)
                                .arg(fields.at(2).trimmed()));
            entry.severity = *severity;
        }
        const QString problem = problemWith(entry);
        if (!problem.isEmpty())
            throw Error(tr("line %1: %2").arg(lineNumber).arg(problem));
        list.add(std::move(entry));
    }
    return list;
}

WordList WordList::fromData(const QByteArray& data)
{
    const TextDecoder::Result decoded = TextDecoder::decode(data);
    if (!decoded.ok)
        throw Error(tr("line %1: the text is neither UTF-8 nor GBK").arg(decoded.badLine));
    return fromText(decoded.text);
}

WordList WordList::fromFile(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("%1: cannot read the word list: %2").arg(name, file.errorString()));
    if (file.size() > kMaxFileSize)
        throw Error(tr("%1: the word list is larger than %2 MB").arg(name).arg(kMaxFileSize / (1024 * 1024)));
    try {
        return fromData(file.readAll());
    } catch (const Error& e) {
        throw Error(tr("%1: %2").arg(name, e.message()));
    }
}

WordList WordList::defaultList()
{
    QFile file(QStringLiteral(":/screening/default-words.txt"));
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("the default word list is missing from the program"));
    return fromData(file.readAll());
}

QString WordList::toText() const
{
    QString out = QStringLiteral("# term<TAB>correction<TAB>severity (high, warning or info)\n");
    for (const WordEntry& e : m_entries) {
        out += e.term;
        out += QLatin1Char('\t');
        out += e.correction;
        out += QLatin1Char('\t');
        out += SeverityNames::key(e.severity);
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace gongkai
