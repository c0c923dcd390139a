#include "reviewrules.h"

#include "reviewerrors.h"

namespace gongkai {

QString ReviewRules::stepName(const ReviewChain& chain, int step)
{
    if (step < 0 || step >= chain.steps.size())
        return tr("step %1").arg(step + 1);
    return tr("step %1 (%2)").arg(step + 1).arg(chain.steps.at(step).label);
}

bool ReviewRules::fitsStep(const User& user, const Item& item, const ReviewStep& step)
{
    return user.active && user.hasRole(step.role) &&
           (!step.sameDepartment || user.departmentId == item.departmentId);
}

void ReviewRules::checkSigner(const User& user, const Item& item, const ReviewRound& round, int step)
{
    using Rule = RuleError::Rule;
    if (user.hasRole(Role::Administrator))
        throw RuleError(Rule::AdministratorCannotSign,
                        tr("The administrator cannot sign reviews (separation of duties)."));
    switch (round.state) {
    case RoundState::Open:
        break;
    case RoundState::SentBack:
        throw RuleError(
            Rule::RoundClosed,
            tr("Round %1 of item %2 was sent back; it cannot be signed.").arg(round.number).arg(item.id));
    case RoundState::Withdrawn:
        throw RuleError(
            Rule::RoundClosed,
            tr("Round %1 of item %2 was withdrawn; it cannot be signed.").arg(round.number).arg(item.id));
    case RoundState::Approved:
        throw RuleError(Rule::RoundClosed,
                        tr("Round %1 of item %2 is approved already.").arg(round.number).arg(item.id));
    }
    if (step < 0 || step >= round.chain.steps.size())
        throw RuleError(Rule::StepOrder,
                        tr("Round %1 has no %2.").arg(round.number).arg(stepName(round.chain, step)));
    if (step > round.nextStep)
        throw RuleError(Rule::StepOrder,
                        tr("%1 cannot be signed before %2.")
                            .arg(stepName(round.chain, step), stepName(round.chain, round.nextStep)));
    if (item.authorId == user.id)
        throw RuleError(Rule::OwnItem,
                        tr("Nobody signs their own item: %1 wrote item %2.").arg(user.name).arg(item.id));
    for (const Signature& s : round.signatures) {
        if (s.signerId == user.id)
            throw RuleError(Rule::SecondStep,
                            tr("%1 signed %2 of this round already; one person signs at most one "
                               "step of a round.")
                                .arg(user.name, stepName(round.chain, s.stepIndex)));
    }
    const ReviewStep& s = round.chain.steps.at(step);
    if (!user.hasRole(s.role))
        throw RuleError(Rule::WrongRole,
                        tr("%1 is signed by a %2; %3 is not one.")
                            .arg(stepName(round.chain, step), roleDisplayName(s.role), user.name));
    if (s.sameDepartment && user.departmentId != item.departmentId)
        throw RuleError(
            Rule::WrongDepartment,
            tr("%1 is signed by the %2 of the item's own department; %3 belongs to another department.")
                .arg(stepName(round.chain, step), roleDisplayName(s.role), user.name));
}

bool ReviewRules::canSignNext(const User& user, const Item& item, const ReviewRound& round)
{
    try {
        checkSigner(user, item, round, round.nextStep);
        return true;
    } catch (const RuleError&) {
        return false;
    }
}

int ReviewRules::intendedStep(const User& user, const Item& item, const ReviewRound& round)
{
    if (round.nextStep >= round.chain.steps.size() ||
        fitsStep(user, item, round.chain.steps.at(round.nextStep)))
        return round.nextStep;
    for (int k = round.nextStep + 1; k < round.chain.steps.size(); ++k) {
        if (fitsStep(user, item, round.chain.steps.at(k)))
            return k;
    }
    return round.nextStep;
}

QList<int> ReviewRules::unsignableSteps(const ReviewChain& chain, const Item& item, const QList<User>& users)
{
    QList<int> steps;
    for (int k = 0; k < chain.steps.size(); ++k) {
        const bool someone = std::any_of(users.cbegin(), users.cend(), [&](const User& u) {
            return u.id != item.authorId && !u.hasRole(Role::Administrator) && !u.hasRole(Role::Auditor) &&
                   fitsStep(u, item, chain.steps.at(k));
        });
        if (!someone)
            steps << k;
    }
    return steps;
}

} // namespace gongkai
