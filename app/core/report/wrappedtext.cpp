#include "wrappedtext.h"

#include <QPainter>
#include <QTextOption>

namespace gongkai {

WrappedText::WrappedText(const QString& text, const QFont& font, qreal width, QPaintDevice* device,
                         Qt::Alignment align, qreal linePitch)
    : m_pitch(linePitch)
{
    QTextOption option(align & Qt::AlignHorizontal_Mask);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    qreal y = 0;
    int offset = 0;
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& p : paragraphs) {
        auto layout = std::make_unique<QTextLayout>(p, font, device);
        layout->setTextOption(option);
        layout->setCacheEnabled(true);
        layout->beginLayout();
        for (QTextLine line = layout->createLine(); line.isValid(); line = layout->createLine()) {
            line.setLineWidth(width);
            const qreal pitch = m_pitch > 0 ? m_pitch : line.height() * kLineFactor;
            // Half the extra leading above the line, half below, so a single line sits centred.
            line.setPosition(QPointF(0, y + (pitch - line.height()) / 2));
            y += pitch;
        }
        layout->endLayout();
        m_paragraphs.push_back(std::move(layout));
        m_offsets.push_back(offset);
        offset += int(p.size()) + 1;
    }
    m_height = y;
}

WrappedText::~WrappedText() = default;

int WrappedText::lineCount() const
{
    int n = 0;
    for (const auto& p : m_paragraphs)
        n += p->lineCount();
    return n;
}

int WrappedText::charactersFitting(qreal maxHeight) const
{
    int fitting = 0;
    for (size_t i = 0; i < m_paragraphs.size(); ++i) {
        const QTextLayout& layout = *m_paragraphs[i];
        for (int l = 0; l < layout.lineCount(); ++l) {
            const QTextLine line = layout.lineAt(l);
            const qreal pitch = m_pitch > 0 ? m_pitch : line.height() * kLineFactor;
            const qreal top = line.position().y() - (pitch - line.height()) / 2;
            if (top + pitch > maxHeight)
                return fitting;
            fitting = m_offsets[i] + line.textStart() + line.textLength();
        }
        fitting = m_offsets[i] + int(layout.text().size()); // the whole paragraph, before its '\n'
    }
    return fitting;
}

void WrappedText::draw(QPainter* painter, const QPointF& topLeft) const
{
    for (const auto& p : m_paragraphs)
        p->draw(painter, topLeft);
}

} // namespace gongkai
