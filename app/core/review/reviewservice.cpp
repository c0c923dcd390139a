#include "reviewservice.h"

#include "../domain/itemcontent.h"
#include "../screening/itemscreening.h"
#include "../storage/auditlog.h"
#include "../storage/database.h"
#include "../storage/departmentrepository.h"
#include "../storage/itemrepository.h"
#include "../storage/userrepository.h"
#include "authservice.h"
#include "reviewrules.h"
#include "itemrules.h"
#include "itemservice.h"
#include "servicecall.h"
#include "session.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

QString localTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
} // namespace

const ReviewRound* ReviewStatus::openRound() const
{
    for (const ReviewRound& r : rounds) {
        if (r.state == RoundState::Open)
            return &r;
    }
    return nullptr;
}

struct ReviewService::Decision
{
    Item item;
    ReviewRound round;
    int step = 0;
};

ReviewService::ReviewService(Database& db) : m_db(db) {}

ReviewStatus ReviewService::load(Database& db, qint64 itemId)
{
    const std::optional<Item> item = ItemRepository(db).get(itemId);
    if (!item)
        throw Error(tr("Item %1 does not exist.").arg(itemId));
    ReviewRepository reviews(db);
    ReviewStatus status;
    status.item = *item;
    status.contentHash = ItemContent::hash(*item);
    status.rounds = reviews.rounds(itemId);
    status.paperReview = reviews.paperReview(itemId);
    status.approval = reviews.approvalOf(itemId);
    return status;
}

ReviewStatus ReviewService::status(const Session& session, qint64 itemId)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, L("item"), itemId);
    return load(m_db, itemId);
}

ReviewFormData ReviewService::reviewForm(const Session& session, qint64 itemId)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, L("item"), itemId);
    return ReviewFormData::build(m_db, itemId);
}

MonthlySummaryData ReviewService::monthlySummary(const Session& session, const QDate& month)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, L("ledger"));
    return MonthlySummaryData::build(m_db, month);
}

ReviewRound ReviewService::submit(const Session& session, qint64 itemId, const QString& overrideReason)
{
    ServiceCall call(m_db, session, AuditEvent::ReviewSubmitted);
    call.require(Permission::WriteLedger, L("item"), itemId);
    return call.run(L("item"), itemId, [&] {
        TransactionGuard tx(m_db, TransactionMode::Immediate);
        ItemRepository items(m_db);
        ReviewRepository reviews(m_db);
        const std::optional<Item> item = items.get(itemId);
        if (!item)
            throw Error(tr("Item %1 does not exist.").arg(itemId));
        ItemRules::capabilities(call.user(), *item, ItemService::reviewFacts(m_db, *item)).submit.require();
        const ReviewRound round = startRoundChecked(*item, overrideReason);
        tx.commit();
        return round;
    });
}

ReviewRound ReviewService::startRoundChecked(const Item& item, const QString& overrideReason)
{
    using Rule = RuleError::Rule;
    ReviewRepository reviews(m_db);
    const QList<FieldError> errors = item.validate(m_db.nowUtc().toLocalTime().date());
    if (!errors.isEmpty())
        throw ValidationError(errors);
    const ReviewChain chain = reviews.configuredChain().active();
    const QList<int> nobody =
        ReviewRules::unsignableSteps(chain, item, UserRepository(m_db).list(false));
    if (!nobody.isEmpty())
        throw RuleError(
            Rule::NoEligibleSigner,
            tr("Nobody but the author could sign %1 of item %2: ask the administrator to give "
               "another person that role.")
                .arg(ReviewRules::stepName(chain, nobody.first()))
                .arg(item.id));
    const QString reason = overrideReason.trimmed();
    const ItemScreeningResult screening = ItemScreening::forOffice(m_db).screen(item);
    if (screening.hasHigh() && reason.isEmpty()) {
        const QList<ItemFinding> high = screening.high();
        QStringList lines;
        for (qsizetype i = 0; i < qMin<qsizetype>(3, high.size()); ++i)
            lines << ItemScreening::describe(high.at(i));
        if (screening.highCount() > lines.size())
            lines << tr("… and %n more", nullptr, int(screening.highCount() - lines.size()));
        throw RuleError(Rule::HighFindings,
                        tr("The pre-screen found %n high finding(s) in item %1; correct them, or give "
                           "a reason to submit it as it stands:\n%2",
                           nullptr, int(screening.highCount()))
                            .arg(item.id)
                            .arg(lines.join(QLatin1Char('\n'))));
    }
    ItemRepository(m_db).setReviewStatus(item.id, ItemStatus::UnderReview);
    return reviews.startRound(item, chain, screening.hasHigh() ? reason : QString());
}

