#include "texttable.h"

#include <QTextStream>

namespace gongkai::cli {

namespace {
bool isWide(char32_t c)
{
    // The East Asian wide and full-width ranges that ledger text uses.
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}
} // namespace

TextTable::TextTable(QStringList header) : m_header(std::move(header)) {}

void TextTable::addRow(QStringList cells)
{
    m_rows.append(std::move(cells));
}

int TextTable::displayWidth(const QString& text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4())
        width += isWide(c) ? 2 : 1;
    return width;
}

QString TextTable::fit(const QString& text, int width)
{
    const int full = displayWidth(text);
    if (full <= width)
        return text + QString(width - full, QLatin1Char(' '));
    QString out;
    int used = 0;
    for (const char32_t c : text.toUcs4()) {
        const int w = isWide(c) ? 2 : 1;
        if (used + w > width - 1) // keep a column for the ellipsis
            break;
        out += QString::fromUcs4(&c, 1);
        used += w;
    }
    out += QChar(0x2026);
    ++used;
    return out + QString(qMax(0, width - used), QLatin1Char(' '));
}

void TextTable::print(QTextStream& out) const
{
    QList<int> widths;
    for (const QString& h : m_header)
        widths << displayWidth(h);
    for (const QStringList& row : m_rows)
        for (int c = 0; c < row.size() && c < widths.size(); ++c)
            widths[c] = qMax(widths[c], displayWidth(row.at(c)));
    auto line = [&](const QStringList& cells) {
        QString text;
        for (int c = 0; c < cells.size(); ++c) {
            if (c > 0)
                text += QStringLiteral("  ");
            text += c == cells.size() - 1 ? cells.at(c) : fit(cells.at(c), widths.at(c));
        }
        out << text << '\n';
    };
    line(m_header);
    for (const QStringList& row : m_rows)
        line(row);
}

} // namespace gongkai::cli
