#pragma once

#include "../domain/auditrecord.h"
#include "../domain/item.h"

#include <QCoreApplication>

#include <optional>

namespace gongkai {

class Database;

/// Reads and writes ledger items with their publications and submissions. Items are never erased:
/// withdraw() keeps them in the ledger, marked withdrawn.
///
/// The storage of 先审查后公开 (PublicationGate: new publications, and the statuses 已审核 / 已发布, need an
/// approval that covers the content saved) and of the status that follows the review (审查中 while a round
/// is open, 已退回 after a send-back, 草稿 after a recall, 已发布 once it has publications). Who may write
/// what, the frozen item under review and the new round after a change to approved content are
/// ItemService's rules (ItemRules); the writers are for core's services only (storage/writeaccess.h).
/// Item::paperReview is read from the attested paper review and never written here.
/// Every write is appended to the audit trail as the Database's actor (Database::actor()).
class ItemRepository
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemRepository)

public:
    explicit ItemRepository(Database& db);

    std::optional<Item> get(qint64 id) const;
#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    /// Validates and inserts; fills item.id, timestamps and rowVersion. Throws ValidationError.
    qint64 add(Item& item);
    /// Saves changes when item.rowVersion still matches the stored one, else throws ConflictError.
    /// Publications and submissions are replaced by the item's lists.
    void update(Item& item);
    /// Marks the item withdrawn (撤回); throws ConflictError on a stale row version.
    void withdraw(qint64 id, int expectedRowVersion);
    /// Takes a withdrawn item back to the status it had before (undoing a withdrawal) and gives the
    /// new row version. Throws ConflictError on a stale row version, Error when it is not withdrawn.
    /// An item withdrawn while under review comes back as a draft (its round ended with the withdrawal);
    /// 已审核 / 已发布 need an approval that still matches the content (ValidationError).
    int reinstate(qint64 id, ItemStatus status, int expectedRowVersion);
    /// Appends one publication (validated like a full save).
    void addPublication(qint64 itemId, const Publication& publication);
    /// Appends one submission (validated like a full save).
    void addSubmission(qint64 itemId, const Submission& submission);

    /// Sets the status the review chain moved the item to (审查中, 已审核, 已退回, 草稿) and gives the new
    /// row version; audited. For ReviewService, which has checked the review's rules.
    int setReviewStatus(qint64 id, ItemStatus status);
#endif

    /// Every rule, with the ones that need the database (references exist, channel kinds, 先审查后公开).
    QList<FieldError> validate(const Item& item) const;

    qint64 count() const;

private:
    void writeChildren(const Item& item);
    /// Stores new attachments and marks dropped ones removed (and restored ones attached again).
    void writeAttachments(const QList<Attachment>& before, Item& item);
    QList<FieldError> validateAttachments(const Item& item) const;
    void checkOrThrow(const Item& item) const;
    /// The status a save stores, given the review state (see the class comment).
    ItemStatus statusAfterSave(const Item& item, bool roundOpen) const;
    /// update() with the audit event to record (a change, an added publication or submission).
    void save(Item& item, AuditEvent event);

    Database& m_db;
};

} // namespace gongkai