void ReviewService::recall(const Session& session, qint64 itemId)
{
    using Rule = RuleError::Rule;
    ServiceCall call(m_db, session, AuditEvent::ReviewRecalled);
    call.require(Permission::WriteLedger, L("item"), itemId);
    call.run(L("item"), itemId, [&] {
        TransactionGuard tx(m_db, TransactionMode::Immediate);
        ItemRepository items(m_db);
        ReviewRepository reviews(m_db);
        const std::optional<Item> item = items.get(itemId);
        if (!item)
            throw Error(tr("Item %1 does not exist.").arg(itemId));
        if (item->authorId != call.user().id)
            throw RuleError(Rule::NotAuthor,
                            tr("Only the author of item %1 can recall its submission.").arg(itemId));
        const std::optional<ReviewRound> round = reviews.openRound(itemId);
        if (!round)
            throw RuleError(Rule::NotUnderReview, tr("Item %1 is not under review.").arg(itemId));
        reviews.close(round->id, RoundState::Withdrawn);
        items.setReviewStatus(itemId, ItemStatus::Draft);
        AuditLog(m_db).append({AuditEvent::ReviewRecalled,
                               true,
                               L("item"),
                               itemId,
                               {},
                               QJsonObject{{L("round"), round->number}}});
        tx.commit();
    });
}

void ReviewService::conflict(qint64 roundId, const ReviewRound& round, int step)
{
    ReviewRepository reviews(m_db);
    const QString stepName = ReviewRules::stepName(round.chain, step);
    if (const std::optional<Signature> s = reviews.signatureAt(roundId, step))
        throw ConflictError(tr("%1 of item %2 was already signed by %3 at %4.")
                                .arg(stepName)
                                .arg(round.itemId)
                                .arg(s->signerName, localTime(s->signedAt)));
    const std::optional<ReviewRound> now = reviews.latestRound(round.itemId);
    if (now && now->sendBack)
        throw ConflictError(tr("Item %1 was already sent back by %2 at %3.")
                                .arg(round.itemId)
                                .arg(now->sendBack->name, localTime(now->sendBack->sentAt)));
    throw ConflictError(tr("The review of item %1 was changed by someone else meanwhile; look at it again.")
                            .arg(round.itemId));
}

ReviewService::Decision ReviewService::decide(const ServiceCall& call, qint64 itemId, SeenRound expected)
{
    using Rule = RuleError::Rule;
    const std::optional<Item> item = ItemRepository(m_db).get(itemId);
    if (!item)
        throw Error(tr("Item %1 does not exist.").arg(itemId));
    if (item->status == ItemStatus::Withdrawn)
        throw RuleError(Rule::ItemWithdrawn, tr("Item %1 is withdrawn; it cannot be signed.").arg(itemId));
    const std::optional<ReviewRound> latest = ReviewRepository(m_db).latestRound(itemId);
    if (!latest)
        throw RuleError(Rule::NotUnderReview, tr("Item %1 has not been submitted for review.").arg(itemId));
    const ReviewRound& round = *latest;
    // What the signer saw is gone: someone signed (or closed the round) in between.
    if (round.state != RoundState::SentBack && round.state != RoundState::Withdrawn) {
        if (expected.stepIndex >= 0 && expected.stepIndex < round.nextStep)
            conflict(round.id, round, expected.stepIndex);
        if (expected.roundRowVersion >= 0 && expected.roundRowVersion != round.rowVersion)
            conflict(round.id, round,
                     expected.stepIndex >= 0 ? expected.stepIndex : qMax(0, round.nextStep - 1));
    }
    const int step =
        expected.stepIndex >= 0 ? expected.stepIndex : ReviewRules::intendedStep(call.user(), *item, round);
    ReviewRules::checkSigner(call.user(), *item, round, step);
    if (ItemContent::hash(*item) != round.contentHash)
        throw RuleError(Rule::ContentChanged,
                        tr("Item %1 was changed outside the program after it was submitted; it "
                           "cannot be signed (run verify).")
                            .arg(itemId));
    return Decision{*item, round, step};
}

Signature ReviewService::approve(const Session& session, qint64 itemId, const QString& password,
                                 ReviewOpinion opinion, const QString& comment, SeenRound expected)
{
    ServiceCall call(m_db, session, AuditEvent::ReviewSigned);
    call.require(Permission::SignReviews, L("item"), itemId);
    if (!AuthService(m_db).verifyPassword(session, password))
        throw AuthError(AuthError::Reason::WrongCredentials,
                        tr("The password is wrong; nothing was signed."));
    qint64 roundId = 0;
    std::optional<Decision> decided;
    try {
        return call.run(L("item"), itemId, [&] {
            TransactionGuard tx(m_db, TransactionMode::Immediate);
            decided = decide(call, itemId, expected);
            const Decision& d = *decided;
            roundId = d.round.id;
            const bool last = d.step == d.round.chain.steps.size() - 1;
            ReviewRepository reviews(m_db);
            if (!reviews.advance(d.round.id, d.round.rowVersion, d.step + 1,
                                 last ? RoundState::Approved : RoundState::Open))
                conflict(d.round.id, d.round, d.step);
            if (last)
                ItemRepository(m_db).setReviewStatus(
                    itemId, d.item.publications.isEmpty() ? ItemStatus::Approved : ItemStatus::Published);
            const ReviewStep& step = d.round.chain.steps.at(d.step);
            const User& me = call.user();
            Signature s;
            s.roundId = d.round.id;
            s.stepIndex = d.step;
            s.signerId = me.id;
            s.signerLogin = me.login;
            s.signerName = me.name;
            s.role = step.role;
            s.meaning = step.meaning;
            s.stepLabel = step.label;
            s.opinion = opinion;
            s.comment = comment.trimmed();
            s.signedAt = m_db.nowUtc();
            s.contentHash = ItemContent::hash(d.item);
            s = reviews.addSignature(s, itemId);
            tx.commit();
            return s;
        });
    } catch (const DbError&) {
        // The last guard: the unique (round, step) and (round, signer) constraints.
        if (decided && ReviewRepository(m_db).signatureAt(roundId, decided->step)) {
            try {
                conflict(roundId, decided->round, decided->step);
            } catch (const ConflictError& e) {
                call.recordFailure(AuditEvent::ReviewSigned, L("item"), itemId, e.message(), L("conflict"));
                throw;
            }
        }
        throw;
    }
}

