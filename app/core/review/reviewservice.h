#pragma once

#include "../domain/item.h"
#include "../domain/reviewround.h"
#include "../report/monthlysummarydata.h"
#include "../report/reviewformdata.h"
#include "../storage/reviewrepository.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace gongkai {

class Database;
class ServiceCall;
class Session;

/// One item waiting for the user's signature.
struct InboxEntry
{
    qint64 itemId = 0;
    QString title;
    QString department;
    QString authorName;
    int roundNumber = 0;
    qint64 roundId = 0;
    int roundRowVersion = 0; ///< pass to approve()/sendBack() as seen, to detect a concurrent signer
    int stepIndex = 0;       ///< the step the user would sign
    QString stepLabel;       ///< e.g. 分管领导审核
    SignatureMeaning meaning = SignatureMeaning::Review;
    QDateTime submittedAt;  ///< UTC, when the round started
    QDateTime waitingSince; ///< UTC, when the previous step was signed (or the round started)
};

/// What a signer saw when deciding (optimistic locking): the round's row version and the step, from
/// InboxEntry or ReviewStatus. -1 means "whatever is current" (the command line).
struct SeenRound
{
    int roundRowVersion = -1;
    int stepIndex = -1;
};

/// Everything about an item's review, for the review panel, `review status` and the printed form.
struct ReviewStatus
{
    Item item;
    QString contentHash;       ///< ItemContent::hash of the item now
    QList<ReviewRound> rounds; ///< oldest first; each with its chain snapshot, signatures and send-back
    std::optional<PaperReview> paperReview;
    ApprovalState approval;

    /// The open round, if any.
    const ReviewRound* openRound() const;
    /// A signature is valid while the item's content is still what was signed (21 CFR 11.70).
    bool isValid(const Signature& signature) const { return signature.contentHash == contentHash; }
};

/// The review chain: submitting, signing, sending back, recalling; status and inbox. Every call takes
/// the session (ServiceCall checks it), asks for the password again where it signs (verifyPassword),
/// and is audited — successes by the repositories, refusals here.
///
/// Flow: the author submit()s a draft or sent-back item: a new round starts with a snapshot of the
/// chain's enabled steps, the item is 审查中 and frozen. Each step's signer approve()s with an opinion
/// or sendBack()s with a reason (item 已退回; the author revises and submits again: round n+1). After
/// the last step the round is approved and the item 已审核 (or 已发布 again, when it had publications).
/// Signing is optimistic: pass the round's row version and step as the user saw them (InboxEntry, or
/// ReviewStatus); when someone signed first the call throws ConflictError naming them and the time.
class ReviewService
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ReviewService)

public:
    explicit ReviewService(Database& db);

    /// The author submits the item: a new round. RuleError when it is under review, withdrawn, approved
    /// with no change since, not theirs, or a step of the chain has nobody who could sign it; and
    /// (RuleError::HighFindings) when the pre-screen finds high findings in the title, summary or body
    /// and overrideReason is empty. A reason given is kept with the round and in the audit trail.
    ReviewRound submit(const Session& session, qint64 itemId, const QString& overrideReason = {});
#ifndef GONGKAI_STORAGE_READ_ONLY // for core's services (ItemService), inside their call and transaction
    /// submit()'s checks on the item's content and the chain (valid item, a possible signer for every step,
    /// the pre-screen and the override reason), then a new round and the status 审查中.
    ReviewRound startRoundChecked(const Item& item, const QString& overrideReason);
#endif
    /// The author takes the submission back (round withdrawn, item 草稿); signatures so far stay recorded.
    void recall(const Session& session, qint64 itemId);

    /// Signs the next step with the password typed again. Throws AuthError (wrong password, counted
    /// toward the lock-out), PermissionError, RuleError (ReviewRules), ConflictError ("already signed
    /// by 李娜 at 2026-11-21 10:32").
    Signature approve(const Session& session, qint64 itemId, const QString& password, ReviewOpinion opinion,
                      const QString& comment, SeenRound expected = {});
    /// Sends the round back to the author with a reason (required); the same checks as approve().
    SendBack sendBack(const Session& session, qint64 itemId, const QString& password, const QString& reason,
                      SeenRound expected = {});

    /// The item's review; readers of the ledger only (not the administrator or auditor).
    ReviewStatus status(const Session& session, qint64 itemId);
    /// The printed review form of an item (保密审查审批表) and the monthly summary of reviews: readers of
    /// the ledger only, like status().
    ReviewFormData reviewForm(const Session& session, qint64 itemId);
    MonthlySummaryData monthlySummary(const Session& session, const QDate& month);
    /// Items whose next step the user may sign now, oldest first.
    QList<InboxEntry> inbox(const Session& session);
    int inboxCount(const Session& session);

    /// The same status without a session: for the command line without --user and for reports, which
    /// read the ledger like ItemRepository does. Throws Error when the item does not exist.
    static ReviewStatus load(Database& db, qint64 itemId);

private:
    struct Decision;
    /// The common part of approve() and sendBack(): checks and locks, returns the round and step.
    Decision decide(const ServiceCall& call, qint64 itemId, SeenRound expected);
    [[noreturn]] void conflict(qint64 roundId, const ReviewRound& round, int step);

    Database& m_db;
};

} // namespace gongkai
