#include "publicationgate.h"

#include "../domain/itemcontent.h"
#include "database.h"
#include "reviewrepository.h"

namespace gongkai {

PublicationGate::PublicationGate(Database& db) : m_db(db) {}

Item PublicationGate::normalized(const Item& item)
{
    Item n = item;
    n.title = item.title.trimmed();
    n.docNumber = item.docNumber.trimmed();
    n.withheldGround =
        item.attribute == DisclosureAttribute::Withheld ? item.withheldGround.trimmed() : QString();
    for (Publication& p : n.publications)
        p.reference = p.reference.trimmed();
    return n;
}

QList<int> PublicationGate::newPublications(const Item& item, const Item* stored)
{
    QList<Publication> old = stored ? stored->publications : QList<Publication>();
    QList<int> fresh;
    for (int i = 0; i < item.publications.size(); ++i) {
        const Publication& p = item.publications.at(i);
        const auto same = std::find_if(old.begin(), old.end(), [&p](const Publication& o) {
            return o.channelId == p.channelId && o.date == p.date &&
                   o.reference.trimmed() == p.reference.trimmed();
        });
        if (same != old.end())
            old.erase(same);
        else
            fresh << i;
    }
    return fresh;
}

QString PublicationGate::problem(const ApprovalState& approval, const QString& contentHash)
{
    using Kind = ApprovalState::Kind;
    switch (approval.kind) {
    case Kind::None:
        return tr(
            "the item has not passed its confidentiality review, and nothing is published before it: submit "
            "it for review, or, for a historical item reviewed on paper, record its paper review.");
    case Kind::Pending:
        return tr("the item is under review; it can be published once the last step has signed.");
    case Kind::SentBack:
        return tr("the item was sent back by its reviewers; revise it and submit it again.");
    case Kind::Recalled:
        return tr("the item's submission for review was recalled; submit it again.");
    case Kind::Electronic:
    case Kind::Paper:
        break;
    }
    if (approval.contentHash != contentHash)
        return tr("the item was changed after its review; it needs a new review before it is published.");
    if (approval.conclusion == ReviewOpinion::Withhold)
        return tr("its review concluded that it be withheld; it cannot be published.");
    return {};
}

QList<FieldError> PublicationGate::check(const Item& item, const Item* stored) const
{
    const Item n = normalized(item);
    const QString hash = ItemContent::hash(n);
    const QList<int> fresh = newPublications(n, stored);
    const bool approvedStatus = [&] {
        if (n.status == ItemStatus::Withdrawn)
            return false;
        return !n.publications.isEmpty() || n.status == ItemStatus::Approved ||
               n.status == ItemStatus::Published;
    }();
    const bool wasApproved =
        stored && (stored->status == ItemStatus::Approved || stored->status == ItemStatus::Published);
    const bool contentChanged = stored && ItemContent::hash(normalized(*stored)) != hash;
    // Becoming 已发布 is publishing, even from 已审核 (a review that concluded 不予公开 forbids it).
    const bool becomesPublished =
        n.status == ItemStatus::Published && (!stored || stored->status != ItemStatus::Published);
    if (fresh.isEmpty() && (!approvedStatus || (wasApproved && !contentChanged && !becomesPublished)))
        return {};

    // The approval as it will stand after the save.
    ApprovalState approval;
    if (stored) {
        ReviewRepository reviews(m_db);
        approval = reviews.approvalOf(stored->id);
        if (approval.kind != ApprovalState::Kind::Pending && wasApproved && contentChanged)
            approval.kind = ApprovalState::Kind::Pending; // the save opens a new round
    }
    if (wasApproved && contentChanged && fresh.isEmpty())
        return {}; // it goes back under review; nothing new is published

    QList<FieldError> errors;
    // 已审核 records that the review ended, whatever it concluded; going out (a new publication, 已发布) needs
    // a review that allows it, and the disclosure attribute binds: a withheld item never goes out.
    const bool goesOut = !fresh.isEmpty() || becomesPublished;
    QString why = problem(approval, hash);
    if (!goesOut && approval.isApproved() && approval.contentHash == hash)
        why.clear();
    if (goesOut && why.isEmpty() && n.attribute == DisclosureAttribute::Withheld)
        why = tr("the item is marked 不予公开 (withheld); it is never published.");
    if (!why.isEmpty()) {
        for (int i : fresh)
            errors.append(
                {QStringLiteral("publications[%1]").arg(i), tr("Publication %1: %2").arg(i + 1).arg(why)});
        if (fresh.isEmpty())
            errors.append({QStringLiteral("status"),
                           tr("The item cannot be marked %1: %2").arg(statusDisplayName(n.status), why)});
        return errors;
    }
    const QDate today = m_db.nowUtc().toLocalTime().date();
    for (int i : fresh) {
        if (n.publications.at(i).date.isValid() && n.publications.at(i).date > today)
            errors.append({QStringLiteral("publications[%1]").arg(i),
                           tr("Publication %1: dated %2, in the future; record a publication once it is out.")
                               .arg(i + 1)
                               .arg(n.publications.at(i).date.toString(Qt::ISODate))});
    }
    if (approval.kind == ApprovalState::Kind::Electronic) {
        const QDate approvedOn = approval.approvedAt.toLocalTime().date();
        for (int i : fresh) {
            if (n.publications.at(i).date.isValid() && n.publications.at(i).date < approvedOn)
                errors.append({QStringLiteral("publications[%1]").arg(i),
                               tr("Publication %1: dated before the item's approval on %2.")
                                   .arg(i + 1)
                                   .arg(approvedOn.toString(Qt::ISODate))});
        }
    }
    return errors;
}

} // namespace gongkai
