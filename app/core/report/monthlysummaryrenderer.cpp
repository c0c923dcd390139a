#include "monthlysummaryrenderer.h"

#include "pagewriter.h"
#include "pdffile.h"
#include "reporttext.h"

#include <QStringList>

#include <utility>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromUtf8(s);
}

// Column widths in mm; they add up to the text block's 156 mm.
constexpr qreal kNumberMm = 12;
constexpr qreal kTitleMm = 42;
constexpr qreal kDepartmentMm = 18;
constexpr qreal kStepsMm = 58;
constexpr qreal kResultMm = PageWriter::kBlockWidthMm - kNumberMm - kTitleMm - kDepartmentMm - kStepsMm;

TableBlock header()
{
    return {QString(),
            0,
            {{{L("序号"), kNumberMm, true},
              {L("信息标题"), kTitleMm, true},
              {L("科室"), kDepartmentMm, true},
              {L("审查环节及签署人"), kStepsMm, true},
              {L("审查结果"), kResultMm, true}}}};
}
} // namespace

int MonthlySummaryRenderer::render(QPagedPaintDevice* device) const
{
    const MonthlySummaryData& d = m_data;
    PageWriter w(device);
    w.setFooter(L("保密审查月度汇总 %1　打印于 %2")
                    .arg(d.month.toString(QStringLiteral("yyyy-MM")), reporttext::dateTime(d.printedAt)));
    if (!w.begin())
        return 0;
    w.setBodyPointSize(10.5);
    w.title(L("保密审查月度汇总表"));
    w.paragraph(L("单位：%1").arg(d.unit), w.bodyFont());
    w.paragraph(L("统计期间：%1").arg(d.periodText), w.bodyFont());
    QStringList counts;
    const std::pair<int, const char*> kinds[] = {
        {d.approved, "审查通过"}, {d.sentBack, "退回修改"}, {d.withdrawn, "送审撤回"}, {d.paper, "纸质审查"}};
    for (const auto& [count, word] : kinds) {
        if (count > 0)
            counts << L("%1 %2 项").arg(L(word)).arg(count);
    }
    w.paragraph(counts.isEmpty()
                    ? L("本月结束审查 0 项。")
                    : L("本月结束审查 %1 项：%2。").arg(d.entries.size()).arg(counts.join(L("，"))),
                w.bodyFont());
    w.space(2);

    const TableBlock head = header();
    w.block(head);
    w.setRepeatedHeader(head);
    int n = 0;
    for (const SummaryEntry& e : d.entries) {
        ++n;
        QString title = e.title + L("\n（编号 %1").arg(e.itemId);
        title += e.roundNumber > 1 ? L("，第 %1 轮）").arg(e.roundNumber) : L("）");
        QString result = e.result;
        if (!e.endedShortText.isEmpty())
            result += L("\n") + e.endedShortText;
        w.block({QString(),
                 0,
                 {{{QString::number(n), kNumberMm, false, Qt::AlignCenter},
                   {title, kTitleMm},
                   {e.department, kDepartmentMm, false, Qt::AlignCenter},
                   {MonthlySummaryData::stepsText(e), kStepsMm},
                   {result, kResultMm}}}});
    }
    if (d.entries.isEmpty())
        w.block(
            {QString(), 0, {{{L("本月无结束的审查。"), PageWriter::kBlockWidthMm, false, Qt::AlignCenter}}}});
    w.setRepeatedHeader(std::nullopt);
    return w.finish();
}

bool MonthlySummaryRenderer::writePdf(const QString& path) const
{
    return PdfFile::write(path,
                          L("保密审查月度汇总 %1").arg(m_data.month.toString(QStringLiteral("yyyy-MM"))),
                          [this](QPagedPaintDevice* device) { return render(device) > 0; });
}

} // namespace gongkai
