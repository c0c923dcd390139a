#pragma once

#include "monthlysummarydata.h"

class QIODevice;

namespace gongkai {

/// The monthly summary as CSV for a spreadsheet: UTF-8 with a byte order mark (Excel), Chinese
/// headers, one row per review.
class MonthlySummaryCsv
{
public:
    static QStringList headers();
    /// Writes the header and a row per entry; false when the device failed.
    static bool write(const MonthlySummaryData& data, QIODevice* device);
    /// Writes to a file (replaced atomically).
    static bool writeFile(const MonthlySummaryData& data, const QString& path);
};

} // namespace gongkai
