#include "pagewriter.h"

#include "fontchooser.h"
#include "wrappedtext.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>

#include <algorithm>

namespace gongkai {

namespace {
constexpr qreal kPadXMm = 1.8;
constexpr qreal kPadYMm = 1.4;
constexpr qreal kMinRowMm = 9;
constexpr qreal kRuleMm = 0.25;
constexpr qreal kPageNumberPt = 14;
constexpr qreal kFooterPt = 9;

/// The font of a cell, by kind.
QFont cellFont(const TableCell& cell, const PageWriter& w)
{
    return cell.label ? w.labelFont() : w.bodyFont();
}

Qt::Alignment cellAlign(const TableCell& cell)
{
    return cell.label ? (Qt::AlignHCenter | Qt::AlignVCenter) : cell.align;
}
} // namespace

PageWriter::PageWriter(QPagedPaintDevice* device) : m_device(device)
{
    const QPageLayout a4(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                         QPageLayout::Millimeter);
    // A printer may refuse margins below its own minimum: keep A4 then; begin() corrects the origin.
    if (!m_device->setPageLayout(a4)) {
        m_device->setPageSize(QPageSize(QPageSize::A4));
        m_device->setPageOrientation(QPageLayout::Portrait);
    }
}

PageWriter::~PageWriter()
{
    if (m_painter.isActive())
        m_painter.end();
}

QFont PageWriter::bodyFont() const
{
    return FontChooser::font(FontChooser::Role::Body, m_bodyPt);
}

QFont PageWriter::labelFont() const
{
    return FontChooser::font(FontChooser::Role::Heading, m_bodyPt);
}

bool PageWriter::begin()
{
    m_dpi = m_device->logicalDpiY();
    if (!m_painter.begin(m_device))
        return false;
    m_page = 1;
    startPage();
    return true;
}

int PageWriter::finish()
{
    if (!m_painter.isActive())
        return m_page;
    decoratePage();
    m_painter.end();
    return m_page;
}

void PageWriter::startPage()
{
    // The painter's origin is the corner of the paint rectangle (inside a printer's margins): move it
    // to the page's corner, so every position below is measured from the paper's edge.
    const QRectF paint = m_device->pageLayout().paintRectPixels(int(m_dpi)).toRectF();
    m_painter.resetTransform();
    m_painter.translate(-paint.topLeft());
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_painter.setRenderHint(QPainter::TextAntialiasing);
    m_y = px(kTopMm);
    if (m_page > 1 && m_header)
        drawBlock(*m_header, blockHeight(*m_header));
}

void PageWriter::decoratePage()
{
    const QString number = QStringLiteral("— %1 —").arg(m_page);
    const QFont numberFont = FontChooser::font(FontChooser::Role::PageNumber, kPageNumberPt);
    const qreal oneChar = px(kPageNumberPt / 72.0 * 25.4);
    const qreal top = px(kTopMm + kBlockHeightMm + 7);
    const bool odd = m_page % 2 == 1;
    const qreal left = px(kLeftMm) + (odd ? 0 : oneChar);
    const qreal width = px(kBlockWidthMm) - oneChar;
    WrappedText n(number, numberFont, width, m_device, odd ? Qt::AlignRight : Qt::AlignLeft);
    m_painter.setPen(Qt::black);
    n.draw(&m_painter, QPointF(left, top));
    if (!m_footer.isEmpty()) {
        WrappedText f(m_footer, FontChooser::font(FontChooser::Role::Body, kFooterPt), px(kBlockWidthMm),
                      m_device, Qt::AlignHCenter);
        f.draw(&m_painter, QPointF(px(kLeftMm), top + n.height() + px(1.5)));
    }
}

void PageWriter::newPage()
{
    decoratePage();
    m_device->newPage();
    ++m_page;
    startPage();
}

void PageWriter::title(const QString& text)
{
    WrappedText t(text, FontChooser::font(FontChooser::Role::Title, 22), px(kBlockWidthMm), m_device,
                  Qt::AlignHCenter);
    if (m_y + t.height() > bottom())
        newPage();
    m_painter.setPen(Qt::black);
    t.draw(&m_painter, QPointF(px(kLeftMm), m_y));
    m_y += t.height() + px(4);
}

void PageWriter::paragraph(const QString& text, const QFont& font, Qt::Alignment align)
{
    WrappedText t(text, font, px(kBlockWidthMm), m_device, align);
    if (m_y + t.height() > bottom() && m_y > px(kTopMm))
        newPage();
    m_painter.setPen(Qt::black);
    t.draw(&m_painter, QPointF(px(kLeftMm), m_y));
    m_y += t.height();
}

void PageWriter::keepTogether(qreal mm)
{
    if (m_y + px(mm) > bottom())
        newPage();
}

void PageWriter::space(qreal mm)
{
    m_y += px(mm);
}

void PageWriter::flow(const QString& text, const QFont& font, qreal linePitchMm, Qt::Alignment align,
                      int keepLines)
{
    const qreal pitch = px(linePitchMm);
    if (m_y + keepLines * pitch > bottom() + 0.5 && m_y > px(kTopMm))
        newPage();
    QString rest = text;
    while (!rest.isEmpty()) {
        WrappedText t(rest, font, px(kBlockWidthMm), m_device, align, pitch);
        if (m_y + t.height() <= bottom() + 0.5) {
            m_painter.setPen(Qt::black);
            t.draw(&m_painter, QPointF(px(kLeftMm), m_y));
            m_y += t.height();
            return;
        }
        const int fit = t.charactersFitting(bottom() + 0.5 - m_y);
        if (fit > 0) {
            WrappedText head(rest.left(fit), font, px(kBlockWidthMm), m_device, align, pitch);
            m_painter.setPen(Qt::black);
            head.draw(&m_painter, QPointF(px(kLeftMm), m_y));
            rest = rest.mid(fit);
        } else if (m_y <= px(kTopMm)) {
            // Not even one line fits an empty page (a huge font): draw it rather than loop.
            m_painter.setPen(Qt::black);
            t.draw(&m_painter, QPointF(px(kLeftMm), m_y));
            m_y += t.height();
            return;
        }
        newPage();
    }
}

qreal PageWriter::textHeight(const QString& text, const QFont& font, qreal widthPx) const
{
    return WrappedText(text, font, widthPx, m_device).height();
}

qreal PageWriter::rowHeight(const TableRow& row) const
{
    qreal h = px(kMinRowMm);
    for (const TableCell& c : row)
        h = std::max(h,
                     textHeight(c.text, cellFont(c, *this), px(c.widthMm - 2 * kPadXMm)) + px(2 * kPadYMm));
    return h;
}

qreal PageWriter::blockHeight(const TableBlock& block) const
{
    qreal h = 0;
    for (const TableRow& r : block.rows)
        h += rowHeight(r);
    if (!block.label.isEmpty()) {
        const qreal label =
            textHeight(block.label, labelFont(), px(block.labelWidthMm - 2 * kPadXMm)) + px(2 * kPadYMm);
        h = std::max(h, label);
    }
    return h;
}

void PageWriter::drawBlock(const TableBlock& block, qreal height)
{
    QPen pen(Qt::black);
    pen.setWidthF(px(kRuleMm));
    const qreal left = px(kLeftMm);
    const qreal right = px(kLeftMm + kBlockWidthMm);
    auto drawCell = [&](const TableCell& cell, const QRectF& rect) {
        m_painter.setPen(pen);
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(rect);
        const Qt::Alignment align = cellAlign(cell);
        WrappedText t(cell.text, cellFont(cell, *this), rect.width() - px(2 * kPadXMm), m_device, align);
        qreal y = rect.top() + px(kPadYMm);
        if (align & Qt::AlignVCenter)
            y = rect.top() + (rect.height() - t.height()) / 2;
        m_painter.setPen(Qt::black);
        t.draw(&m_painter, QPointF(rect.left() + px(kPadXMm), y));
    };

    qreal x0 = left;
    if (!block.label.isEmpty()) {
        TableCell label{block.label, block.labelWidthMm, true};
        drawCell(label, QRectF(left, m_y, px(block.labelWidthMm), height));
        x0 = left + px(block.labelWidthMm);
    }
    // Rows share the block's height; the last row takes what the label cell needs beyond them.
    qreal rowsHeight = 0;
    QList<qreal> heights;
    for (const TableRow& r : block.rows) {
        heights << rowHeight(r);
        rowsHeight += heights.constLast();
    }
    if (!heights.isEmpty() && rowsHeight < height)
        heights.last() += height - rowsHeight;
    qreal y = m_y;
    for (int i = 0; i < block.rows.size(); ++i) {
        const TableRow& row = block.rows.at(i);
        qreal x = x0;
        for (int c = 0; c < row.size(); ++c) {
            // The last cell ends at the text block's edge, whatever rounding left.
            const qreal w = c + 1 == row.size() ? right - x : px(row.at(c).widthMm);
            drawCell(row.at(c), QRectF(x, y, w, heights.at(i)));
            x += w;
        }
        y += heights.at(i);
    }
    m_y += height;
}

bool PageWriter::splitBlock(const TableBlock& block, qreal available, TableBlock* head,
                            TableBlock* rest) const
{
    if (block.rows.size() != 1)
        return false;
    const TableRow& row = block.rows.constFirst();
    int tallest = -1;
    qreal tallestHeight = 0;
    for (int c = 0; c < row.size(); ++c) {
        const qreal h =
            textHeight(row.at(c).text, cellFont(row.at(c), *this), px(row.at(c).widthMm - 2 * kPadXMm));
        if (h > tallestHeight) {
            tallest = c;
            tallestHeight = h;
        }
    }
    if (tallest < 0)
        return false;
    const TableCell& cell = row.at(tallest);
    WrappedText t(cell.text, cellFont(cell, *this), px(cell.widthMm - 2 * kPadXMm), m_device);
    const int fit = t.charactersFitting(available - px(2 * kPadYMm));
    if (fit <= 0 || fit >= cell.text.size())
        return false;
    const QString cont = QStringLiteral("（续）");
    *head = block;
    head->rows.first()[tallest].text = cell.text.left(fit);
    *rest = block;
    if (!rest->label.isEmpty() && !rest->label.endsWith(cont))
        rest->label += cont;
    for (int c = 0; c < row.size(); ++c) {
        TableCell& r = rest->rows.first()[c];
        if (c == tallest) {
            QString remainder = cell.text.mid(fit);
            while (remainder.startsWith(QLatin1Char('\n')))
                remainder.remove(0, 1);
            r.text = remainder;
        } else {
            r.text = !r.label ? QString() : r.text.endsWith(cont) ? r.text : r.text + cont;
        }
    }
    return true;
}

void PageWriter::block(const TableBlock& b)
{
    const qreal h = blockHeight(b);
    if (m_y + h <= bottom()) {
        drawBlock(b, h);
        return;
    }
    const qreal headerHeight = m_header ? blockHeight(*m_header) : 0;
    const qreal fresh = px(kBlockHeightMm) - headerHeight;
    if (h <= fresh) {
        newPage();
        drawBlock(b, h);
        return;
    }
    // Taller than a page: fill what is left of this one (or of a new one) and continue.
    if (bottom() - m_y < px(25))
        newPage();
    TableBlock head;
    TableBlock rest;
    if (splitBlock(b, bottom() - m_y, &head, &rest)) {
        drawBlock(head, bottom() - m_y);
        newPage();
        block(rest);
        return;
    }
    drawBlock(b, h); // cannot be split: let it run over rather than lose it
}

} // namespace gongkai
