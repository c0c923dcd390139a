#include "reviewformdata.h"

#include "../screening/itemscreening.h"

#include "../review/reviewservice.h"
#include "../storage/categoryrepository.h"
#include "../storage/channelrepository.h"
#include "../storage/database.h"
#include "../storage/departmentrepository.h"
#include "../storage/userrepository.h"
#include "officesettings.h"
#include "reporttext.h"

#include <QJsonArray>
#include <QStringList>

#include <algorithm>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromUtf8(s);
}

/// The step block of a round: signed steps, the step that sent it back, and the steps not reached.
QList<ReviewFormStep> stepsOf(const ReviewRound& round, const ReviewStatus& status)
{
    QList<ReviewFormStep> steps;
    for (int i = 0; i < round.chain.steps.size(); ++i) {
        const ReviewStep& step = round.chain.steps.at(i);
        ReviewFormStep s;
        s.stepIndex = i;
        s.label = step.label;
        s.stepRole = reporttext::role(step.role);
        if (const Signature* sig = round.signatureOf(i)) {
            s.isSigned = true;
            s.signerName = sig->signerName;
            s.signerLogin = sig->signerLogin;
            s.signerRole = reporttext::role(sig->role);
            s.opinion = opinionChinese(sig->opinion);
            s.comment = sig->comment;
            s.at = sig->signedAt;
            s.valid = status.isValid(*sig);
        } else if (round.sendBack && round.sendBack->stepIndex == i) {
            s.sentBack = true;
            s.signerName = round.sendBack->name;
            s.signerLogin = round.sendBack->login;
            s.signerRole = reporttext::role(step.role);
            s.opinion = L("退回修改");
            s.comment = round.sendBack->reason;
            s.at = round.sendBack->sentAt;
        }
        s.atText = s.at.isValid() ? reporttext::dateTime(s.at) : QString();
        steps << s;
    }
    return steps;
}
} // namespace

QString ReviewFormData::conclusionCode(Conclusion conclusion)
{
    switch (conclusion) {
    case Conclusion::NotReviewed:
        return QStringLiteral("not_reviewed");
    case Conclusion::UnderReview:
        return QStringLiteral("under_review");
    case Conclusion::Approved:
        return QStringLiteral("approved");
    case Conclusion::SentBack:
        return QStringLiteral("sent_back");
    case Conclusion::Recalled:
        return QStringLiteral("recalled");
    case Conclusion::Paper:
        return QStringLiteral("reviewed_on_paper");
    }
    return QString();
}

namespace {
QString fieldChinese(const ItemFinding& f)
{
    switch (f.field) {
    case ItemTextField::Title:
        return L("标题");
    case ItemTextField::Summary:
        return L("摘要");
    case ItemTextField::Attachment:
        return L("附件《%1》").arg(f.attachment);
    case ItemTextField::Body:
        break;
    }
    return L("正文");
}

QString kindChinese(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::ClassificationMarking:
        return L("密级标志");
    case Finding::Kind::ProtectionMarking:
        return L("内部标志");
    case Finding::Kind::ResidentId:
        return L("身份证号码");
    case Finding::Kind::MobilePhone:
        return L("手机号码");
    case Finding::Kind::BankCard:
        return L("银行卡号");
    case Finding::Kind::Email:
        return L("电子邮箱");
    case Finding::Kind::ListedWord:
        break;
    }
    return L("错敏词");
}

QString severityChinese(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return L("高");
    case Severity::Warning:
        return L("警告");
    case Severity::Info:
        break;
    }
    return L("提示");
}
} // namespace

