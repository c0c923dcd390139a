#include "quarterlyreporthtml.h"

#include "quarterlytables.h"
#include "reportdocument.h"

#include <QSaveFile>

namespace gongkai {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString tableHtml(const FigureTable& t)
{
    if (t.name.isEmpty())
        return {};
    QString h = QStringLiteral("<table>\n<caption>%1</caption>\n<tr>").arg(esc(t.caption));
    for (const QString& c : t.header)
        h += QStringLiteral("<th>%1</th>").arg(esc(c));
    h += QStringLiteral("</tr>\n");
    for (const QStringList& r : t.rows) {
        h += QStringLiteral("<tr>");
        for (int c = 0; c < r.size(); ++c)
            h += (c == 0 ? QStringLiteral("<td>%1</td>") : QStringLiteral("<td class=\"n\">%1</td>"))
                     .arg(esc(r.at(c)));
        h += QStringLiteral("</tr>\n");
    }
    return h + QStringLiteral("</table>\n");
}
} // namespace

QString QuarterlyReportHtml::html(const QuarterlyReport& report)
{
    QString h =
        QStringLiteral(
            "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
            "<style>\n"
            "body { max-width: 156mm; margin: 2em auto; font: 16pt FangSong, \"仿宋\", serif; line-height: "
            "1.8; }\n"
            "h1 { font: 22pt \"方正小标宋简体\", SimHei, sans-serif; text-align: center; }\n"
            "h2 { font: 16pt SimHei, \"黑体\", sans-serif; text-indent: 2em; margin: 0; }\n"
            "h3 { font: 16pt KaiTi, \"楷体\", serif; text-indent: 2em; margin: 0; }\n"
            "p { text-indent: 2em; margin: 0; }\n"
            "p.closing { text-align: right; padding-right: 4em; text-indent: 0; }\n"
            "table { border-collapse: collapse; width: 100%; font-size: 12pt; margin: 0.5em 0; }\n"
            "caption { font-family: SimHei, sans-serif; }\n"
            "th, td { border: 1px solid #000; padding: 0.2em 0.5em; }\n"
            "td.n { text-align: center; }\n"
            "</style>\n</head>\n<body>\n")
            .arg(esc(report.title()));
    int tables = 0;
    for (const ReportBlock& b : ReportDocument::parse(report.body)) {
        switch (b.kind) {
        case ReportBlock::Kind::Title:
            h += QStringLiteral("<h1>%1</h1>\n").arg(esc(b.text));
            break;
        case ReportBlock::Kind::Heading1:
            h += QStringLiteral("<h2>%1</h2>\n").arg(esc(b.text));
            break;
        case ReportBlock::Kind::Heading2:
            h += QStringLiteral("<h3>%1</h3>\n").arg(esc(b.text));
            break;
        case ReportBlock::Kind::Paragraph:
            h += QStringLiteral("<p>%1</p>\n").arg(esc(b.text));
            break;
        case ReportBlock::Kind::Table:
            h += tableHtml(QuarterlyTables::table(b.text, report.figures, ++tables));
            break;
        case ReportBlock::Kind::Closing:
            h += QStringLiteral("<p class=\"closing\">%1</p>\n").arg(esc(b.text));
            break;
        }
    }
    return h + QStringLiteral("</body>\n</html>\n");
}

bool QuarterlyReportHtml::write(const QuarterlyReport& report, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(html(report).toUtf8());
    return file.commit();
}

} // namespace gongkai
