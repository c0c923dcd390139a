#pragma once

#include "quarterlyreport.h"

#include <QFont>
#include <QString>

class QPaintDevice;
class QPagedPaintDevice;

namespace gongkai {

/// Draws a quarterly report onto any QPagedPaintDevice (QPdfWriter, QPrinter) in the GB/T 9704 layout
/// through PageWriter: A4, the 156 × 225 mm text block at 37 mm from the top and 28 mm from the left,
/// 22 lines of 28 characters (body 16 pt in a 仿宋-class font on a 225/22 mm line grid, paragraphs
/// indented two characters), the title 22 pt, headings 一、 in 黑体 and （一） in 楷体, page numbers
/// "— N —" 14 pt under the block; figure tables split across pages with their header repeated.
class QuarterlyReportRenderer
{
public:
    static constexpr qreal kBodyPt = 16;
    static constexpr qreal kTablePt = 12;
    static constexpr int kLinesPerPage = 22;
    static constexpr int kCharsPerLine = 28;
    /// The line grid: 225 mm / 22 lines.
    static qreal linePitchMm();

    /// Renders every page; false when the device cannot be painted on. pages receives the page count.
    static bool render(const QuarterlyReport& report, QPagedPaintDevice* device, int* pages = nullptr);
    /// Writes a PDF (fonts embedded, text extractable); pdfA: PDF/A-1b for the archive.
    static bool writePdf(const QuarterlyReport& report, const QString& path, bool pdfA = false);

    /// The body font for a device: 16 pt, its advance narrowed a little so 28 characters fill the
    /// 156 mm line.
    static QFont bodyFont(QPaintDevice* device);
};

} // namespace gongkai
