#include "itemservice.h"

#include "../storage/auditlog.h"
#include "../storage/itemrepository.h"
#include "../storage/publicationgate.h"
#include "../storage/reviewrepository.h"
#include "servicecall.h"

#include <QJsonArray>
#include <QJsonObject>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}
} // namespace

ItemService::ItemService(Database& db) : m_db(db) {}

std::optional<Item> ItemService::item(const Session& session, qint64 id)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, L("item"), id);
    return ItemRepository(m_db).get(id);
}

qint64 ItemService::create(const Session& session, Item& item)
{
    ServiceCall call(m_db, session, AuditEvent::ItemCreated);
    call.require(Permission::WriteLedger, L("item"));
    if (item.authorId == 0)
        item.authorId = call.user().id;
    TransactionGuard tx(m_db);
    const qint64 id = ItemRepository(m_db).add(item);
    recordScreening(item);
    tx.commit();
    return id;
}

void ItemService::recordScreening(const Item& item)
{
    m_screening = ItemScreening::forOffice(m_db).screen(item);
    if (m_screening.totalCount() == 0)
        return;
    constexpr int kListed = 20;
    const QList<ItemFinding> all = m_screening.all();
    QJsonArray listed;
    for (const ItemFinding& f : all) {
        if (listed.size() == kListed)
            break;
        // Codes, not translated words: the trail reads the same in every language.
        static const char* const places[] = {"title", "summary", "body", "attachment"};
        QJsonObject o{{L("place"), L(places[int(f.field)])},
                      {L("line"), QString::number(f.finding.line)},
                      {L("kind"), Finding::kindKey(f.finding.kind)},
                      {L("severity"), SeverityNames::key(f.finding.severity)},
                      {L("text"), f.finding.text}};
        if (f.field == ItemTextField::Attachment)
            o.insert(L("file"), f.attachment);
        listed.append(o);
    }
    AuditLog(m_db).append({AuditEvent::ItemScreened, true, L("item"), item.id, {},
                           QJsonObject{{L("high"), QString::number(m_screening.highCount())},
                                       {L("total"), QString::number(m_screening.totalCount())},
                                       {L("findings"), listed}}});
}

void ItemService::update(const Session& session, Item& item)
{
    using Rule = RuleError::Rule;
    ServiceCall call(m_db, session, AuditEvent::ItemChanged);
    call.require(Permission::WriteLedger, L("item"), item.id);
    call.run(L("item"), item.id, [&] {
        ItemRepository items(m_db);
        const std::optional<Item> stored = items.get(item.id);
        if (!stored)
            throw Error(tr("Item %1 does not exist.").arg(item.id));
        if (stored->authorId != call.user().id)
            throw RuleError(Rule::NotAuthor, tr("Only the author of item %1 can change it.").arg(item.id));
        if (stored->status == ItemStatus::Withdrawn)
            throw RuleError(Rule::ItemWithdrawn,
                            tr("Item %1 is withdrawn; it cannot be changed.").arg(item.id));
        if (ReviewRepository(m_db).hasOpenRound(item.id))
            throw RuleError(Rule::AlreadyUnderReview,
                            tr("Item %1 is under review and frozen; recall the submission "
                               "to change it.")
                                .arg(item.id));
        TransactionGuard tx(m_db);
        items.update(item);
        recordScreening(item);
        tx.commit();
    });
}

void ItemService::withdraw(const Session& session, qint64 id, int expectedRowVersion)
{
    ServiceCall call(m_db, session, AuditEvent::ItemWithdrawn);
    const std::optional<Item> stored = ItemRepository(m_db).get(id);
    if (!stored)
        throw Error(tr("Item %1 does not exist.").arg(id));
    if (!Permissions::canWithdraw(call.user(), *stored)) {
        const QString why =
            tr("Only the author of item %1, the section chief of its department or a leader can "
               "withdraw it.")
                .arg(id);
        call.recordFailure(AuditEvent::PermissionDenied, L("item"), id, why, QString());
        throw PermissionError(why);
    }
    call.run(L("item"), id, [&] { ItemRepository(m_db).withdraw(id, expectedRowVersion); });
}

void ItemService::addPublication(const Session& session, qint64 itemId, const Publication& publication)
{
    ServiceCall call(m_db, session, AuditEvent::PublicationAdded);
    call.require(Permission::WriteLedger, L("item"), itemId);
    call.run(L("item"), itemId, [&] {
        ItemRepository items(m_db);
        const std::optional<Item> stored = items.get(itemId);
        if (!stored)
            throw Error(tr("Item %1 does not exist.").arg(itemId));
        Item next = *stored;
        next.publications.append(publication);
        for (const FieldError& e : PublicationGate(m_db).check(next, &*stored)) {
            if (e.field.startsWith(QLatin1String("publications[")) || e.field == QLatin1String("status"))
                throw RuleError(RuleError::Rule::NotReviewed, e.message);
        }
        items.addPublication(itemId, publication);
    });
}

void ItemService::addSubmission(const Session& session, qint64 itemId, const Submission& submission)
{
    ServiceCall call(m_db, session, AuditEvent::SubmissionAdded);
    call.require(Permission::WriteLedger, L("item"), itemId);
    ItemRepository(m_db).addSubmission(itemId, submission);
}

void ItemService::recordPaperReview(const Session& session, qint64 itemId, const QString& reviewers)
{
    ServiceCall call(m_db, session, AuditEvent::PaperReviewRecorded);
    call.require(Permission::WriteLedger, L("item"), itemId);
    ItemRepository items(m_db);
    std::optional<Item> item = items.get(itemId);
    if (!item)
        throw Error(tr("Item %1 does not exist.").arg(itemId));
    if (!item->paperReview.isEmpty())
        throw ValidationError(
            {{L("paperReview"), tr("Item %1 has its paper review recorded already.").arg(itemId)}});
    if (reviewers.trimmed().isEmpty())
        throw ValidationError({{L("paperReview"), tr("Name the paper reviewers and the dates.")}});
    item->paperReview = reviewers;
    items.update(*item);
}

} // namespace gongkai
