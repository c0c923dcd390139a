#include "monthlysummarycsv.h"

#include "../io/csvwriter.h"

#include <QSaveFile>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromUtf8(s);
}
} // namespace

QStringList MonthlySummaryCsv::headers()
{
    return {L("序号"),   L("编号"), L("信息标题"), L("科室"),     L("轮次"),    L("审查环节"),
            L("签署人"), L("意见"), L("签署时间"), L("审查结果"), L("结束时间")};
}

bool MonthlySummaryCsv::write(const MonthlySummaryData& data, QIODevice* device)
{
    CsvWriter csv(device);
    csv.writeBom();
    csv.writeRecord(headers());
    const QString sep = L("；");
    int n = 0;
    for (const SummaryEntry& e : data.entries) {
        QStringList labels;
        QStringList signers;
        QStringList opinions;
        QStringList times;
        for (const SummaryStep& s : e.steps) {
            labels << s.label;
            signers << s.signer;
            opinions << s.opinion;
            times << s.atText;
        }
        if (e.roundNumber == 0) {
            labels << L("纸质审查");
            signers << e.paperReviewers;
        }
        csv.writeRecord({QString::number(++n), QString::number(e.itemId), e.title, e.department,
                         e.roundNumber > 0 ? QString::number(e.roundNumber) : QString(), labels.join(sep),
                         signers.join(sep), opinions.join(sep), times.join(sep), e.result, e.endedText});
    }
    return csv.ok();
}

bool MonthlySummaryCsv::writeFile(const MonthlySummaryData& data, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    if (!write(data, &file)) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

} // namespace gongkai
