#include "reportdocument.h"

#include <QStringList>

namespace gongkai {

QList<ReportBlock> ReportDocument::parse(const QString& body)
{
    QList<ReportBlock> blocks;
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        ReportBlock b;
        if (line.startsWith(QLatin1String("### "))) {
            b = {ReportBlock::Kind::Heading2, line.mid(4).trimmed()};
        } else if (line.startsWith(QLatin1String("## "))) {
            b = {ReportBlock::Kind::Heading1, line.mid(3).trimmed()};
        } else if (line.startsWith(QLatin1String("# "))) {
            b = {ReportBlock::Kind::Title, line.mid(2).trimmed()};
        } else if (line.startsWith(QLatin1String("> "))) {
            b = {ReportBlock::Kind::Closing, line.mid(2).trimmed()};
        } else if (line.startsWith(QLatin1String("[table:")) && line.endsWith(QLatin1Char(']'))) {
            b = {ReportBlock::Kind::Table, line.mid(7, line.size() - 8).trimmed()};
        } else {
            b = {ReportBlock::Kind::Paragraph, line};
        }
        blocks << b;
    }
    return blocks;
}

QString ReportDocument::plainText(const QList<ReportBlock>& blocks)
{
    QStringList lines;
    for (const ReportBlock& b : blocks)
        lines << b.text;
    return lines.join(QLatin1Char('\n'));
}

} // namespace gongkai
