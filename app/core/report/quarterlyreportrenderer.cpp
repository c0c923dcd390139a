#include "quarterlyreportrenderer.h"

#include "fontchooser.h"
#include "pagewriter.h"
#include "pdffile.h"
#include "quarterlytables.h"
#include "reportdocument.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>

namespace gongkai {

namespace {
/// Two ideographic spaces: the first-line indent of Chinese paragraphs.
const QString kIndent = QString(2, QChar(0x3000));

/// A font of the role at a size whose 28 characters fill the text block's width: 3号 (16 pt) is
/// 5.64 mm a character, 28 of them 158 mm, 2 mm more than the block, so the advance is narrowed as
/// word processors' character grids do. Measured on the device, as the layout will be.
QFont gridFont(FontChooser::Role role, qreal pt, QPaintDevice* device)
{
    QFont f = FontChooser::font(role, pt);
    const qreal advance = QFontMetricsF(f, device).horizontalAdvance(QChar(0x6587)); // 文
    const qreal target =
        PageWriter::kBlockWidthMm / QuarterlyReportRenderer::kCharsPerLine / 25.4 * device->logicalDpiX();
    if (advance > 0)
        f.setLetterSpacing(QFont::PercentageSpacing, 100.0 * target / advance - 0.05);
    return f;
}

/// A title too long for one line breaks after the period it names (某市商务局2026年第三季度 /
/// 政务公开工作自查报告), the most even such break, rather than wherever the line runs out.
QString titleLines(const QString& title, QPaintDevice* device)
{
    const QFontMetricsF fm(FontChooser::font(FontChooser::Role::Title, 22), device);
    const qreal width = PageWriter::kBlockWidthMm / 25.4 * device->logicalDpiX();
    if (fm.horizontalAdvance(title) <= width)
        return title;
    int best = -1;
    qreal bestDifference = 0;
    for (const QString& end : {QStringLiteral("季度"), QStringLiteral("半年"), QStringLiteral("全年"),
                               QStringLiteral("月"), QStringLiteral("日")}) {
        for (qsizetype at = title.indexOf(end); at >= 0; at = title.indexOf(end, at + 1)) {
            const qsizetype cut = at + end.size();
            const qreal first = fm.horizontalAdvance(title.left(cut));
            const qreal second = fm.horizontalAdvance(title.mid(cut));
            if (cut >= title.size() || first > width || second > width)
                continue;
            if (best < 0 || qAbs(first - second) < bestDifference) {
                best = int(cut);
                bestDifference = qAbs(first - second);
            }
        }
    }
    return best < 0 ? title : title.left(best) + QLatin1Char('\n') + title.mid(best);
}

void drawTable(PageWriter& w, const FigureTable& t)
{
    if (t.name.isEmpty())
        return;
    const auto rowOf = [&](const QStringList& cells, bool header) {
        TableRow row;
        for (int c = 0; c < cells.size(); ++c) {
            TableCell cell{cells.at(c), t.widths.value(c) * PageWriter::kBlockWidthMm, header};
            cell.align = c == 0 ? (Qt::AlignLeft | Qt::AlignVCenter) : (Qt::AlignHCenter | Qt::AlignVCenter);
            row << cell;
        }
        return row;
    };
    const TableBlock header{QString(), 0, {rowOf(t.header, true)}};
    // The caption, the header and the first row stay together: no caption alone at a page's foot.
    w.setBodyPointSize(QuarterlyReportRenderer::kTablePt);
    qreal needed = QuarterlyReportRenderer::linePitchMm() + w.heightMm(header);
    if (!t.rows.isEmpty())
        needed += w.heightMm(TableBlock{QString(), 0, {rowOf(t.rows.constFirst(), false)}});
    w.keepTogether(needed);
    w.flow(t.caption, FontChooser::font(FontChooser::Role::Heading, 14),
           QuarterlyReportRenderer::linePitchMm(), Qt::AlignHCenter, 3);
    w.block(header);
    w.setRepeatedHeader(header);
    for (const QStringList& r : t.rows)
        w.block(TableBlock{QString(), 0, {rowOf(r, false)}});
    w.setRepeatedHeader(std::nullopt);
    w.setBodyPointSize(PageWriter::kBodyPt);
    w.space(2);
}
} // namespace

qreal QuarterlyReportRenderer::linePitchMm()
{
    return PageWriter::kBlockHeightMm / kLinesPerPage;
}

QFont QuarterlyReportRenderer::bodyFont(QPaintDevice* device)
{
    return gridFont(FontChooser::Role::Body, kBodyPt, device);
}

bool QuarterlyReportRenderer::render(const QuarterlyReport& report, QPagedPaintDevice* device, int* pages)
{
    PageWriter w(device);
    if (!w.begin())
        return false;
    const qreal pitch = linePitchMm();
    const QFont body = bodyFont(device);
    const QFont heading1 = gridFont(FontChooser::Role::Heading, kBodyPt, device);
    const QFont heading2 = gridFont(FontChooser::Role::Kai, kBodyPt, device);
    int tables = 0;
    for (const ReportBlock& b : ReportDocument::parse(report.body)) {
        switch (b.kind) {
        case ReportBlock::Kind::Title:
            w.title(titleLines(b.text, device));
            w.space(pitch / 2);
            break;
        case ReportBlock::Kind::Heading1:
            w.flow(kIndent + b.text, heading1, pitch, Qt::AlignLeft, 2);
            break;
        case ReportBlock::Kind::Heading2:
            w.flow(kIndent + b.text, heading2, pitch, Qt::AlignLeft, 2);
            break;
        case ReportBlock::Kind::Paragraph:
            w.flow(kIndent + b.text, body, pitch);
            break;
        case ReportBlock::Kind::Table:
            drawTable(w, QuarterlyTables::table(b.text, report.figures, ++tables));
            break;
        case ReportBlock::Kind::Closing:
            // The unit's name and date sit four characters in from the right edge (GB/T 9704 7.3.5).
            w.flow(b.text + QString(4, QChar(0x3000)), body, pitch, Qt::AlignRight);
            break;
        }
    }
    const int n = w.finish();
    if (pages)
        *pages = n;
    return true;
}

bool QuarterlyReportRenderer::writePdf(const QuarterlyReport& report, const QString& path, bool pdfA)
{
    return PdfFile::write(
        path, report.title(), [&](QPagedPaintDevice* device) { return render(report, device); },
        pdfA ? QPagedPaintDevice::PdfVersion_A1b : QPagedPaintDevice::PdfVersion_1_4);
}

} // namespace gongkai
