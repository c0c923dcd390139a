#include "itemservice.h"

#include "../domain/itemcontent.h"
#include "../domain/reviewchain.h"
#include "../storage/auditlog.h"
#include "../storage/database.h"
#include "../storage/itemrepository.h"
#include "../storage/ledgerquery.h"
#include "../storage/publicationgate.h"
#include "../storage/reviewrepository.h"
#include "authservice.h"
#include "reviewservice.h"
#include "servicecall.h"
#include "session.h"

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

QList<LedgerRow> ItemService::ledgerPage(const Session& session, const LedgerFilter& filter, const LedgerSort& sort,
                                        qint64 offset, int limit)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, L("ledger"));
    return LedgerQuery(m_db).fetch(filter, sort, offset, limit);
}

qint64 ItemService::ledgerCount(const Session& session, const LedgerFilter& filter)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, L("ledger"));
    return LedgerQuery(m_db).count(filter);
}

ItemReviewFacts ItemService::reviewFacts(Database& db, const Item& item)
{
    ReviewRepository reviews(db);
    ItemReviewFacts facts;
    facts.roundOpen = reviews.hasOpenRound(item.id);
    facts.approval = reviews.approvalOf(item.id);
    facts.contentHash = ItemContent::hash(item);
    return facts;
}

ItemCapabilities ItemService::capabilities(const Session& session, qint64 itemId)
{
    const std::optional<Item> stored = ItemRepository(m_db).get(itemId);
    if (!stored)
        throw Error(tr("Item %1 does not exist.").arg(itemId));
    return capabilities(session, *stored);
}

ItemCapabilities ItemService::capabilities(const Session& session, const Item& item)
{
    // Read-only: no audit record, but the session is checked like any call (roles read afresh).
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    return ItemRules::capabilities(call.user(), item, reviewFacts(m_db, item));
}

ItemAnswer ItemService::canCreate(const Session& session)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    return ItemRules::create(call.user(), 0);
}

