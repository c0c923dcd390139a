#pragma once

#include "../domain/item.h"
#include "../domain/reviewround.h"

#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace gongkai {

class Database;

/// Where an item's review stands, as far as publishing is concerned (先审查后公开).
struct ApprovalState
{
    enum class Kind
    {
        None,       ///< never reviewed: no round, no paper review
        Pending,    ///< its latest round is open
        SentBack,   ///< its latest round was sent back
        Recalled,   ///< its latest round was withdrawn (recalled, or the item withdrawn during review)
        Electronic, ///< its latest round is approved
        Paper,      ///< no round, but a paper review record (a historical item)
    };
    Kind kind = Kind::None;
    int roundNumber = 0;                     ///< the latest round's number, 0 without rounds
    QDateTime approvedAt;                    ///< UTC: the final signature (Electronic only)
    QString approvedBy;                      ///< printed name of the final signer (Electronic only)
    QString contentHash;                     ///< what the approval vouches for (Electronic and Paper)
    std::optional<ReviewOpinion> conclusion; ///< the final signature's opinion (Electronic only)

    bool isApproved() const { return kind == Kind::Electronic || kind == Kind::Paper; }
};

/// Reads and writes the review chain configuration, review rounds, signatures, send-backs and paper
/// reviews. The writes append their audit records themselves (review_submitted, review_signed …);
/// the rules that decide whether a write is allowed live in ReviewService, not here.
class ReviewRepository
{
public:
    explicit ReviewRepository(Database& db);

    /// The configured chain, switched-off steps included.
    ReviewChain configuredChain() const;
#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    /// Replaces the configuration (validated; throws ValidationError) and audits the change.
    void saveChain(const ReviewChain& chain);
#endif

    /// Every round of the item, oldest first, with signatures and send-back.
    QList<ReviewRound> rounds(qint64 itemId) const;
    std::optional<ReviewRound> latestRound(qint64 itemId) const;
    std::optional<ReviewRound> openRound(qint64 itemId) const;
    bool hasOpenRound(qint64 itemId) const;
    /// Every open round (with signatures): what inboxes are made of.
    QList<ReviewRound> openRounds() const;
    /// Rounds that ended (approved, sent back or withdrawn) in [fromUtc, toUtc), with signatures and
    /// send-backs, by item and round: the monthly summary of reviews.
    QList<ReviewRound> roundsEndedBetween(const QDateTime& fromUtc, const QDateTime& toUtc) const;

    std::optional<PaperReview> paperReview(qint64 itemId) const;
#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    /// Records a historical item's paper review, as attested, against the item's current content;
    /// audited unless the caller audits it itself. The rules (who may attest) are ItemService's.
    void recordPaperReview(const Item& item, const PaperAttestation& attestation, bool audit = true);
#endif

    ApprovalState approvalOf(qint64 itemId) const;
    /// What the approval state is, given an item's latest round (or nullptr) and paper review (or nullptr).
    static ApprovalState approvalFrom(const ReviewRound* latest, const PaperReview* paper);
    /// Batch reads for many items at once (verification, reports): the latest round of each item that
    /// has one, and the paper reviews.
    QHash<qint64, ReviewRound> latestRounds(const QList<qint64>& itemIds) const;
    QHash<qint64, PaperReview> paperReviews(const QList<qint64>& itemIds) const;

#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    // Writes, each audited. Callers hold the transaction.
    /// Starts the next round of the item with the enabled steps of chain; throws Error when the chain
    /// has no enabled step. The item's status is the caller's business. overrideReason: why the author
    /// submits despite high findings of the pre-screen (kept with the round and audited), or empty.
    ReviewRound startRound(const Item& item, const ReviewChain& chain, const QString& overrideReason = {});
    /// Moves an open round on after a signature: false when its row version moved meanwhile (someone
    /// else signed) or it is no longer open.
    bool advance(qint64 roundId, int expectedRowVersion, int nextStep, RoundState state);
    /// Closes an open round as sent back or withdrawn, whatever its version.
    void close(qint64 roundId, RoundState state);
    Signature addSignature(const Signature& signature, qint64 itemId);
    SendBack addSendBack(const SendBack& sendBack, qint64 itemId);
#endif
    /// Who signed a step of a round, or nothing.
    std::optional<Signature> signatureAt(qint64 roundId, int stepIndex) const;

    /// A signature as recorded in the audit trail (and compared with it by AuditVerifier).
    static QJsonObject toJson(const Signature& signature, qint64 itemId);

private:
    QList<ReviewRound> loadRounds(const QString& where, const QVariantMap& binds) const;

    Database& m_db;
};

} // namespace gongkai