ReviewFormData ReviewFormData::build(Database& db, qint64 itemId)
{
    const ReviewStatus status = ReviewService::load(db, itemId);
    const Item& item = status.item;
    ReviewFormData d;
    d.itemId = item.id;
    d.unit = OfficeSettings::unitName(db);
    d.title = item.title;
    d.docNumber = reporttext::orDash(item.docNumber);
    if (const auto dep = DepartmentRepository(db).byId(item.departmentId))
        d.department = dep->name;
    if (const auto author = UserRepository(db).byId(item.authorId))
        d.author = author->name;
    if (const auto category = CategoryRepository(db).byId(item.categoryId))
        d.category = category->name;
    d.attribute = reporttext::attribute(item.attribute);
    if (item.attribute == DisclosureAttribute::Withheld)
        d.withheldGround = item.withheldGround;
    d.summary = reporttext::orDash(item.summary);
    QStringList files;
    for (const Attachment& a : item.attachments)
        files << L("%1（SHA-256 %2…）").arg(a.fileName, a.sha256.left(12));
    d.attachments = files.join(QLatin1Char('\n'));
    d.contentHash = status.contentHash;
    d.printedAt = db.nowUtc();

    // Planned channels and date: the publications recorded (or planned) for the item.
    ChannelRepository channels(db);
    QStringList names;
    QDate first;
    for (const Publication& p : item.publications) {
        if (const auto c = channels.byId(p.channelId); c && !names.contains(c->name))
            names << c->name;
        if (p.date.isValid() && (!first.isValid() || p.date < first))
            first = p.date;
    }
    d.channels = names.isEmpty() ? reporttext::dash() : names.join(L("、"));
    d.plannedDate = first.isValid() ? reporttext::date(first) : reporttext::dash();

    if (!status.rounds.isEmpty()) {
        const ReviewRound& latest = status.rounds.constLast();
        d.roundNumber = latest.number;
        d.steps = stepsOf(latest, status);
        for (int i = 0; i + 1 < status.rounds.size(); ++i) {
            const ReviewRound& r = status.rounds.at(i);
            if (!r.sendBack)
                continue;
            ReviewFormSendBack b;
            b.roundNumber = r.number;
            b.stepLabel = r.chain.steps.value(r.sendBack->stepIndex).label;
            b.name = r.sendBack->name;
            b.reason = r.sendBack->reason;
            b.atText = reporttext::dateTime(r.sendBack->sentAt);
            d.earlierSendBacks << b;
        }
    }
    if (status.paperReview) {
        d.paperReview = status.paperReview->reviewers;
        d.paperRecordedAt = reporttext::dateTime(status.paperReview->recordedAt);
        d.paperAttester = status.paperReview->attesterName;
        d.paperFormRef = status.paperReview->formRef;
    }

    if (!status.rounds.isEmpty())
        d.overrideReason = status.rounds.constLast().overrideReason;
    const QList<ItemFinding> found = ItemScreening::forOffice(db).screen(item).all();
    for (const ItemFinding& f : found) {
        if (d.findings.size() == kMaxFindings) {
            d.findings << L("另有 %1 处，略").arg(found.size() - kMaxFindings);
            break;
        }
        QString line = L("%1第 %2 行：%3（%4，%5）")
                           .arg(fieldChinese(f))
                           .arg(f.finding.line)
                           .arg(f.finding.text, kindChinese(f.finding.kind), severityChinese(f.finding.severity));
        if (!f.finding.suggestion.isEmpty())
            line += L("，建议：%1").arg(f.finding.suggestion);
        d.findings << line;
    }

    const ApprovalState& a = status.approval;
    switch (a.kind) {
    case ApprovalState::Kind::None:
        d.conclusion = Conclusion::NotReviewed;
        d.conclusionText = L("未送审");
        break;
    case ApprovalState::Kind::Pending: {
        d.conclusion = Conclusion::UnderReview;
        const ReviewRound* open = status.openRound();
        const QString next = open ? open->chain.steps.value(open->nextStep).label : QString();
        d.conclusionText = next.isEmpty() ? L("审查中") : L("审查中，待%1").arg(next);
        break;
    }
    case ApprovalState::Kind::SentBack:
        d.conclusion = Conclusion::SentBack;
        d.conclusionText = L("已退回撰稿人修改");
        break;
    case ApprovalState::Kind::Recalled:
        d.conclusion = Conclusion::Recalled;
        d.conclusionText = L("送审已撤回");
        break;
    case ApprovalState::Kind::Electronic:
        d.conclusion = Conclusion::Approved;
        d.conclusionText = L("审查通过，%1").arg(a.conclusion ? opinionChinese(*a.conclusion) : QString());
        if (d.conclusionText.endsWith(L("，")))
            d.conclusionText.chop(1);
        break;
    case ApprovalState::Kind::Paper:
        d.conclusion = Conclusion::Paper;
        d.conclusionText = L("已纸质审查（历史记录）");
        break;
    }
    return d;
}

