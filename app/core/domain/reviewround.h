#pragma once

#include "reviewchain.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace gongkai {

/// A signer's opinion on disclosure (审查意见).
enum class ReviewOpinion
{
    Disclose = 0,            ///< 同意公开
    DiscloseWithChanges = 1, ///< 修改后公开
    Withhold = 2,            ///< 不予公开
};

/// Stable code: "disclose", "disclose_with_changes", "withhold".
QString opinionCode(ReviewOpinion opinion);
/// Parses a code, the English name or the Chinese words (同意公开 …).
bool opinionFromString(const QString& text, ReviewOpinion* opinion);
/// Translated display name.
QString opinionDisplayName(ReviewOpinion opinion);
/// The Chinese words of the paper form, e.g. 同意公开 (for the printed review form).
QString opinionChinese(ReviewOpinion opinion);

/// Where a review round stands.
enum class RoundState
{
    Open,     ///< waiting for the next step's signature; the item is frozen
    Approved, ///< every step signed
    SentBack, ///< a signer sent it back to the author (the item is 已退回)
    Withdrawn ///< the author recalled the submission, or the item was withdrawn
};

QString roundStateCode(RoundState state); ///< "open", "approved", "sent_back", "withdrawn"
bool roundStateFromString(const QString& text, RoundState* state);
QString roundStateDisplayName(RoundState state);

/// One electronic signature of one step of a round. Append-only: never changed once written.
struct Signature
{
    qint64 id = 0;
    qint64 roundId = 0;
    int stepIndex = 0; ///< 0-based position in the round's chain
    qint64 signerId = 0;
    QString signerLogin;
    QString signerName; ///< printed name as it was when signing
    Role role = Role::SectionChief;
    SignatureMeaning meaning = SignatureMeaning::Review;
    QString stepLabel; ///< e.g. 科室负责人初审
    ReviewOpinion opinion = ReviewOpinion::Disclose;
    QString comment;     ///< free text added to the opinion
    QDateTime signedAt;  ///< UTC
    QString contentHash; ///< ItemContent::hash of the item as signed

    bool operator==(const Signature&) const = default;
};

/// A signer sent the round back to the author (退回), with the reason.
struct SendBack
{
    qint64 id = 0;
    qint64 roundId = 0;
    int stepIndex = 0;
    qint64 userId = 0;
    QString login;
    QString name;
    QString reason;
    QDateTime sentAt; ///< UTC
};

/// One pass of an item through the chain. Resubmitting after a send-back starts a new round; earlier
/// rounds stay as they were.
struct ReviewRound
{
    qint64 id = 0;
    qint64 itemId = 0;
    int number = 1;    ///< 1, 2, … per item
    ReviewChain chain; ///< the enabled steps as configured when the round started
    RoundState state = RoundState::Open;
    int nextStep = 0;     ///< index of the step waiting for a signature (== steps when approved)
    QString contentHash;  ///< of the item when it was submitted
    QDateTime startedAt;  ///< UTC
    qint64 startedBy = 0; ///< user id, 0 for the command line or the system
    QString startedLogin;
    QString overrideReason; ///< why the author submitted despite high findings of the pre-screen; or empty
    QDateTime endedAt;           ///< UTC; invalid while open
    int rowVersion = 1;          ///< bumped by every signature (optimistic locking)
    QList<Signature> signatures; ///< in step order
    std::optional<SendBack> sendBack;

    /// The signature of a step, or nullptr.
    const Signature* signatureOf(int stepIndex) const;
    /// The final signature's opinion once approved (the conclusion of the review).
    std::optional<ReviewOpinion> conclusion() const;
};

/// A historical item's review on paper: who reviewed it and when, as text, with the hash of the content
/// it was recorded against.
struct PaperReview
{
    qint64 itemId = 0;
    QString reviewers; ///< names and dates as written, e.g. 李娜 2023-03-01；王强 2023-03-02
    QString contentHash;
    QDateTime recordedAt; ///< UTC
    QString recordedBy;   ///< login of whoever entered it
    // Who attested it (schema 7): a signer, re-authenticated. Empty for records made before attestation.
    qint64 attestedBy = 0;
    QString attesterName; ///< printed name, e.g. 赵敏
    QString attesterRole; ///< role code, e.g. section_chief
    QString formRef;      ///< the paper form's number or date
    QString importHash;   ///< SHA-256 of the import file it came in, for a historical import

    bool isAttested() const { return attestedBy != 0; }
    /// "李娜 2023-03-01（纸质审查单 2023-17，赵敏 attested）" as shown in details, forms and reports.
    QString describe() const;
};

/// What a signer attests when recording that items were reviewed on paper (ItemService::attestPaperReview,
/// and once for a historical import file).
struct PaperAttestation
{
    QString reviewers; ///< the paper reviewers' names and dates, as on the form (a file's rows may give their own)
    QString formRef;   ///< the paper form's number or date (required)
    // Filled in by the service from the re-authenticated attester:
    qint64 attesterId = 0;
    QString attesterName;
    QString attesterRole;
    QString importHash; ///< the import file's SHA-256, for a historical import
};

} // namespace gongkai
