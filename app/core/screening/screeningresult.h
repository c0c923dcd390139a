#pragma once

#include "screening/finding.h"

#include <QList>

namespace gongkai {

/// What screening one text found.
struct ScreeningResult
{
    /// Ordered by offset, then longest first; at most the screener's limit of them.
    QList<Finding> findings;
    /// Everything found, whether listed or not past the limit.
    qsizetype highCount = 0;
    qsizetype warningCount = 0;
    qsizetype infoCount = 0;

    qsizetype totalCount() const { return highCount + warningCount + infoCount; }
    /// More was found than findings holds.
    bool truncated() const { return totalCount() > findings.size(); }
    bool hasHigh() const { return highCount > 0; }
};

} // namespace gongkai
