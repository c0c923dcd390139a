#pragma once

#include "../domain/item.h"
#include "../screening/itemscreening.h"

#include <QCoreApplication>

#include <optional>

namespace gongkai {

class Database;
class Session;

/// The ledger writes of issue 2, checked against the session: authors create items and record
/// publications, submissions and paper reviews; only an item's author edits it, and not while it is
/// under review; its author, its department's section chief or a leader withdraws it. The rules of
/// ItemRepository apply underneath (先审查后公开, frozen items, a new round when approved content
/// changes), and the repository audits every write as the session's user.
class ItemService
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemService)

public:
    explicit ItemService(Database& db);

    /// Readers of the ledger only.
    std::optional<Item> item(const Session& session, qint64 id);
    /// Adds an item; an authorId of 0 means the session's user. Returns the id (filled in item too).
    qint64 create(const Session& session, Item& item);
    /// Saves the author's changes (optimistic: item.rowVersion as read). RuleError while under review.
    void update(const Session& session, Item& item);
    void withdraw(const Session& session, qint64 id, int expectedRowVersion);
    /// Records a publication: RuleError (audited) unless the review allows it (PublicationGate).
    void addPublication(const Session& session, qint64 itemId, const Publication& publication);
    void addSubmission(const Session& session, qint64 itemId, const Submission& submission);
    /// Marks a historical item as reviewed on paper (names and dates as text); once only.
    void recordPaperReview(const Session& session, qint64 itemId, const QString& reviewers);

    /// What the pre-screen found in the item as the last create() or update() saved it (title,
    /// summary, body and attachments). A save with findings is recorded in the audit trail with them;
    /// findings do not stop a save, only a submission (ReviewService).
    const ItemScreeningResult& screening() const { return m_screening; }

private:
    void recordScreening(const Item& item);

    Database& m_db;
    ItemScreeningResult m_screening;
};

} // namespace gongkai
