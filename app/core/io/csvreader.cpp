#include "csvreader.h"

namespace gongkai {

namespace {
constexpr QChar kQuote = u'"';
constexpr QChar kComma = u',';
constexpr QChar kCr = u'\r';
constexpr QChar kLf = u'\n';

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}
} // namespace

CsvReader::CsvReader(QString text) : m_text(std::move(text)) {}

bool CsvReader::skipLineBreak()
{
    if (m_pos >= m_text.size())
        return false;
    const QChar c = m_text.at(m_pos);
    if (c == kCr) {
        ++m_pos;
        if (m_pos < m_text.size() && m_text.at(m_pos) == kLf)
            ++m_pos;
    } else if (c == kLf) {
        ++m_pos;
    } else {
        return false;
    }
    ++m_line;
    return true;
}

bool CsvReader::next(Record* record)
{
    if (hasError())
        return false;
    // A line with nothing on it is no record (trailing newlines, blank lines between rows).
    while (skipLineBreak()) {
    }
    if (m_pos >= m_text.size())
        return false;

    record->line = m_line;
    record->fields.clear();
    const qsizetype size = m_text.size();
    QString field;
    while (true) {
        field.clear();
        const int fieldLine = m_line;
        // Blanks before an opening quote are tolerated, as hand-edited files have them.
        qsizetype start = m_pos;
        while (start < size && isBlank(m_text.at(start)))
            ++start;
        if (start < size && m_text.at(start) == kQuote) {
            m_pos = start + 1;
            bool closed = false;
            while (m_pos < size) {
                const QChar c = m_text.at(m_pos);
                if (c == kQuote) {
                    if (m_pos + 1 < size && m_text.at(m_pos + 1) == kQuote) {
                        field += kQuote;
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == kCr || c == kLf) {
                    // Keep the break inside the field as one LF, whatever the file used.
                    skipLineBreak();
                    field += kLf;
                    continue;
                }
                field += c;
                ++m_pos;
            }
            if (!closed) {
                m_error = tr("a quoted field starting on line %1 has no closing quote").arg(fieldLine);
                m_errorLine = fieldLine;
                return false;
            }
            while (m_pos < size && isBlank(m_text.at(m_pos)))
                ++m_pos;
            if (m_pos < size && m_text.at(m_pos) != kComma && m_text.at(m_pos) != kCr &&
                m_text.at(m_pos) != kLf) {
                m_error =
                    tr("text after the closing quote of a field on line %1; a quote inside a quoted field "
                       "must be doubled (\"\")")
                        .arg(m_line);
                m_errorLine = m_line;
                return false;
            }
        } else {
            while (m_pos < size) {
                const QChar c = m_text.at(m_pos);
                if (c == kComma || c == kCr || c == kLf)
                    break;
                field += c;
                ++m_pos;
            }
        }
        record->fields << field;
        if (m_pos >= size)
            return true;
        if (m_text.at(m_pos) == kComma) {
            ++m_pos;
            if (m_pos >= size) {
                record->fields << QString();
                return true;
            }
            continue;
        }
        skipLineBreak();
        return true;
    }
}

} // namespace gongkai
