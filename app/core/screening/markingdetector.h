#pragma once

#include "screening/rawfinding.h"

#include <QStringList>
#include <QStringView>

#include <optional>

namespace gongkai {

/// Tells a classification marking (秘密★1年, a lone 机密 at the head of a document) from the same
/// word in prose (商业秘密, 保守国家秘密). The words themselves are found by the screener's matcher;
/// one detector serves one text.
class MarkingDetector
{
public:
    explicit MarkingDetector(QStringView text);

    /// 绝密, 机密, 秘密.
    static QStringList classificationWords();
    /// 内部资料, 注意保密, 内部使用, 涉密: reported wherever they stand.
    static QStringList protectionWords();

    /// For a classification word at [offset, offset + length): the marking it starts, or nothing when
    /// the word stands in prose. With ★ (or ☆, or * and a period) it is High and extends over the
    /// period (★1年, ★6个月, ★长期, ★启用前); a word alone on its line (or after 密级：) is High among
    /// the first lines of the text (where GB/T 9704 puts the marking) and a Warning elsewhere.
    std::optional<RawFinding> classification(qsizetype offset, qsizetype length) const;

    /// How many non-blank lines at the top of a text count as its header.
    static constexpr int kHeaderLines = 3;

private:
    QStringView m_text;
    qsizetype m_headerEnd = 0; ///< where the header lines end
};

} // namespace gongkai
