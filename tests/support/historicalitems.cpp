#include "historicalitems.h"

#include "domain/reviewround.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/reviewrepository.h"

namespace gongkai::test {

qint64 HistoricalItems::add(Database& db, Item& item, const QString& reviewers, qint64 attesterId,
                            const QString& attesterName, const QString& formRef)
{
    TransactionGuard tx(db);
    ItemRepository items(db);
    const QList<Publication> publications = item.publications;
    item.publications.clear();
    item.paperReview.clear();
    items.add(item);
    PaperAttestation a;
    a.reviewers = reviewers;
    a.formRef = formRef;
    a.attesterId = attesterId;
    a.attesterName = attesterName;
    if (attesterId != 0)
        a.attesterRole = QStringLiteral("section_chief");
    // Many rows: the item's own writes are audited, the paper review is not audited again on its own.
    ReviewRepository(db).recordPaperReview(item, a, false);
    if (!publications.isEmpty()) {
        item.publications = publications;
        items.update(item);
    } else {
        items.setReviewStatus(item.id, ItemStatus::Approved);
    }
    tx.commit();
    item = *items.get(item.id);
    return item.id;
}

} // namespace gongkai::test
