#pragma once

#include "monthlysummarydata.h"

class QPagedPaintDevice;

namespace gongkai {

/// Paints the monthly summary of reviews: a title, the unit and period, and a ruled table (序号 /
/// 信息标题 / 科室 / 审查环节及签署人 / 审查结果) whose header repeats on every page; GB/T 9704 pages.
class MonthlySummaryRenderer
{
public:
    explicit MonthlySummaryRenderer(MonthlySummaryData data) : m_data(std::move(data)) {}

    /// Renders every page; returns the number of pages, 0 when the device could not be painted on.
    int render(QPagedPaintDevice* device) const;
    bool writePdf(const QString& path) const;

private:
    MonthlySummaryData m_data;
};

} // namespace gongkai
