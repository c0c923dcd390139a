#pragma once

#include "quarterlyfigures.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace gongkai {

/// A figure table as text: column titles, rows, and the share of the width each column takes.
struct FigureTable
{
    QString name; ///< channels, categories, departments, agencies
    QString caption;
    QStringList header;
    QList<qreal> widths; ///< fractions of the text block, summing to 1
    QList<QStringList> rows;
};

/// The tables a report template can place with [table:NAME], built from the figures alone (so a
/// finalized report's tables come from its stored figures).
class QuarterlyTables
{
public:
    static QStringList names();
    /// The table of that name; an empty name when there is no such table.
    /// number > 0 puts "表N " before the caption: tables are numbered in the order the text shows them.
    static FigureTable table(const QString& name, const QuarterlyFigures& figures, int number = 0);
    /// "+3", "-2", "0": the change from last year.
    static QString change(const FigurePair& pair);
    /// 41.7%
    static QString percent(double value);

private:
    static FigureTable unnumbered(const QString& name, const QuarterlyFigures& figures);
};

} // namespace gongkai
