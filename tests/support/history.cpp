#include "history.h"

#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/reviewrepository.h"
#include "storage/userrepository.h"

namespace gongkai::test {

qint64 addHistorical(Database& db, Item& item, const QString& reviewers, qint64 attesterId)
{
    TransactionGuard tx(db);
    ItemRepository items(db);
    Item draft = item;
    draft.publications.clear();
    draft.status = ItemStatus::Draft;
    const qint64 id = items.add(draft);
    PaperAttestation a;
    a.reviewers = reviewers;
    a.formRef = QStringLiteral("纸质审查单 %1").arg(id);
    if (attesterId) {
        const auto attester = UserRepository(db).byId(attesterId);
        a.attesterId = attesterId;
        a.attesterName = attester ? attester->name : QString();
        a.attesterRole = QStringLiteral("section_chief");
    }
    ReviewRepository(db).recordPaperReview(draft, a);
    Item full = *items.get(id);
    full.publications = item.publications;
    full.submissions = item.submissions;
    full.status = item.status == ItemStatus::Draft ? ItemStatus::Approved : item.status;
    items.update(full);
    tx.commit();
    item = full;
    return id;
}

} // namespace gongkai::test
