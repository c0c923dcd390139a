#pragma once

#include "quarterlyreport.h"

#include <QString>

namespace gongkai {

/// The quarterly report as a self-contained HTML page (UTF-8, styles inline), for mail and the web.
class QuarterlyReportHtml
{
public:
    static QString html(const QuarterlyReport& report);
    /// Writes html() to path (replaced atomically); false when it cannot be written.
    static bool write(const QuarterlyReport& report, const QString& path);
};

} // namespace gongkai
