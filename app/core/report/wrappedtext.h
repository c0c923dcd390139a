#pragma once

#include <QFont>
#include <QPointF>
#include <QString>
#include <QTextLayout>

#include <memory>
#include <vector>

class QPainter;
class QPaintDevice;

namespace gongkai {

/// Text broken into lines for a width on a paint device: at word boundaries, or anywhere when a word
/// (a long URL, a run of Chinese) is wider than the line. Paragraphs split at '\n'. Measures, draws,
/// and tells how much of the text fits a height (to continue it on the next page).
class WrappedText
{
public:
    static constexpr qreal kLineFactor = 1.25; ///< line pitch relative to the font's line height

    /// linePitch: the distance between lines in device units (a document's line grid); 0 for the
    /// font's line height times kLineFactor.
    WrappedText(const QString& text, const QFont& font, qreal width, QPaintDevice* device,
                Qt::Alignment align = Qt::AlignLeft, qreal linePitch = 0);
    ~WrappedText();

    qreal height() const { return m_height; }
    int lineCount() const;
    /// How many characters of the text fit in maxHeight (whole lines); 0 when not even one line does.
    int charactersFitting(qreal maxHeight) const;
    void draw(QPainter* painter, const QPointF& topLeft) const;

private:
    std::vector<std::unique_ptr<QTextLayout>> m_paragraphs;
    std::vector<int> m_offsets; ///< where each paragraph starts in the text
    qreal m_height = 0;
    qreal m_pitch = 0;
};

} // namespace gongkai
