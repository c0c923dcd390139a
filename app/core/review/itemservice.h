#pragma once

#include "../domain/item.h"
#include "../domain/ledgerfilter.h"
#include "../domain/reviewround.h"
#include "../screening/itemscreening.h"
#include "itemrules.h"

#include <QCoreApplication>

#include <optional>

namespace gongkai {

class Database;
class Session;

/// The ledger's writes, checked against the session and ItemRules: authors create items as themselves
/// and change their own (never while under review; a change to approved content starts a new round);
/// publishers record publications, submissions and adoptions on any item, authors on their own, and only
/// once the review allows it; signers attest paper reviews with their password; the author, the
/// department's section chief or a leader withdraws. Every write is audited as the session's user,
/// every refusal too, and announced after commit (Database::changes()).
class ItemService
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemService)

public:
    explicit ItemService(Database& db);

    /// Readers of the ledger only (not the administrator or the auditor).
    std::optional<Item> item(const Session& session, qint64 id);
    /// A page of the ledger and the count of matches, for readers of the ledger (LedgerQuery).
    QList<LedgerRow> ledgerPage(const Session& session, const LedgerFilter& filter, const LedgerSort& sort,
                                qint64 offset, int limit);
    qint64 ledgerCount(const Session& session, const LedgerFilter& filter);
    /// What the session's user may do with the item now (the capabilities query); throws Error when it
    /// does not exist. The GUI and the CLI show exactly this.
    ItemCapabilities capabilities(const Session& session, qint64 itemId);
    /// The same for an item as read (its id must exist).
    ItemCapabilities capabilities(const Session& session, const Item& item);
    /// Whether the session's user may create items (authors).
    ItemAnswer canCreate(const Session& session);

    /// Adds an item as the session's user's (authorId 0 or their own id; another author is refused).
    /// A new item has no publications and no paper review. Returns the id (filled in item too).
    qint64 create(const Session& session, Item& item);
    /// Saves the author's changes (optimistic: item.rowVersion as read). RuleError while under review.
    /// A change to the content of an approved or published item starts a new review round with
    /// ReviewService::submit()'s checks; overrideReason is then the reason for high pre-screen findings.
    void update(const Session& session, Item& item, const QString& overrideReason = {});
    void withdraw(const Session& session, qint64 id, int expectedRowVersion);
    /// Undoes a withdrawal (see ItemRepository::reinstate); returns the new row version.
    int reinstate(const Session& session, qint64 id, ItemStatus status, int expectedRowVersion);
    /// Records a publication: RuleError (audited) unless ItemRules allow it. An invalid date means today.
    void addPublication(const Session& session, qint64 itemId, Publication publication);
    void addSubmission(const Session& session, qint64 itemId, Submission submission);
    /// Replaces the item's publications and submissions (corrections, adoptions): the recorder's part of
    /// the item dialog. New publications pass the same checks as addPublication().
    void setDistribution(const Session& session, qint64 itemId, const QList<Publication>& publications,
                         const QList<Submission>& submissions, int expectedRowVersion);
    /// A signer attests, with their password, that the item was reviewed on paper: the form's number or
    /// date and the paper reviewers are required. Audited with the attester's printed name.
    void attestPaperReview(const Session& session, qint64 itemId, const QString& password,
                           const PaperAttestation& attestation);

    /// What the pre-screen found in the item as the last create() or update() saved it (title,
    /// summary, body and attachments). A save with findings is recorded in the audit trail with them;
    /// findings do not stop a save, only a submission (ReviewService).
    const ItemScreeningResult& screening() const { return m_screening; }

    /// The review facts ItemRules need, read from the database.
    static ItemReviewFacts reviewFacts(Database& db, const Item& item);

#ifndef GONGKAI_STORAGE_READ_ONLY // for core's services and importers, inside their call
    /// Checks a paper attestation's texts and the attester (a signer, password verified, counted
    /// toward the lock-out) and fills in who attests; throws AuthError, PermissionError, ValidationError.
    static PaperAttestation checkedAttestation(Database& db, const Session& attester, const QString& password,
                                               PaperAttestation attestation);
#endif

private:
    void recordScreening(const Item& item);

    Database& m_db;
    ItemScreeningResult m_screening;
};

} // namespace gongkai
