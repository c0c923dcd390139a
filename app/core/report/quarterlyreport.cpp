#include "quarterlyreport.h"

#include "reportdocument.h"

namespace gongkai {

QString QuarterlyReport::title() const
{
    for (const ReportBlock& b : ReportDocument::parse(body)) {
        if (b.kind == ReportBlock::Kind::Title)
            return b.text;
    }
    return figures.period.label();
}

} // namespace gongkai
