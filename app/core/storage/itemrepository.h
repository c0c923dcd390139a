#pragma once

#include "../domain/item.h"

#include <QCoreApplication>

#include <optional>

namespace gongkai {

class Database;

/// Reads and writes ledger items with their publications and submissions. Items are never erased:
/// withdraw() keeps them in the ledger, marked withdrawn.
class ItemRepository
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemRepository)

public:
    explicit ItemRepository(Database& db);

    std::optional<Item> get(qint64 id) const;
    /// Validates and inserts; fills item.id, timestamps and rowVersion. Throws ValidationError.
    qint64 add(Item& item);
    /// Saves changes when item.rowVersion still matches the stored one, else throws ConflictError.
    /// Publications and submissions are replaced by the item's lists.
    void update(Item& item);
    /// Marks the item withdrawn (撤回); throws ConflictError on a stale row version.
    void withdraw(qint64 id, int expectedRowVersion);
    /// Takes a withdrawn item back to the status it had before (undoing a withdrawal) and gives the
    /// new row version. Throws ConflictError on a stale row version, Error when it is not withdrawn.
    int reinstate(qint64 id, ItemStatus status, int expectedRowVersion);
    /// Appends one publication (validated like a full save).
    void addPublication(qint64 itemId, const Publication& publication);
    /// Appends one submission (validated like a full save).
    void addSubmission(qint64 itemId, const Submission& submission);

    /// Every rule, with the ones that need the database (references exist, channel kinds).
    QList<FieldError> validate(const Item& item) const;

    qint64 count() const;

private:
    void writeChildren(const Item& item);
    void checkOrThrow(const Item& item) const;
    static ItemStatus statusAfterSave(const Item& item);

    Database& m_db;
};

} // namespace gongkai
