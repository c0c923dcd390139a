#pragma once

#include <QList>
#include <QString>

namespace gongkai {

/// One block of a composed report: the renderers draw these in order.
struct ReportBlock
{
    enum class Kind
    {
        Title,     ///< "# " line: 22 pt, centred, title font
        Heading1,  ///< "## " line: 一、… in 黑体
        Heading2,  ///< "### " line: （一）… in 楷体
        Paragraph, ///< any other line: body text, indented two characters
        Table,     ///< "[table:NAME]" line: a figure table (QuarterlyTables)
        Closing,   ///< "> " line: the unit's name and the date, right-aligned
    };
    Kind kind = Kind::Paragraph;
    QString text; ///< the line without its marker; for a table, its name

    bool operator==(const ReportBlock&) const = default;
};

/// The composed text of a report (QuarterlyText::compose) is plain lines with a marker at the start
/// of the special ones; this reads it back as blocks. Stored as it is in finalized_reports, so a
/// reprint draws the same blocks.
class ReportDocument
{
public:
    static QList<ReportBlock> parse(const QString& body);
    /// The plain text of the blocks (tables by name), one a line: what a reader extracts.
    static QString plainText(const QList<ReportBlock>& blocks);
};

} // namespace gongkai
