#pragma once

#include "quarterlyfigures.h"
#include "reportsections.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace gongkai {

/// The text of a quarterly self-inspection report: a template (the usual skeleton 一、工作开展情况 …
/// 二、存在问题 三、下一步工作安排, editable by the administrator) whose placeholders become natural
/// Chinese sentences made from the figures ("门户网站公开各类信息320条", "与去年同期相比增加12条") and the
/// office's own sections.
///
/// Template lines: "# " the title, "## " a heading of level one, "### " of level two, "> " a closing
/// line (right-aligned), "[table:NAME]" a figure table (QuarterlyTables), any other line a paragraph.
/// A line that is only a block placeholder ({published}) becomes one paragraph per sentence group;
/// placeholders inside a line ({unit}, {period}, {date}) are replaced in place.
class QuarterlyText
{
public:
    /// The template shipped with the program (resources/report/quarterly-template.txt).
    static QString defaultTemplate();
    /// Every placeholder a template may use, without braces.
    static QStringList placeholders();
    /// What is wrong with a template: unknown placeholders or tables, a missing title; empty when fine.
    static QStringList check(const QString& templateBody);

    /// The report's text (markup lines, see ReportDocument) for the figures, the office's sections and
    /// the date that closes it.
    static QString compose(const QString& templateBody, const QuarterlyFigures& figures,
                           const ReportSections& sections, const QDate& date);

    /// The paragraphs of one placeholder.
    static QStringList expand(const QString& placeholder, const QuarterlyFigures& figures,
                              const ReportSections& sections, const QDate& date);

    /// 与去年同期相比增加N条 / 减少N条 / 与去年同期持平.
    static QString comparison(const FigurePair& pair, const QString& unit);
};

} // namespace gongkai
