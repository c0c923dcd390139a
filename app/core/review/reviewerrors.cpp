#include "reviewerrors.h"

namespace gongkai {

QString RuleError::code(Rule rule)
{
    switch (rule) {
    case Rule::OwnItem:
        return QStringLiteral("own_item");
    case Rule::SecondStep:
        return QStringLiteral("second_step");
    case Rule::StepOrder:
        return QStringLiteral("step_order");
    case Rule::WrongRole:
        return QStringLiteral("wrong_role");
    case Rule::WrongDepartment:
        return QStringLiteral("wrong_department");
    case Rule::RoundClosed:
        return QStringLiteral("round_closed");
    case Rule::AdministratorCannotSign:
        return QStringLiteral("administrator_cannot_sign");
    case Rule::NotUnderReview:
        return QStringLiteral("not_under_review");
    case Rule::NotAuthor:
        return QStringLiteral("not_author");
    case Rule::AlreadyUnderReview:
        return QStringLiteral("already_under_review");
    case Rule::AlreadyApproved:
        return QStringLiteral("already_approved");
    case Rule::ItemWithdrawn:
        return QStringLiteral("item_withdrawn");
    case Rule::NoEligibleSigner:
        return QStringLiteral("no_eligible_signer");
    case Rule::NotReviewed:
        return QStringLiteral("not_reviewed");
    case Rule::ContentChanged:
        return QStringLiteral("content_changed");
    case Rule::MissingReason:
        return QStringLiteral("missing_reason");
    case Rule::LastAdministrator:
        return QStringLiteral("last_administrator");
    case Rule::HighFindings:
        return QStringLiteral("high_findings");
    }
    return QStringLiteral("unknown");
}

} // namespace gongkai
