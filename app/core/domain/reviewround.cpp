#include "reviewround.h"

#include <QCoreApplication>

namespace gongkai {

namespace {
struct OpinionInfo
{
    ReviewOpinion opinion;
    const char* code;
    const char* english;
    const char* chinese;
};
const OpinionInfo kOpinions[] = {
    {ReviewOpinion::Disclose, "disclose", QT_TRANSLATE_NOOP("gongkai::ReviewRound", "Disclose"), "同意公开"},
    {ReviewOpinion::DiscloseWithChanges, "disclose_with_changes",
     QT_TRANSLATE_NOOP("gongkai::ReviewRound", "Disclose after changes"), "修改后公开"},
    {ReviewOpinion::Withhold, "withhold", QT_TRANSLATE_NOOP("gongkai::ReviewRound", "Withhold"), "不予公开"},
};

struct StateInfo
{
    RoundState state;
    const char* code;
    const char* english;
};
const StateInfo kStates[] = {
    {RoundState::Open, "open", QT_TRANSLATE_NOOP("gongkai::ReviewRound", "Open")},
    {RoundState::Approved, "approved", QT_TRANSLATE_NOOP("gongkai::ReviewRound", "Approved")},
    {RoundState::SentBack, "sent_back", QT_TRANSLATE_NOOP("gongkai::ReviewRound", "Sent back")},
    {RoundState::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("gongkai::ReviewRound", "Withdrawn")},
};
} // namespace

QString opinionCode(ReviewOpinion opinion)
{
    return QString::fromLatin1(kOpinions[int(opinion)].code);
}

bool opinionFromString(const QString& text, ReviewOpinion* opinion)
{
    const QString t = text.trimmed();
    for (const OpinionInfo& info : kOpinions) {
        if (t.compare(QLatin1String(info.code), Qt::CaseInsensitive) == 0 ||
            t.compare(QLatin1String(info.english), Qt::CaseInsensitive) == 0 ||
            t == QString::fromUtf8(info.chinese)) {
            *opinion = info.opinion;
            return true;
        }
    }
    return false;
}

QString opinionDisplayName(ReviewOpinion opinion)
{
    return QCoreApplication::translate("gongkai::ReviewRound", kOpinions[int(opinion)].english);
}

QString opinionChinese(ReviewOpinion opinion)
{
    return QString::fromUtf8(kOpinions[int(opinion)].chinese);
}

QString roundStateCode(RoundState state)
{
    return QString::fromLatin1(kStates[int(state)].code);
}

bool roundStateFromString(const QString& text, RoundState* state)
{
    for (const StateInfo& info : kStates) {
        if (text.trimmed().compare(QLatin1String(info.code), Qt::CaseInsensitive) == 0) {
            *state = info.state;
            return true;
        }
    }
    return false;
}

QString roundStateDisplayName(RoundState state)
{
    return QCoreApplication::translate("gongkai::ReviewRound", kStates[int(state)].english);
}

const Signature* ReviewRound::signatureOf(int stepIndex) const
{
    for (const Signature& s : signatures) {
        if (s.stepIndex == stepIndex)
            return &s;
    }
    return nullptr;
}

std::optional<ReviewOpinion> ReviewRound::conclusion() const
{
    if (state != RoundState::Approved || signatures.isEmpty())
        return std::nullopt;
    return signatures.constLast().opinion;
}

QString PaperReview::describe() const
{
    if (!isAttested())
        return reviewers;
    const QString form = formRef.isEmpty() ? QString()
                                           : QCoreApplication::translate("gongkai::PaperReview", "form %1, ").arg(formRef);
    return QCoreApplication::translate("gongkai::PaperReview", "%1 (%2attested by %3)")
        .arg(reviewers, form, attesterName);
}

} // namespace gongkai
