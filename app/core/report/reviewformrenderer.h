#pragma once

#include "reviewformdata.h"

class QPagedPaintDevice;

namespace gongkai {

/// Paints the review form (保密审查审批表) like the paper form: a ruled table of the item's fields,
/// one row block per step of the latest round (签署人 / 意见 / 时间), the conclusion, on A4 pages laid
/// out per GB/T 9704 (PageWriter). Works on any QPagedPaintDevice: QPdfWriter, or the QPrinter of a
/// print dialog or preview.
class ReviewFormRenderer
{
public:
    explicit ReviewFormRenderer(ReviewFormData data) : m_data(std::move(data)) {}

    /// Renders every page; returns the number of pages, 0 when the device could not be painted on.
    int render(QPagedPaintDevice* device) const;
    /// Renders to a PDF file at 1200 dpi; false when it cannot be written.
    bool writePdf(const QString& path) const;

    const ReviewFormData& data() const { return m_data; }

private:
    ReviewFormData m_data;
};

} // namespace gongkai
