#include "reviewformrenderer.h"

#include "fontchooser.h"
#include "pagewriter.h"
#include "pdffile.h"
#include "reporttext.h"

#include <QPagedPaintDevice>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromUtf8(s);
}

constexpr qreal kLabelMm = 30;     // a label cell
constexpr qreal kHalfValueMm = 48; // a value cell of a row with two fields
constexpr qreal kValueMm = PageWriter::kBlockWidthMm - kLabelMm;
constexpr qreal kStepLabelMm = 36; // the step's name (科室负责人初审 on one line), spanning its rows
constexpr qreal kSubLabelMm = 20;  // 签署人 / 意见 / 时间

TableBlock row(const QString& label, const QString& value)
{
    return {QString(), 0, {{{label, kLabelMm, true}, {value, kValueMm}}}};
}

TableBlock pair(const QString& l1, const QString& v1, const QString& l2, const QString& v2)
{
    return {
        QString(), 0, {{{l1, kLabelMm, true}, {v1, kHalfValueMm}, {l2, kLabelMm, true}, {v2, kHalfValueMm}}}};
}

TableBlock stepBlock(const ReviewFormStep& s)
{
    const qreal valueMm = PageWriter::kBlockWidthMm - kStepLabelMm - kSubLabelMm;
    QString signer;
    QString opinion;
    QString time;
    if (s.isSigned || s.sentBack) {
        signer = s.signerRole.isEmpty() ? s.signerName : L("%1（%2）").arg(s.signerName, s.signerRole);
        opinion = s.opinion;
        if (!s.comment.trimmed().isEmpty())
            opinion += (s.sentBack ? L("。理由：") : L("。")) + s.comment.trimmed();
        time = s.atText;
        if (s.isSigned)
            time += s.valid ? L("　电子签名有效") : L("　内容已变更，签名失效");
    } else {
        signer = L("（待签署）");
    }
    return {s.label,
            kStepLabelMm,
            {{{L("签署人"), kSubLabelMm, true}, {signer, valueMm}},
             {{L("意　见"), kSubLabelMm, true}, {opinion, valueMm}},
             {{L("时　间"), kSubLabelMm, true}, {time, valueMm}}}};
}
} // namespace

int ReviewFormRenderer::render(QPagedPaintDevice* device) const
{
    const ReviewFormData& d = m_data;
    PageWriter w(device);
    // Item number and content hash on every page: the paper can be matched with the record.
    QString footer = L("事项编号 %1").arg(d.itemId);
    if (d.roundNumber > 0)
        footer += L("　第 %1 轮").arg(d.roundNumber);
    footer += L("　内容摘要 %1　打印于 %2").arg(d.hashPrefix(), reporttext::dateTime(d.printedAt));
    w.setFooter(footer);
    if (!w.begin())
        return 0;
    w.title(L("保密审查审批表"));
    QFont meta = w.bodyFont();
    w.paragraph(L("单位：%1").arg(d.unit) + L("　　　　编号：%1").arg(d.itemId), meta, Qt::AlignLeft);
    w.space(2);

    w.block(row(L("信息标题"), d.title));
    w.block(pair(L("文　　号"), d.docNumber, L("所属科室"), d.department));
    w.block(pair(L("撰 稿 人"), d.author, L("信息类别"), d.category));
    QString attribute = d.attribute;
    if (!d.withheldGround.isEmpty())
        attribute += L("（依据：%1）").arg(d.withheldGround);
    w.block(row(L("公开属性"), attribute));
    w.block(pair(L("拟公开渠道"), d.channels, L("拟公开日期"), d.plannedDate));
    w.block(row(L("内容摘要"), d.summary));
    if (!d.attachments.isEmpty())
        w.block(row(L("附　　件"), d.attachments));
    w.block(row(L("预审发现"), d.findings.isEmpty() ? L("未发现问题") : d.findings.join(QLatin1Char('\n'))));
    if (!d.overrideReason.isEmpty())
        w.block(row(L("带高风险项送审理由"), d.overrideReason));

    if (!d.steps.isEmpty()) {
        w.block(row(L("审查轮次"), L("第 %1 轮").arg(d.roundNumber)));
        for (const ReviewFormStep& s : d.steps)
            w.block(stepBlock(s));
    }
    if (!d.paperReview.isEmpty()) {
        QString text = d.paperReview;
        if (!d.paperFormRef.isEmpty())
            text += L("\n纸质审查单：%1").arg(d.paperFormRef);
        if (!d.paperAttester.isEmpty())
            text += L("\n（%1 核实并证明，%2 录入）").arg(d.paperAttester, d.paperRecordedAt);
        else if (!d.paperRecordedAt.isEmpty())
            text += L("\n（纸质审查，%1 录入，未经签审人员证明）").arg(d.paperRecordedAt);
        w.block(row(L("纸质审查"), text));
    }
    if (!d.earlierSendBacks.isEmpty()) {
        QStringList lines;
        for (const ReviewFormSendBack& b : d.earlierSendBacks)
            lines << L("第 %1 轮：%2 %3 于 %4 退回，理由：%5")
                         .arg(b.roundNumber)
                         .arg(b.stepLabel, b.name, b.atText, b.reason);
        w.block(row(L("历次退回"), lines.join(QLatin1Char('\n'))));
    }
    w.block(row(L("审查结论"), d.conclusionText));
    return w.finish();
}

bool ReviewFormRenderer::writePdf(const QString& path) const
{
    return PdfFile::write(path, L("保密审查审批表 %1").arg(m_data.itemId),
                          [this](QPagedPaintDevice* device) { return render(device) > 0; });
}

} // namespace gongkai
