#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gongkai {

class Database;

/// One broken record found by AuditVerifier.
struct VerifyProblem
{
    enum class Kind
    {
        RecordChanged,    ///< an audit record's hash does not match its contents
        ChainBroken,      ///< a record does not link to the one before it (inserted, replaced or reordered)
        RecordsMissing,   ///< a gap in the sequence, or the trail ends before its head (deleted records)
        RecordsAdded,     ///< records after the head (added behind the program's back)
        SignatureChanged, ///< a signature differs from its audit record
        SignatureMissing, ///< a signature recorded in the trail is gone
        SignatureForged,  ///< a signature without its audit record
        ContentChanged,   ///< signed content changed without a new round
        Unreviewed,       ///< an item marked approved or published without a review that allows it
    };
    Kind kind = Kind::RecordChanged;
    QString objectType;  ///< "audit", "signature" or "item"
    qint64 objectId = 0; ///< the audit seq, signature id or item id
    QString message;     ///< translated, names the record
};

/// What verify() found.
struct VerifyReport
{
    qint64 auditRecords = 0;
    qint64 signatures = 0;
    qint64 itemsChecked = 0;
    QString
        headHash; ///< the last record's hash: write it down (e.g. on the monthly summary) to anchor the trail
    QList<VerifyProblem> problems; ///< in the order found (audit trail, signatures, items); capped at 1000
    bool ok() const { return problems.isEmpty(); }
    /// The first broken record, or nullptr.
    const VerifyProblem* first() const { return problems.isEmpty() ? nullptr : &problems.first(); }
};

/// Checks that nothing was changed behind the program's back (`gongkai-cli verify`).
///
/// 1. The audit trail: records numbered 1, 2, 3 … without gaps; each record's prev_hash is the hash of
///    the record before it (64 zeros for the first); each hash is recomputed from the record
///    (AuditLog::computeHash); the last record is the one audit_head names. A changed record fails its
///    hash, a deleted one leaves a gap or a short trail, an inserted or replaced one breaks the link.
/// 2. Signatures: every signature row equals the review_signed record written with it (same id, item,
///    round, step, signer, role, meaning, opinion, comment, time and content hash); every such record
///    still has its row.
/// 3. Signed content: for every item marked 已审核 or 已发布, the approval that allows it — its latest
///    round when it has rounds (that round must be approved), else its paper review — vouches for the
///    item's current content hash (ItemContent). An item changed through the program got a new round,
///    so a mismatch means the content was changed behind the program's back. For an item under review,
///    every signature of its open round must match the current content (the item is frozen).
///    Items in other states are not vouched for by any signature and are not checked.
///
/// Limits: a hash chain without a secret detects change, not a forger who recomputes every later hash
/// and the head; the head hash in the report, written down outside the database now and then, closes
/// that gap.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::AuditVerifier)

public:
    static VerifyReport verify(Database& db);

private:
    static void checkChain(Database& db, VerifyReport& report);
    static void checkSignatures(Database& db, VerifyReport& report);
    static void checkItems(Database& db, VerifyReport& report);
    /// Each attached file's bytes against the hash the content hash covers.
    static void checkAttachments(Database& db, VerifyReport& report);
};

} // namespace gongkai