QJsonObject ReviewFormData::toJson() const
{
    QJsonArray steps;
    for (const ReviewFormStep& s : this->steps) {
        QJsonObject o{{QStringLiteral("step"), s.stepIndex + 1},
                      {QStringLiteral("label"), s.label},
                      {QStringLiteral("stepRole"), s.stepRole},
                      {QStringLiteral("signed"), s.isSigned},
                      {QStringLiteral("sentBack"), s.sentBack}};
        if (s.isSigned || s.sentBack) {
            o.insert(QStringLiteral("signer"), s.signerName);
            o.insert(QStringLiteral("signerLogin"), s.signerLogin);
            o.insert(QStringLiteral("role"), s.signerRole);
            o.insert(QStringLiteral("opinion"), s.opinion);
            o.insert(QStringLiteral("comment"), s.comment);
            o.insert(QStringLiteral("at"), s.at.toUTC().toString(Qt::ISODate));
            o.insert(QStringLiteral("atText"), s.atText);
        }
        if (s.isSigned)
            o.insert(QStringLiteral("valid"), s.valid);
        steps.append(o);
    }
    QJsonArray sendBacks;
    for (const ReviewFormSendBack& b : earlierSendBacks)
        sendBacks.append(QJsonObject{{QStringLiteral("round"), b.roundNumber},
                                     {QStringLiteral("step"), b.stepLabel},
                                     {QStringLiteral("name"), b.name},
                                     {QStringLiteral("reason"), b.reason},
                                     {QStringLiteral("atText"), b.atText}});
    QJsonObject o{{QStringLiteral("item"), itemId},
                  {QStringLiteral("unit"), unit},
                  {QStringLiteral("title"), title},
                  {QStringLiteral("docNumber"), docNumber},
                  {QStringLiteral("department"), department},
                  {QStringLiteral("author"), author},
                  {QStringLiteral("category"), category},
                  {QStringLiteral("attribute"), attribute},
                  {QStringLiteral("channels"), channels},
                  {QStringLiteral("plannedDate"), plannedDate},
                  {QStringLiteral("summary"), summary},
                  {QStringLiteral("attachments"), attachments},
                  {QStringLiteral("contentHash"), contentHash},
                  {QStringLiteral("round"), roundNumber},
                  {QStringLiteral("steps"), steps},
                  {QStringLiteral("earlierSendBacks"), sendBacks},
                  {QStringLiteral("conclusion"), conclusionCode(conclusion)},
                  {QStringLiteral("conclusionText"), conclusionText},
                  {QStringLiteral("printedAt"), printedAt.toUTC().toString(Qt::ISODate)}};
    if (!withheldGround.isEmpty())
        o.insert(QStringLiteral("withheldGround"), withheldGround);
    if (!paperReview.isEmpty()) {
        o.insert(QStringLiteral("paperReview"), paperReview);
        o.insert(QStringLiteral("paperRecordedAt"), paperRecordedAt);
        o.insert(QStringLiteral("paperAttester"), paperAttester);
        o.insert(QStringLiteral("paperFormRef"), paperFormRef);
    }
    o.insert(QStringLiteral("findings"), QJsonArray::fromStringList(findings));
    if (!overrideReason.isEmpty())
        o.insert(QStringLiteral("overrideReason"), overrideReason);
    return o;
}

} // namespace gongkai
