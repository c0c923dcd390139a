#pragma once

#include "../domain/item.h"
#include "../domain/user.h"
#include "../storage/reviewrepository.h"
#include "reviewerrors.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace gongkai {

/// One answer of ItemRules: allowed, or refused with the reason (translated) and the rule it broke.
struct ItemAnswer
{
    bool allowed = false;
    QString why;            ///< empty when allowed
    bool permission = false; ///< refused by the user's roles (PermissionError), not by the item's state
    RuleError::Rule rule = RuleError::Rule::NotAuthor;

    explicit operator bool() const { return allowed; }
    /// Throws PermissionError or RuleError with why unless allowed.
    void require() const;
};

/// What the signed-in user may do with one item now: the capabilities query. ItemService::capabilities()
/// gives it; the item dialog, the details pane, the ledger's menus and the CLI show exactly this, and the
/// services enforce the same answers, so no widget or command decides a rule.
struct ItemCapabilities
{
    ItemAnswer read;
    ItemAnswer edit;        ///< change title, text, attributes and attachments (the author, not under review)
    ItemAnswer submit;      ///< submit for review (the author)
    ItemAnswer recall;      ///< take the submission back (the author, while under review)
    ItemAnswer withdraw;    ///< 撤回 (the author, the department's section chief, a leader)
    ItemAnswer reinstate;   ///< undo a withdrawal (whoever may withdraw)
    ItemAnswer publish;     ///< record a publication (publishers on any approved item, authors on their own)
    ItemAnswer recordSubmission; ///< record a submission to an upper agency or its adoption
    ItemAnswer attestPaperReview; ///< attest a paper review (a signer, for an item never reviewed)
    /// A change to the content now starts a new review round (the item is approved or published).
    bool editStartsNewRound = false;
};

/// The facts about an item's review that the rules need.
struct ItemReviewFacts
{
    bool roundOpen = false;
    ApprovalState approval;
    QString contentHash; ///< ItemContent::hash of the item as stored
};

/// The item-level rules, decided from plain data (no database) in one place:
///  - items are created by authors, as themselves;
///  - only the author changes an item, never while it is under review (frozen), never once withdrawn;
///    a change to approved or published content starts a new review round;
///  - 先审查后公开 and the disclosure attribute: a publication needs an approval that covers the content,
///    never on an item marked 不予公开 or whose review concluded 不予公开;
///  - publishers record publications and submissions on any item, authors on their own;
///  - a paper review is attested by a signer (section chief, leader in charge or principal leader) who is
///    not the item's author, for an item that has no review of either kind.
class ItemRules
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemRules)

public:
    static ItemCapabilities capabilities(const User& user, const Item& item, const ItemReviewFacts& facts);
    /// Whether user may create an item with authorId as its author (0: themselves).
    static ItemAnswer create(const User& user, qint64 authorId);
};

} // namespace gongkai
