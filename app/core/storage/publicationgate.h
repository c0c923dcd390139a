#pragma once

#include "../domain/item.h"

#include <QCoreApplication>
#include <QList>

namespace gongkai {

class Database;
struct ApprovalState;

/// 先审查后公开: nothing is published, or marked approved, before its confidentiality review.
///
/// A save that records new publications, or moves an item into 已审核 / 已发布, needs an approval that
/// covers the item's content as saved:
///  - its latest review round is approved (Electronic), its final opinion is not 不予公开, and each new
///    publication is dated on or after the approval day (local time); or
///  - it has no review round but a paper review record (a historical item, Paper), recorded now or before.
/// The approval must vouch for the content being saved (same ItemContent hash): a change to the
/// content of an approved item starts a new round (ItemRepository does that), so it cannot go out
/// again before that round is approved. Items already approved or published stay so.
class PublicationGate
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::PublicationGate)

public:
    explicit PublicationGate(Database& db);

    /// The problems of saving item (stored: as it is in the database, or nullptr for a new item).
    QList<FieldError> check(const Item& item, const Item* stored) const;

    /// Why an approval does not allow publishing content with this hash; empty when it does.
    static QString problem(const ApprovalState& approval, const QString& contentHash);

    /// The item as ItemRepository stores it (trimmed texts, the ground only for withheld items).
    static Item normalized(const Item& item);
    /// The publications of item that stored does not have (compared by channel, date and reference),
    /// as indexes into item.publications.
    static QList<int> newPublications(const Item& item, const Item* stored);

private:
    Database& m_db;
};

} // namespace gongkai