SendBack ReviewService::sendBack(const Session& session, qint64 itemId, const QString& password,
                                 const QString& reason, SeenRound expected)
{
    ServiceCall call(m_db, session, AuditEvent::ReviewSentBack);
    call.require(Permission::SignReviews, L("item"), itemId);
    if (reason.trimmed().isEmpty())
        call.refuse(RuleError(RuleError::Rule::MissingReason, tr("Say why the item is sent back.")),
                    L("item"), itemId);
    if (!AuthService(m_db).verifyPassword(session, password))
        throw AuthError(AuthError::Reason::WrongCredentials,
                        tr("The password is wrong; nothing was sent back."));
    return call.run(L("item"), itemId, [&] {
        TransactionGuard tx(m_db, TransactionMode::Immediate);
        const Decision d = decide(call, itemId, expected);
        ReviewRepository reviews(m_db);
        if (!reviews.advance(d.round.id, d.round.rowVersion, d.round.nextStep, RoundState::SentBack))
            conflict(d.round.id, d.round, d.step);
        ItemRepository(m_db).setReviewStatus(itemId, ItemStatus::Rejected);
        const User& me = call.user();
        SendBack b;
        b.roundId = d.round.id;
        b.stepIndex = d.step;
        b.userId = me.id;
        b.login = me.login;
        b.name = me.name;
        b.reason = reason.trimmed();
        b.sentAt = m_db.nowUtc();
        b = reviews.addSendBack(b, itemId);
        tx.commit();
        return b;
    });
}

QList<InboxEntry> ReviewService::inbox(const Session& session)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    QList<InboxEntry> entries;
    if (!Permissions::allows(call.user(), Permission::SignReviews))
        return entries;
    const QList<ReviewRound> rounds = ReviewRepository(m_db).openRounds();
    if (rounds.isEmpty())
        return entries;
    QStringList ids;
    for (const ReviewRound& r : rounds)
        ids << QString::number(r.itemId);
    QHash<qint64, Item> items;
    QSqlQuery q =
        m_db.exec(L("SELECT id, title, department_id, author_id, status FROM items WHERE id IN (%1)")
                      .arg(ids.join(QLatin1Char(','))));
    while (q.next()) {
        Item item;
        item.id = q.value(0).toLongLong();
        item.title = q.value(1).toString();
        item.departmentId = q.value(2).toLongLong();
        item.authorId = q.value(3).toLongLong();
        item.status = ItemStatus(q.value(4).toInt());
        items.insert(item.id, item);
    }
    QHash<qint64, QString> departments;
    for (const Department& d : DepartmentRepository(m_db).list(true))
        departments.insert(d.id, d.name);
    QHash<qint64, QString> names;
    for (const User& u : UserRepository(m_db).list(true))
        names.insert(u.id, u.name);
    for (const ReviewRound& r : rounds) {
        const auto it = items.constFind(r.itemId);
        if (it == items.cend() || !ReviewRules::canSignNext(call.user(), *it, r))
            continue;
        const ReviewStep& step = r.chain.steps.at(r.nextStep);
        InboxEntry e;
        e.itemId = r.itemId;
        e.title = it->title;
        e.department = departments.value(it->departmentId);
        e.authorName = names.value(it->authorId);
        e.roundNumber = r.number;
        e.roundId = r.id;
        e.roundRowVersion = r.rowVersion;
        e.stepIndex = r.nextStep;
        e.stepLabel = step.label;
        e.meaning = step.meaning;
        e.submittedAt = r.startedAt;
        e.waitingSince = r.signatures.isEmpty() ? r.startedAt : r.signatures.constLast().signedAt;
        entries << e;
    }
    std::sort(entries.begin(), entries.end(),
              [](const InboxEntry& a, const InboxEntry& b) { return a.waitingSince < b.waitingSince; });
    return entries;
}

int ReviewService::inboxCount(const Session& session)
{
    return int(inbox(session).size());
}

} // namespace gongkai