qint64 ItemService::create(const Session& session, Item& item)
{
    ServiceCall call(m_db, session, AuditEvent::ItemCreated);
    call.require(Permission::WriteLedger, L("item"));
    return call.run(L("item"), 0, [&] {
        ItemRules::create(call.user(), item.authorId).require();
        item.authorId = call.user().id;
        item.paperReview.clear(); // attested separately (attestPaperReview), never declared with the item
        TransactionGuard tx(m_db);
        const qint64 id = ItemRepository(m_db).add(item);
        recordScreening(item);
        tx.commit();
        return id;
    });
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

void ItemService::update(const Session& session, Item& item, const QString& overrideReason)
{
    ServiceCall call(m_db, session, AuditEvent::ItemChanged);
    call.require(Permission::WriteLedger, L("item"), item.id);
    call.run(L("item"), item.id, [&] {
        TransactionGuard tx(m_db, TransactionMode::Immediate);
        ItemRepository items(m_db);
        const std::optional<Item> stored = items.get(item.id);
        if (!stored)
            throw Error(tr("Item %1 does not exist.").arg(item.id));
        const ItemCapabilities can = ItemRules::capabilities(call.user(), *stored, reviewFacts(m_db, *stored));
        can.edit.require();
        // The status follows the review and the publications; the author cannot set it.
        item.status = stored->status;
        item.authorId = stored->authorId;
        const bool contentChanged =
            ItemContent::hash(PublicationGate::normalized(item)) != ItemContent::hash(PublicationGate::normalized(*stored));
        items.update(item);
        if (can.editStartsNewRound && contentChanged) {
            // A change to what was approved needs a new review, with everything submit() checks.
            const std::optional<Item> saved = items.get(item.id);
            ReviewService(m_db).startRoundChecked(*saved, overrideReason);
            const std::optional<Item> now = items.get(item.id);
            item.status = now->status;
            item.rowVersion = now->rowVersion;
        }
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
    call.run(L("item"), id, [&] {
        ItemRules::capabilities(call.user(), *stored, reviewFacts(m_db, *stored)).withdraw.require();
        ItemRepository(m_db).withdraw(id, expectedRowVersion);
    });
}

int ItemService::reinstate(const Session& session, qint64 id, ItemStatus status, int expectedRowVersion)
{
    ServiceCall call(m_db, session, AuditEvent::ItemReinstated);
    const std::optional<Item> stored = ItemRepository(m_db).get(id);
    if (!stored)
        throw Error(tr("Item %1 does not exist.").arg(id));
    return call.run(L("item"), id, [&] {
        ItemRules::capabilities(call.user(), *stored, reviewFacts(m_db, *stored)).reinstate.require();
        return ItemRepository(m_db).reinstate(id, status, expectedRowVersion);
    });
}

namespace {
/// The publication gate's problems with new publications, as the rule they break.
void requireGate(Database& db, const Item& next, const Item& stored)
{
    for (const FieldError& e : PublicationGate(db).check(next, &stored)) {
        if (e.field.startsWith(QLatin1String("publications[")) || e.field == QLatin1String("status"))
            throw RuleError(RuleError::Rule::NotReviewed, e.message);
    }
}
} // namespace

void ItemService::addPublication(const Session& session, qint64 itemId, Publication publication)
{
    ServiceCall call(m_db, session, AuditEvent::PublicationAdded);
    call.require(Permission::RecordPublications, L("item"), itemId);
    call.run(L("item"), itemId, [&] {
        TransactionGuard tx(m_db, TransactionMode::Immediate);
        ItemRepository items(m_db);
        const std::optional<Item> stored = items.get(itemId);
        if (!stored)
            throw Error(tr("Item %1 does not exist.").arg(itemId));
        ItemRules::capabilities(call.user(), *stored, reviewFacts(m_db, *stored)).publish.require();
        if (!publication.date.isValid())
            publication.date = m_db.nowUtc().toLocalTime().date();
        Item next = *stored;
        next.publications.append(publication);
        requireGate(m_db, next, *stored);
        items.addPublication(itemId, publication);
        tx.commit();
    });
}

void ItemService::addSubmission(const Session& session, qint64 itemId, Submission submission)
{
    ServiceCall call(m_db, session, AuditEvent::SubmissionAdded);
    call.require(Permission::RecordPublications, L("item"), itemId);
    call.run(L("item"), itemId, [&] {
        TransactionGuard tx(m_db, TransactionMode::Immediate);
        ItemRepository items(m_db);
        const std::optional<Item> stored = items.get(itemId);
        if (!stored)
            throw Error(tr("Item %1 does not exist.").arg(itemId));
        ItemRules::capabilities(call.user(), *stored, reviewFacts(m_db, *stored)).recordSubmission.require();
        if (!submission.date.isValid())
            submission.date = m_db.nowUtc().toLocalTime().date();
        items.addSubmission(itemId, submission);
        tx.commit();
    });
}

void ItemService::setDistribution(const Session& session, qint64 itemId, const QList<Publication>& publications,
                                  const QList<Submission>& submissions, int expectedRowVersion)
{
    ServiceCall call(m_db, session, AuditEvent::ItemChanged);
    call.require(Permission::RecordPublications, L("item"), itemId);
    call.run(L("item"), itemId, [&] {
        TransactionGuard tx(m_db, TransactionMode::Immediate);
        ItemRepository items(m_db);
        const std::optional<Item> stored = items.get(itemId);
        if (!stored)
            throw Error(tr("Item %1 does not exist.").arg(itemId));
        const ItemCapabilities can = ItemRules::capabilities(call.user(), *stored, reviewFacts(m_db, *stored));
        can.recordSubmission.require();
        Item next = *stored;
        next.publications = publications;
        next.submissions = submissions;
        next.rowVersion = expectedRowVersion;
        if (!PublicationGate::newPublications(next, &*stored).isEmpty()) {
            can.publish.require();
            requireGate(m_db, next, *stored);
        }
        items.update(next);
        tx.commit();
    });
}

PaperAttestation ItemService::checkedAttestation(Database& db, const Session& attester, const QString& password,
                                                 PaperAttestation attestation)
{
    ServiceCall call(db, attester, AuditEvent::PaperReviewRecorded);
    call.require(Permission::AttestPaperReview, L("item"));
    QList<FieldError> errors;
    if (attestation.formRef.trimmed().isEmpty())
        errors.append({L("formRef"), tr("Name the paper review form: its number or date.")});
    if (attestation.reviewers.trimmed().isEmpty())
        errors.append({L("reviewers"), tr("Name the paper reviewers and the dates they signed.")});
    if (!errors.isEmpty()) {
        // An attestation that does not say what it attests is refused, and recorded as a refused attempt.
        call.recordFailure(AuditEvent::PaperReviewRecorded, L("item"), 0, errors.constFirst().message,
                           QStringLiteral("incomplete_attestation"));
        throw ValidationError(errors);
    }
    if (!AuthService(db).verifyPassword(attester, password))
        throw AuthError(AuthError::Reason::WrongCredentials,
                        tr("The password is wrong; nothing was attested."));
    attestation.attesterId = call.user().id;
    attestation.attesterName = call.user().name;
    // The highest signing role the attester holds is the capacity they attest in.
    for (Role r : {Role::PrincipalLeader, Role::LeaderInCharge, Role::SectionChief}) {
        if (call.user().hasRole(r)) {
            attestation.attesterRole = roleCode(r);
            break;
        }
    }
    attestation.formRef = attestation.formRef.trimmed();
    attestation.reviewers = attestation.reviewers.trimmed();
    return attestation;
}

void ItemService::attestPaperReview(const Session& session, qint64 itemId, const QString& password,
                                    const PaperAttestation& attestation)
{
    const std::optional<Item> first = ItemRepository(m_db).get(itemId);
    if (!first)
        throw Error(tr("Item %1 does not exist.").arg(itemId));
    {
        // Refuse before asking for the password when the item does not allow it.
        ServiceCall call(m_db, session, AuditEvent::PaperReviewRecorded);
        call.run(L("item"), itemId, [&] {
            ItemRules::capabilities(call.user(), *first, reviewFacts(m_db, *first)).attestPaperReview.require();
        });
    }
    const PaperAttestation checked = checkedAttestation(m_db, session, password, attestation);
    ServiceCall call(m_db, session, AuditEvent::PaperReviewRecorded);
    call.run(L("item"), itemId, [&] {
        TransactionGuard tx(m_db, TransactionMode::Immediate);
        ItemRepository items(m_db);
        const std::optional<Item> stored = items.get(itemId);
        ItemRules::capabilities(call.user(), *stored, reviewFacts(m_db, *stored)).attestPaperReview.require();
        ReviewRepository(m_db).recordPaperReview(*stored, checked);
        if (stored->status == ItemStatus::Draft || stored->status == ItemStatus::Rejected)
            items.setReviewStatus(itemId, ItemStatus::Approved);
        tx.commit();
    });
}

} // namespace gongkai
