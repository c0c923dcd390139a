#pragma once

#include "quarterlyfigures.h"

#include <QString>

namespace gongkai {

/// What the renderers draw: the figures (for the tables) and the composed text (QuarterlyText). A
/// preview builds it from the ledger; a finalized copy from its stored figures and text.
struct QuarterlyReport
{
    QuarterlyFigures figures;
    QString body; ///< markup lines, see ReportDocument

    /// The title line of the body (its "# " line), or the period's label.
    QString title() const;
};

} // namespace gongkai
