#pragma once

#include "screening/finding.h"

namespace gongkai {

/// What a detector reports before the screener fills in text, position and context: kept small,
/// since a large document can produce many.
struct RawFinding
{
    qsizetype offset = 0;
    qsizetype length = 0;
    Finding::Kind kind = Finding::Kind::ListedWord;
    Severity severity = Severity::Warning;
    int entry = -1; ///< the word-list entry of a ListedWord finding
};

} // namespace gongkai
