#pragma once

#include <QFont>
#include <QList>
#include <QPainter>
#include <QPointF>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace gongkai {

/// One cell of a ruled table row: its text and width in millimetres.
struct TableCell
{
    QString text;
    qreal widthMm = 0;
    bool label = false; ///< a label cell: 黑体, centred
    Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter;
};
using TableRow = QList<TableCell>;

/// Rows drawn together (never split across pages unless taller than a page), with an optional label
/// cell on the left that spans them all (one row block per review step).
struct TableBlock
{
    QString label; ///< empty: the rows span the full width
    qreal labelWidthMm = 0;
    QList<TableRow> rows;
};

/// Lays out pages per GB/T 9704-2012 on any QPagedPaintDevice (QPdfWriter, QPrinter): A4, the text
/// block 156 × 225 mm at 37 mm from the top and 28 mm from the left, page numbers "— 1 —" 7 mm under
/// it (odd pages right, even pages left), a footer line to match paper and record. Geometry is in
/// millimetres, converted with the device's resolution; text wraps and continues on a new page.
class PageWriter
{
public:
    static constexpr qreal kPageWidthMm = 210;
    static constexpr qreal kPageHeightMm = 297;
    static constexpr qreal kTopMm = 37;
    static constexpr qreal kLeftMm = 28;
    static constexpr qreal kBlockWidthMm = 156;
    static constexpr qreal kBlockHeightMm = 225;
    static constexpr qreal kBodyPt = 12;

    /// Sets the device to A4 portrait without margins (a QPrinter may keep its own; the origin is
    /// corrected for them).
    explicit PageWriter(QPagedPaintDevice* device);
    ~PageWriter();
    PageWriter(const PageWriter&) = delete;
    PageWriter& operator=(const PageWriter&) = delete;

    /// Starts painting the first page; false when the device cannot be painted on.
    bool begin();
    /// Ends the last page. Returns the number of pages.
    int finish();

    /// Printed small under the page number on every page, e.g. the item number and content hash.
    void setFooter(const QString& text) { m_footer = text; }
    /// A header row drawn again at the top of each following page (a table's column titles); nullopt
    /// stops repeating it.
    void setRepeatedHeader(const std::optional<TableBlock>& header) { m_header = header; }

    /// The document title: 22 pt, centred, in the title font.
    void title(const QString& text);
    /// A line or paragraph across the text block.
    void paragraph(const QString& text, const QFont& font, Qt::Alignment align = Qt::AlignLeft);
    void space(qreal mm);
    /// Text on a line grid (linePitchMm apart) that continues line by line on the next pages;
    /// keepLines: start a new page unless that many lines fit (a heading with its first line).
    void flow(const QString& text, const QFont& font, qreal linePitchMm, Qt::Alignment align = Qt::AlignLeft,
              int keepLines = 1);
    /// Millimetres left in the text block of the current page.
    qreal remainingMm() const { return (bottom() - m_y) * 25.4 / m_dpi; }
    /// A ruled table block; moves to a new page when it does not fit, splits it when taller than a page.
    void block(const TableBlock& block);
    void newPage();
    /// Starts a new page unless mm millimetres are left on this one (keeps a caption with its table).
    void keepTogether(qreal mm);
    /// The height a block takes at the current body size, in millimetres.
    qreal heightMm(const TableBlock& block) const { return blockHeight(block) * 25.4 / m_dpi; }

    /// The size of table text and paragraphs (default kBodyPt; 10.5 pt, 五号, suits a wide table).
    void setBodyPointSize(qreal pt) { m_bodyPt = pt; }
    int pageCount() const { return m_page; }
    QFont bodyFont() const;
    QFont labelFont() const;

private:
    qreal px(qreal mm) const { return mm * m_dpi / 25.4; }
    qreal bottom() const { return px(kTopMm + kBlockHeightMm); }
    void startPage();
    void decoratePage();
    qreal blockHeight(const TableBlock& block) const;
    qreal rowHeight(const TableRow& row) const;
    qreal textHeight(const QString& text, const QFont& font, qreal widthPx) const;
    void drawBlock(const TableBlock& block, qreal height);
    /// Splits a single-row block taller than the space left: the part that fits and the rest.
    bool splitBlock(const TableBlock& block, qreal available, TableBlock* head, TableBlock* rest) const;

    QPagedPaintDevice* m_device;
    QPainter m_painter;
    qreal m_dpi = 1200;
    QPointF m_origin; ///< the page's corner in painter coordinates
    qreal m_y = 0;    ///< device units from the page's top edge
    int m_page = 0;
    QString m_footer;
    std::optional<TableBlock> m_header;
    qreal m_bodyPt = kBodyPt;
};

} // namespace gongkai
