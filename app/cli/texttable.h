#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QTextStream;

namespace gongkai::cli {

/// A plain-text table for the terminal that keeps columns aligned with Chinese text, which takes two
/// columns per character.
class TextTable
{
public:
    explicit TextTable(QStringList header);
    void addRow(QStringList cells);
    void print(QTextStream& out) const;

    /// Columns the text takes on a terminal (wide East Asian characters count two).
    static int displayWidth(const QString& text);
    /// The text cut to at most width columns (with … when cut) and padded to exactly width.
    static QString fit(const QString& text, int width);

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace gongkai::cli
