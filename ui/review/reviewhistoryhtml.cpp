#include "reviewhistoryhtml.h"

#include "domain/role.h"
#include "review/reviewservice.h"

#include <QDateTime>

namespace gongkai::ui {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>"));
}

QString stateColour(RoundState state)
{
    switch (state) {
    case RoundState::Approved:
        return QStringLiteral("#1b5e20");
    case RoundState::SentBack:
        return QStringLiteral("#b71c1c");
    case RoundState::Open:
        return QStringLiteral("#0d47a1");
    case RoundState::Withdrawn:
        break;
    }
    return QStringLiteral("#616161");
}
} // namespace

QString ReviewHistoryHtml::localTime(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QString ReviewHistoryHtml::approvalLine(const ReviewStatus& status)
{
    const ApprovalState& a = status.approval;
    switch (a.kind) {
    case ApprovalState::Kind::None:
        return tr("Not reviewed yet");
    case ApprovalState::Kind::Pending:
        return tr("Under review (round %1)").arg(a.roundNumber);
    case ApprovalState::Kind::SentBack:
        return tr("Sent back in round %1").arg(a.roundNumber);
    case ApprovalState::Kind::Recalled:
        return tr("Round %1 recalled").arg(a.roundNumber);
    case ApprovalState::Kind::Electronic:
        return tr("Approved in round %1 by %2 on %3")
            .arg(a.roundNumber)
            .arg(a.approvedBy, localTime(a.approvedAt));
    case ApprovalState::Kind::Paper:
        return tr("Reviewed on paper");
    }
    return {};
}

QString ReviewHistoryHtml::html(const ReviewStatus& status)
{
    QString out;
    out += QStringLiteral("<p><b>%1</b></p>").arg(esc(approvalLine(status)));
    if (status.paperReview) {
        out += QStringLiteral("<p>%1<br>%2</p>")
                   .arg(esc(tr("Reviewed on paper: %1").arg(status.paperReview->describe())),
                        esc(tr("recorded %1 by %2")
                                .arg(localTime(status.paperReview->recordedAt), status.paperReview->recordedBy)));
    }
    // Newest round first: that is the one people ask about.
    for (auto r = status.rounds.crbegin(); r != status.rounds.crend(); ++r) {
        const ReviewRound& round = *r;
        QString ended;
        if (round.endedAt.isValid())
            ended = tr(", ended %1").arg(localTime(round.endedAt));
        out += QStringLiteral("<p><b>%1</b> <span style='color:%2'>%3</span><br><small>%4</small></p>")
                   .arg(esc(tr("Round %1").arg(round.number)), stateColour(round.state),
                        esc(roundStateDisplayName(round.state)),
                        esc(tr("started %1 by %2%3").arg(localTime(round.startedAt), round.startedLogin, ended)));
        if (!round.overrideReason.isEmpty())
            out += QStringLiteral("<p style='color:#a00000'>%1</p>")
                       .arg(esc(tr("Submitted despite high findings of the pre-screen. Reason: %1")
                                    .arg(round.overrideReason)));
        out += QStringLiteral("<ul style='margin-top:0'>");
        for (int step = 0; step < round.chain.steps.size(); ++step) {
            const ReviewStep& s = round.chain.steps.at(step);
            out += QStringLiteral("<li>") +
                   esc(tr("Step %1: %2 (%3)").arg(step + 1).arg(s.label, meaningDisplayName(s.meaning)));
            if (const Signature* sig = round.signatureOf(step)) {
                out += QStringLiteral("<br>") +
                       esc(tr("Signed by %1 (%2) on %3: %4")
                               .arg(sig->signerName, roleDisplayName(sig->role), localTime(sig->signedAt),
                                    opinionDisplayName(sig->opinion)));
                if (!sig->comment.isEmpty())
                    out += QStringLiteral("<br><i>%1</i>").arg(esc(sig->comment));
                if (!status.isValid(*sig))
                    out += QStringLiteral("<br><span style='color:#b71c1c'>%1</span>")
                               .arg(esc(tr("No longer valid — the content changed after signing")));
            } else if (round.sendBack && round.sendBack->stepIndex == step) {
                const SendBack& back = *round.sendBack;
                out += QStringLiteral("<br><span style='color:#b71c1c'>%1</span><br><i>%2</i>")
                           .arg(esc(tr("Sent back by %1 on %2").arg(back.name, localTime(back.sentAt))),
                                esc(tr("Reason: %1").arg(back.reason)));
            } else if (round.state == RoundState::Open && step == round.nextStep) {
                out += QStringLiteral("<br><span style='color:#0d47a1'>%1</span>").arg(esc(tr("Waiting")));
            }
            out += QStringLiteral("</li>");
        }
        out += QStringLiteral("</ul>");
    }
    return out;
}

} // namespace gongkai::ui
