#include "reviewjson.h"

#include "domain/auditrecord.h"
#include "review/auditverifier.h"
#include "review/reviewservice.h"
#include "storage/auditlog.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace gongkai::cli {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

QJsonValue time(const QDateTime& utc)
{
    return utc.isValid() ? QJsonValue(AuditLog::timeText(utc)) : QJsonValue();
}

QString approvalKind(ApprovalState::Kind kind)
{
    switch (kind) {
    case ApprovalState::Kind::None:
        return L("none");
    case ApprovalState::Kind::Pending:
        return L("pending");
    case ApprovalState::Kind::SentBack:
        return L("sent_back");
    case ApprovalState::Kind::Recalled:
        return L("recalled");
    case ApprovalState::Kind::Electronic:
        return L("approved");
    case ApprovalState::Kind::Paper:
        return L("paper");
    }
    return {};
}

QJsonValue json(const QString& text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    return doc.isObject() ? QJsonValue(doc.object()) : QJsonValue();
}
} // namespace

QJsonObject ReviewJson::status(const ReviewStatus& st)
{
    QJsonArray rounds;
    for (const ReviewRound& r : st.rounds) {
        QJsonArray steps;
        for (int k = 0; k < r.chain.steps.size(); ++k) {
            const ReviewStep& step = r.chain.steps.at(k);
            QJsonObject o{{L("step"), k + 1},
                          {L("label"), step.label},
                          {L("role"), roleCode(step.role)},
                          {L("meaning"), meaningCode(step.meaning)},
                          {L("sameDepartment"), step.sameDepartment}};
            if (const Signature* s = r.signatureOf(k))
                o.insert(L("signature"), QJsonObject{{L("id"), s->id},
                                                     {L("login"), s->signerLogin},
                                                     {L("name"), s->signerName},
                                                     {L("role"), roleCode(s->role)},
                                                     {L("meaning"), meaningCode(s->meaning)},
                                                     {L("opinion"), opinionCode(s->opinion)},
                                                     {L("opinionText"), opinionChinese(s->opinion)},
                                                     {L("comment"), s->comment},
                                                     {L("signedAt"), time(s->signedAt)},
                                                     {L("contentHash"), s->contentHash},
                                                     {L("valid"), st.isValid(*s)}});
            steps.append(o);
        }
        QJsonObject round{
            {L("number"), r.number},
            {L("state"), roundStateCode(r.state)},
            {L("startedAt"), time(r.startedAt)},
            {L("startedBy"), r.startedLogin},
            {L("endedAt"), time(r.endedAt)},
            {L("nextStep"), r.state == RoundState::Open ? QJsonValue(r.nextStep + 1) : QJsonValue()},
            {L("rowVersion"), r.rowVersion},
            {L("steps"), steps}};
        if (!r.overrideReason.isEmpty())
            round.insert(L("overrideReason"), r.overrideReason);
        if (r.sendBack)
            round.insert(L("sendBack"), QJsonObject{{L("step"), r.sendBack->stepIndex + 1},
                                                    {L("login"), r.sendBack->login},
                                                    {L("name"), r.sendBack->name},
                                                    {L("reason"), r.sendBack->reason},
                                                    {L("sentAt"), time(r.sendBack->sentAt)}});
        rounds.append(round);
    }
    QJsonObject o{{L("item"), st.item.id},
                  {L("title"), st.item.title},
                  {L("status"), statusCode(st.item.status)},
                  {L("contentHash"), st.contentHash},
                  {L("approval"), approvalKind(st.approval.kind)},
                  {L("rounds"), rounds}};
    o.insert(L("paperReview"), st.paperReview ? QJsonValue(paperReview(*st.paperReview)) : QJsonValue());
    return o;
}

QJsonObject ReviewJson::paperReview(const PaperReview& p)
{
    QJsonObject o{{L("reviewers"), p.reviewers},
                  {L("formRef"), p.formRef},
                  {L("attestedBy"), p.attestedBy != 0 ? QJsonValue(p.attestedBy) : QJsonValue()},
                  {L("attesterName"), p.attesterName},
                  {L("attesterRole"), p.attesterRole},
                  {L("recordedAt"), time(p.recordedAt)},
                  {L("recordedBy"), p.recordedBy},
                  {L("contentHash"), p.contentHash},
                  {L("text"), p.describe()}};
    if (!p.importHash.isEmpty())
        o.insert(L("importHash"), p.importHash);
    return o;
}

QJsonObject ReviewJson::inboxEntry(const InboxEntry& e)
{
    return QJsonObject{{L("item"), e.itemId},
                       {L("title"), e.title},
                       {L("department"), e.department},
                       {L("author"), e.authorName},
                       {L("round"), e.roundNumber},
                       {L("step"), e.stepIndex + 1},
                       {L("label"), e.stepLabel},
                       {L("meaning"), meaningCode(e.meaning)},
                       {L("submittedAt"), time(e.submittedAt)},
                       {L("waitingSince"), time(e.waitingSince)}};
}

QJsonObject ReviewJson::auditRecord(const AuditRecord& r)
{
    return QJsonObject{{L("seq"), r.seq},
                       {L("at"), time(r.at)},
                       {L("userId"), r.userId > 0 ? QJsonValue(r.userId) : QJsonValue()},
                       {L("login"), r.login},
                       {L("event"), r.eventCode},
                       {L("success"), r.success},
                       {L("objectType"), r.objectType},
                       {L("objectId"), r.objectId != 0 ? QJsonValue(r.objectId) : QJsonValue()},
                       {L("before"), json(r.before)},
                       {L("after"), json(r.after)},
                       {L("hash"), r.hash}};
}

QJsonObject ReviewJson::verifyReport(const VerifyReport& report)
{
    QJsonArray problems;
    for (const VerifyProblem& p : report.problems)
        problems.append(QJsonObject{
            {L("objectType"), p.objectType}, {L("objectId"), p.objectId}, {L("message"), p.message}});
    return QJsonObject{{L("ok"), report.ok()},
                       {L("auditRecords"), report.auditRecords},
                       {L("signatures"), report.signatures},
                       {L("itemsChecked"), report.itemsChecked},
                       {L("headHash"), report.headHash},
                       {L("problems"), problems}};
}

} // namespace gongkai::cli
