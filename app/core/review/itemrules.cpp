#include "itemrules.h"

#include "../domain/reviewchain.h"
#include "../storage/publicationgate.h"
#include "permissions.h"

namespace gongkai {

namespace {
using Rule = RuleError::Rule;

ItemAnswer yes()
{
    return ItemAnswer{true, {}, false, Rule::NotAuthor};
}

ItemAnswer no(Rule rule, const QString& why)
{
    return ItemAnswer{false, why, false, rule};
}

ItemAnswer denied(const User& user, Permission permission)
{
    return ItemAnswer{false, Permissions::refusal(user, permission), true, Rule::NotAuthor};
}

bool isSigner(const User& user)
{
    for (Role r : user.roles) {
        if (ReviewChain::isSigningRole(r))
            return true;
    }
    return false;
}
} // namespace

void ItemAnswer::require() const
{
    if (allowed)
        return;
    if (permission)
        throw PermissionError(why);
    throw RuleError(rule, why);
}

ItemAnswer ItemRules::create(const User& user, qint64 authorId)
{
    if (!Permissions::allows(user, Permission::WriteLedger))
        return denied(user, Permission::WriteLedger);
    if (authorId != 0 && authorId != user.id)
        return no(Rule::NotAuthor, tr("Items are created by their authors, as themselves: %1 cannot name "
                                      "another user as the author.")
                                       .arg(user.login));
    return yes();
}

ItemCapabilities ItemRules::capabilities(const User& user, const Item& item, const ItemReviewFacts& facts)
{
    ItemCapabilities c;
    const qint64 id = item.id;
    const bool withdrawn = item.status == ItemStatus::Withdrawn;
    const bool isAuthor = item.authorId == user.id;
    const bool approvedStatus = item.status == ItemStatus::Approved || item.status == ItemStatus::Published;

    c.read = Permissions::allows(user, Permission::ReadLedger) ? yes() : denied(user, Permission::ReadLedger);

    // Editing: the author's, while the item is neither withdrawn nor under review.
    if (!Permissions::allows(user, Permission::WriteLedger))
        c.edit = denied(user, Permission::WriteLedger);
    else if (!isAuthor)
        c.edit = no(Rule::NotAuthor, tr("Only the author of item %1 can change it.").arg(id));
    else if (withdrawn)
        c.edit = no(Rule::ItemWithdrawn, tr("Item %1 is withdrawn; it cannot be changed.").arg(id));
    else if (facts.roundOpen)
        c.edit = no(Rule::AlreadyUnderReview,
                    tr("Item %1 is under review and frozen; recall the submission to change it.").arg(id));
    else
        c.edit = yes();
    c.editStartsNewRound = c.edit.allowed && approvedStatus;

    // Submitting and recalling: the author's.
    if (!Permissions::allows(user, Permission::WriteLedger))
        c.submit = denied(user, Permission::WriteLedger);
    else if (!isAuthor)
        c.submit = no(Rule::NotAuthor, tr("Only the author of item %1 can submit it for review.").arg(id));
    else if (withdrawn)
        c.submit = no(Rule::ItemWithdrawn, tr("Item %1 is withdrawn; it cannot be submitted.").arg(id));
    else if (facts.roundOpen)
        c.submit = no(Rule::AlreadyUnderReview, tr("Item %1 is under review already.").arg(id));
    else if (facts.approval.isApproved() && facts.approval.contentHash == facts.contentHash && approvedStatus)
        c.submit = no(Rule::AlreadyApproved, tr("Item %1 is approved already and has not changed since.").arg(id));
    else
        c.submit = yes();
    if (!Permissions::allows(user, Permission::WriteLedger))
        c.recall = denied(user, Permission::WriteLedger);
    else if (!isAuthor)
        c.recall = no(Rule::NotAuthor, tr("Only the author of item %1 can recall its submission.").arg(id));
    else if (!facts.roundOpen)
        c.recall = no(Rule::NotUnderReview, tr("Item %1 is not under review.").arg(id));
    else
        c.recall = yes();

    // Withdrawing and undoing it.
    const ItemAnswer mayWithdraw =
        Permissions::canWithdraw(user, item)
            ? yes()
            : ItemAnswer{false,
                         tr("Only the author of item %1, the section chief of its department or a leader can "
                            "withdraw it.")
                             .arg(id),
                         true, Rule::NotAuthor};
    c.withdraw = !mayWithdraw.allowed ? mayWithdraw
                 : withdrawn ? no(Rule::ItemWithdrawn, tr("Item %1 is withdrawn already.").arg(id))
                             : yes();
    c.reinstate = !mayWithdraw.allowed ? mayWithdraw
                  : !withdrawn ? no(Rule::ItemWithdrawn, tr("Item %1 is not withdrawn.").arg(id))
                               : yes();

    // Publications and submissions: publishers on any item, authors on their own.
    const bool publisher = user.hasRole(Role::Publisher);
    ItemAnswer recorder;
    if (!Permissions::allows(user, Permission::RecordPublications))
        recorder = denied(user, Permission::RecordPublications);
    else if (!publisher && !isAuthor)
        recorder = no(Rule::NotAuthor, tr("Only the author of item %1 or a publisher (信息发布员) can record where "
                                          "it went out.")
                                           .arg(id));
    else if (withdrawn)
        recorder = no(Rule::ItemWithdrawn, tr("Item %1 is withdrawn; it cannot be published.").arg(id));
    else
        recorder = yes();
    c.recordSubmission = recorder;
    if (!recorder.allowed) {
        c.publish = recorder;
    } else if (item.attribute == DisclosureAttribute::Withheld) {
        c.publish = no(Rule::NotReviewed,
                       tr("Item %1 is marked 不予公开 (withheld); it is never published.").arg(id));
    } else {
        const QString why = PublicationGate::problem(facts.approval, facts.contentHash);
        c.publish = why.isEmpty() ? yes() : no(Rule::NotReviewed, tr("Item %1 cannot be published: %2").arg(id).arg(why));
    }

    // Paper reviews: attested by a signer, for an item that was never reviewed.
    if (!Permissions::allows(user, Permission::AttestPaperReview) || !isSigner(user))
        c.attestPaperReview = ItemAnswer{
            false,
            tr("Only a section chief, leader in charge or principal leader can attest that item %1 was "
               "reviewed on paper (%2).")
                .arg(id)
                .arg(Permissions::refusal(user, Permission::AttestPaperReview)),
            true, Rule::WrongRole};
    else if (isAuthor)
        c.attestPaperReview = no(Rule::OwnItem, tr("Nobody attests the review of their own item %1.").arg(id));
    else if (withdrawn)
        c.attestPaperReview = no(Rule::ItemWithdrawn, tr("Item %1 is withdrawn.").arg(id));
    else if (facts.approval.kind == ApprovalState::Kind::Paper)
        c.attestPaperReview = no(Rule::AlreadyApproved, tr("Item %1 has its paper review recorded already.").arg(id));
    else if (facts.approval.kind != ApprovalState::Kind::None || facts.roundOpen)
        c.attestPaperReview =
            no(Rule::AlreadyUnderReview,
               tr("Item %1 is reviewed in the program; a paper review is only for items never reviewed here.")
                   .arg(id));
    else
        c.attestPaperReview = yes();
    return c;
}

} // namespace gongkai
