#include "demohistory.h"

#include "demotext.h"
#include "demotrail.h"

#include "domain/itemcontent.h"
#include "error.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/itemauditjson.h"
#include "storage/reviewrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <algorithm>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

QStringList columns(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

qint64 nextId(Database& db, const char* table)
{
    return db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(QLatin1String(table)))
               .toLongLong() +
           1;
}

QVariant nullText(const QString& text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}

/// Milliseconds, as both back ends keep them and as the audit records hold them.
QDateTime exact(const QDateTime& t)
{
    return QDateTime::fromMSecsSinceEpoch(t.toMSecsSinceEpoch(), Qt::UTC);
}
} // namespace

/// One item's history: how it ends, and how the services see it at the step running.
struct DemoHistory::Story
{
    enum class Review
    {
        None,
        Program,
        Paper
    };

    Item item;  ///< as it ends
    Item state; ///< as stored after the last step run
    QString hash;
    Actor author;
    Actor recorder;
    QDateTime created;
    QJsonObject screened; ///< the pre-screen's record when it found something
    Review review = Review::None;
    // Reviewed in the program: one round.
    RoundState roundState = RoundState::Open;
    QString overrideReason;
    QDateTime started;
    QDateTime ended;
    QList<Signature> signatures; ///< ids given when signed
    std::optional<SendBack> sendBack;
    qint64 roundId = 0;
    // Reviewed on paper.
    PaperAttestation attestation;
    QDateTime attestedAt;
};

DemoHistory::DemoHistory(Database& db, QRandomGenerator& rng, QList<Account> accounts, ReviewChain chain,
                         const QDate& electronicFrom, const QDateTime& end, DemoTrail& trail)
    : m_db(db), m_rng(rng), m_accounts(std::move(accounts)), m_chain(chain.active()),
      m_chainJson(QJsonDocument::fromJson(m_chain.toJson()).object()),
      m_chainText(QString::fromUtf8(m_chain.toJson())), m_electronicFrom(electronicFrom), m_end(end),
      m_trail(trail), m_screening(ItemScreening::forOffice(db)),
      m_items(
          db, L("items"),
          columns("id,title,doc_number,category_id,attribute,withheld_ground,department_id,author_id,summary,"
                  "body,drafted,status,created_at,updated_at,row_version")),
      m_publicationRows(db, L("publications"), columns("id,item_id,channel_id,published_on,reference"),
                        &m_items),
      m_submissionRows(db, L("submissions"),
                       columns("id,item_id,agency_id,submitted_on,adopted,adopted_on,adopted_in"), &m_items),
      m_roundRows(db, L("review_rounds"),
                  columns("id,item_id,round_no,chain,state,next_step,content_hash,started_at,started_by,"
                          "started_login,ended_at,row_version,override_reason"),
                  &m_items),
      m_signatureRows(
          db, L("signatures"),
          columns("id,round_id,step_index,signer_id,signer_login,signer_name,role,meaning,step_label,"
                  "opinion,comment,signed_at,content_hash"),
          &m_roundRows),
      m_sendBackRows(db, L("send_backs"), columns("id,round_id,step_index,user_id,login,name,reason,sent_at"),
                     &m_roundRows),
      m_paperRows(db, L("paper_reviews"),
                  columns("item_id,reviewers,content_hash,recorded_at,recorded_by,attested_by,attester_name,"
                          "attester_role,form_ref,import_hash"),
                  &m_items)
{
    if (m_chain.steps.isEmpty())
        throw Error(QCoreApplication::translate(
            "gongkai::ReviewRepository",
            "The review chain has no step; the administrator must configure one."));
    const QJsonObject text = DemoText::section(L("review"));
    m_sendBackReasons = DemoText::strings(text.value(L("sendBackReasons")));
    m_comments = DemoText::strings(text.value(L("comments")));
    m_overrideReason = text.value(L("overrideReason")).toString();
    m_paperForm = text.value(L("paperForm")).toString();
    m_paperStep = text.value(L("paperStep")).toString();
    m_paperSeparator = text.value(L("paperSeparator")).toString();
    if (m_sendBackReasons.isEmpty() || m_comments.isEmpty())
        throw Error(DemoText::tr("The demo office's text is incomplete."));
    m_roundId = nextId(db, "review_rounds");
    m_signatureId = nextId(db, "signatures");
    m_sendBackId = nextId(db, "send_backs");
}

DemoHistory::~DemoHistory() = default;

const DemoHistory::Account* DemoHistory::account(qint64 id) const
{
    for (const Account& a : m_accounts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

bool DemoHistory::reviewedInProgram(const QDate& drafted, ItemStatus status) const
{
    if (status == ItemStatus::Draft)
        return false;
    // Items still on their way are in the program whatever their age.
    return drafted >= m_electronicFrom || status == ItemStatus::UnderReview || status == ItemStatus::Rejected;
}

qint64 DemoHistory::authorFor(qint64 author, qint64 departmentId) const
{
    const Account* a = account(author);
    if (!a || !a->roles.contains(Role::SectionChief))
        return author;
    for (const Account& other : m_accounts) {
        if (other.departmentId == departmentId && other.roles == QList<Role>{Role::Author})
            return other.id;
    }
    return author;
}

const DemoHistory::Account* DemoHistory::signerFor(const Item& item, int step,
                                                   const QList<qint64>& taken) const
{
    const ReviewStep& s = m_chain.steps.at(step);
    QList<const Account*> fit;
    for (const Account& a : m_accounts) {
        if (a.id != item.authorId && !taken.contains(a.id) && a.roles.contains(s.role) &&
            !a.roles.contains(Role::Administrator) && !a.roles.contains(Role::Auditor) &&
            (!s.sameDepartment || a.departmentId == item.departmentId))
            fit << &a;
    }
    // The same leader looks after the same departments.
    return fit.isEmpty() ? nullptr : fit.at(int(item.departmentId % fit.size()));
}

QDateTime DemoHistory::onDay(const QDate& day, int secondsAfterOpening) const
{
    // Office hours in China (UTC+8) start at 08:30, 00:30 UTC.
    return QDateTime(day, QTime(0, 30), Qt::UTC).addSecs(secondsAfterOpening);
}

DemoHistory::Paper DemoHistory::paperReview(const Item& item)
{
    // The chain's steps signed on the paper form, a day or so apart; the first signer keeps the form and
    // attests it in the program.
    Paper paper;
    QStringList parts;
    QList<qint64> taken;
    QDate day = item.drafted;
    for (int k = 0; k < m_chain.steps.size(); ++k) {
        const Account* signer = signerFor(item, k, taken);
        if (!signer)
            continue;
        taken << signer->id;
        parts << m_paperStep.arg(m_chain.steps.at(k).label, signer->name, day.toString(Qt::ISODate));
        if (!paper.attester)
            paper.attester = signer;
        paper.lastDay = day;
        day = day.addDays(m_rng.bounded(2));
    }
    paper.reviewers = parts.join(m_paperSeparator);
    return paper;
}

QJsonObject DemoHistory::screeningRecord(const ItemScreeningResult& result) const
{
    // As ItemService records a save with findings: codes, not words, the first twenty listed.
    constexpr int kListed = 20;
    QJsonArray listed;
    for (const ItemFinding& f : result.all()) {
        if (listed.size() == kListed)
            break;
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
    return QJsonObject{{L("high"), QString::number(result.highCount())},
                       {L("total"), QString::number(result.totalCount())},
                       {L("findings"), listed}};
}

QDateTime DemoHistory::planReview(Item& item, const QDateTime& created)
{
    auto story = std::make_shared<Story>();
    m_pending = story;
    story->created = exact(clamp(created));
    story->hash = ItemContent::hash(item);
    const Account* author = account(item.authorId);
    story->author = Actor{item.authorId, author ? author->login : QString()};
    const ItemScreeningResult screening = m_screening.screen(item);
    if (screening.totalCount() > 0)
        story->screened = screeningRecord(screening);
    const ItemStatus wanted = item.status;
    if (wanted == ItemStatus::Draft)
        return {};

    if (!reviewedInProgram(item.drafted, wanted)) {
        const Paper paper = paperReview(item);
        if (!paper.attester) {
            item.status = ItemStatus::Draft; // nobody could attest it: it stays a draft
            return {};
        }
        story->review = Story::Review::Paper;
        const int year = paper.lastDay.year();
        story->attestation.reviewers = paper.reviewers;
        story->attestation.formRef = m_paperForm.arg(year).arg(++m_formNumbers[year]);
        story->attestation.attesterId = paper.attester->id;
        story->attestation.attesterName = paper.attester->name;
        // The capacity the attester signs in: their highest signing role.
        for (Role r : {Role::PrincipalLeader, Role::LeaderInCharge, Role::SectionChief}) {
            if (paper.attester->roles.contains(r)) {
                story->attestation.attesterRole = roleCode(r);
                break;
            }
        }
        const QDateTime onForm = onDay(paper.lastDay, m_rng.bounded(3600, 8 * 3600));
        story->attestedAt = exact(clamp(qMax(onForm, story->created.addSecs(1800))));
        return story->attestedAt;
    }

    // Which steps get signed, and whether the round ends sent back.
    const int steps = int(m_chain.steps.size());
    int signedSteps = steps;
    int sentBackAt = -1;
    RoundState state = RoundState::Approved;
    if (wanted == ItemStatus::UnderReview) {
        signedSteps = int(m_rng.bounded(steps));
        state = RoundState::Open;
    } else if (wanted == ItemStatus::Rejected) {
        sentBackAt = int(m_rng.bounded(steps));
        signedSteps = sentBackAt;
        state = RoundState::SentBack;
    }
    story->review = Story::Review::Program;
    // A submission with high pre-screen findings needs the author's reason (ReviewService::submit).
    if (screening.hasHigh())
        story->overrideReason = m_overrideReason;
    // Submitted soon after it was written; each step within a few hours.
    QDateTime t = story->created.addSecs(600);
    story->started = exact(clamp(t));
    QList<qint64> taken;
    for (int k = 0; k < signedSteps; ++k) {
        const Account* signer = signerFor(item, k, taken);
        if (!signer) {
            state = RoundState::Open;
            break;
        }
        taken << signer->id;
        t = t.addSecs(m_rng.bounded(1800, 7200));
        const ReviewStep& step = m_chain.steps.at(k);
        Signature s;
        s.stepIndex = k;
        s.signerId = signer->id;
        s.signerLogin = signer->login;
        s.signerName = signer->name;
        s.role = step.role;
        s.meaning = step.meaning;
        s.stepLabel = step.label;
        s.opinion = m_rng.bounded(100) < 8 ? ReviewOpinion::DiscloseWithChanges : ReviewOpinion::Disclose;
        s.comment = m_comments.at(int(m_rng.bounded(quint32(m_comments.size())))).trimmed();
        s.signedAt = exact(clamp(t));
        s.contentHash = story->hash;
        story->signatures << s;
    }
    const QDateTime last =
        story->signatures.isEmpty() ? story->started : story->signatures.constLast().signedAt;
    if (state == RoundState::SentBack) {
        const Account* signer = signerFor(item, sentBackAt, taken);
        if (signer) {
            SendBack b;
            b.stepIndex = sentBackAt;
            b.userId = signer->id;
            b.login = signer->login;
            b.name = signer->name;
            b.reason = m_sendBackReasons.at(int(m_rng.bounded(quint32(m_sendBackReasons.size())))).trimmed();
            b.sentAt = exact(clamp(last.addSecs(m_rng.bounded(1800, 7200))));
            story->sendBack = b;
            story->ended = b.sentAt;
        } else {
            state = RoundState::Open;
        }
    }
    story->roundState = state;
    switch (state) {
    case RoundState::Approved:
        story->ended = last;
        return last;
    case RoundState::SentBack:
        item.status = ItemStatus::Rejected;
        return {};
    case RoundState::Open:
    case RoundState::Withdrawn:
        break;
    }
    item.status = ItemStatus::UnderReview;
    return {};
}

void DemoHistory::add(Item item, qint64 recorder, bool withdrawn)
{
    const std::shared_ptr<Story> story = std::move(m_pending);
    Q_ASSERT_X(story, "DemoHistory::add", "planReview() first");
    if (!story)
        return;
    Story& s = *story;
    const Account* who = account(recorder);
    s.recorder = who ? Actor{who->id, who->login} : s.author;
    s.state = item;
    s.state.status = ItemStatus::Draft;
    s.state.publications.clear();
    s.state.submissions.clear();

    // Every save of the item row moves its version and its time on.
    int rowVersion = 1;
    QDateTime updated = s.created;
    auto saved = [&](const QDateTime& at) {
        ++rowVersion;
        updated = at;
    };
    m_trail.schedule(s.created, [this, story] { created(*story); });
    QDateTime last = s.created;
    if (s.review == Story::Review::Program) {
        m_trail.schedule(s.started, [this, story] { submitted(*story); });
        saved(s.started);
        for (int i = 0; i < s.signatures.size(); ++i)
            m_trail.schedule(s.signatures.at(i).signedAt, [this, story, i] { signedStep(*story, i); });
        if (s.roundState == RoundState::Approved)
            saved(s.ended);
        if (s.sendBack) {
            m_trail.schedule(s.sendBack->sentAt, [this, story] { sentBack(*story); });
            saved(s.sendBack->sentAt);
        }
        last = s.ended.isValid() ? s.ended
                                 : (s.signatures.isEmpty() ? s.started : s.signatures.constLast().signedAt);
    } else if (s.review == Story::Review::Paper) {
        m_trail.schedule(s.attestedAt, [this, story] { attested(*story); });
        saved(s.attestedAt);
        last = s.attestedAt;
    }

    // Publications, submissions and adoptions are recorded on their days, in that order within a day,
    // each after the one before.
    enum Kind
    {
        Publishing,
        Submitting,
        Adopting
    };
    struct Recording
    {
        QDate day;
        int kind;
        int index;
    };
    QList<Recording> recordings;
    for (int i = 0; i < item.publications.size(); ++i)
        recordings.append({item.publications.at(i).date, Publishing, i});
    for (int i = 0; i < item.submissions.size(); ++i) {
        recordings.append({item.submissions.at(i).date, Submitting, i});
        if (item.submissions.at(i).adopted)
            recordings.append({item.submissions.at(i).adoptedOn, Adopting, i});
    }
    std::sort(recordings.begin(), recordings.end(), [](const Recording& a, const Recording& b) {
        return std::tie(a.day, a.kind, a.index) < std::tie(b.day, b.kind, b.index);
    });
    for (const Recording& r : std::as_const(recordings)) {
        const QDateTime at =
            exact(clamp(qMax(onDay(r.day, m_rng.bounded(9 * 3600)), last.addSecs(m_rng.bounded(60, 1800)))));
        const int index = r.index;
        switch (r.kind) {
        case Publishing:
            m_trail.schedule(at, [this, story, index] { published(*story, index); });
            break;
        case Submitting:
            m_trail.schedule(at, [this, story, index] { submittedTo(*story, index); });
            break;
        default:
            m_trail.schedule(at, [this, story, index] { adopted(*story, index); });
            break;
        }
        saved(at);
        last = at;
    }
    if (withdrawn) {
        // Taken down by its author some days later, within the demo's time.
        const QDate day = qMin(last.date().addDays(m_rng.bounded(1, 21)), m_end.date());
        const QDateTime at =
            exact(clamp(qMax(onDay(day, m_rng.bounded(9 * 3600)), last.addSecs(m_rng.bounded(600, 7200)))));
        m_trail.schedule(at, [this, story] { withdrew(*story); });
        saved(at);
    }

    m_items << item.id << item.title << item.docNumber << item.categoryId << int(item.attribute)
            << item.withheldGround << item.departmentId << item.authorId << item.summary << item.body
            << m_db.toDb(item.drafted) << int(item.status) << m_db.toDb(s.created) << m_db.toDb(updated)
            << rowVersion;
    for (const Publication& p : std::as_const(item.publications))
        m_publicationRows << p.id << item.id << p.channelId << m_db.toDb(p.date) << p.reference;
    for (const Submission& sub : std::as_const(item.submissions))
        m_submissionRows << sub.id << item.id << sub.agencyId << m_db.toDb(sub.date) << (sub.adopted ? 1 : 0)
                         << m_db.toDb(sub.adoptedOn) << sub.adoptedIn;
    m_publicationsWritten += item.publications.size();
    m_submissionsWritten += item.submissions.size();
    s.item = std::move(item);
}

void DemoHistory::finish()
{
    m_items.flush();
    m_publicationRows.flush();
    m_submissionRows.flush();
    m_roundRows.flush();
    m_signatureRows.flush();
    m_sendBackRows.flush();
    m_paperRows.flush();
}

// ---- The steps: each writes what its service call writes.

void DemoHistory::setStatus(Story& story, const QDateTime& at, const Actor& actor, ItemStatus status)
{
    // ItemRepository::setReviewStatus
    m_trail.append(at, actor,
                   {AuditEvent::ItemChanged, true, L("item"), story.item.id,
                    QJsonObject{{L("status"), statusCode(story.state.status)}},
                    QJsonObject{{L("status"), statusCode(status)}}});
    story.state.status = status;
}

void DemoHistory::created(Story& s)
{
    // ItemService::create: the item as its author saved it, and what the pre-screen found in it.
    m_trail.append(
        s.author,
        {AuditEvent::ItemCreated, true, L("item"), s.item.id, {}, ItemAuditJson::snapshot(s.state)});
    if (!s.screened.isEmpty())
        m_trail.append(s.author, {AuditEvent::ItemScreened, true, L("item"), s.item.id, {}, s.screened});
}

void DemoHistory::submitted(Story& s)
{
    // ReviewService::submit: the item goes under review, round 1 starts with the chain as it stands.
    setStatus(s, m_trail.now(), s.author, ItemStatus::UnderReview);
    s.roundId = m_roundId++;
    const int steps = int(m_chain.steps.size());
    const int nextStep = s.roundState == RoundState::Approved ? steps : int(s.signatures.size());
    const int advances = int(s.signatures.size()) + (s.sendBack ? 1 : 0);
    m_roundRows << s.roundId << s.item.id << 1 << m_chainText << roundStateCode(s.roundState) << nextStep
                << s.hash << m_db.toDb(s.started) << s.author.userId << s.author.login << m_db.toDb(s.ended)
                << 1 + advances << s.overrideReason;
    QJsonObject after{{L("round"), 1},
                      {L("roundId"), QString::number(s.roundId)},
                      {L("chain"), m_chainJson},
                      {L("contentHash"), s.hash}};
    if (!s.overrideReason.isEmpty())
        after.insert(L("overrideReason"), s.overrideReason);
    m_trail.append(s.author, {AuditEvent::ReviewSubmitted, true, L("item"), s.item.id, {}, after});
    ++m_rounds;
}

void DemoHistory::signedStep(Story& s, int index)
{
    // ReviewService::approve: the signer's password again, the last step approves the item, the signature.
    Signature& sig = s.signatures[index];
    const Actor signer{sig.signerId, sig.signerLogin};
    m_trail.append(signer, {AuditEvent::Reauthenticated, true, L("user"), sig.signerId, {}, {}});
    if (sig.stepIndex == m_chain.steps.size() - 1)
        setStatus(s, m_trail.now(), signer,
                  s.state.publications.isEmpty() ? ItemStatus::Approved : ItemStatus::Published);
    sig.id = m_signatureId++;
    sig.roundId = s.roundId;
    m_signatureRows << sig.id << sig.roundId << sig.stepIndex << sig.signerId << sig.signerLogin
                    << sig.signerName << roleCode(sig.role) << meaningCode(sig.meaning) << sig.stepLabel
                    << opinionCode(sig.opinion) << sig.comment << m_db.toDb(sig.signedAt) << sig.contentHash;
    m_trail.append(signer, {AuditEvent::ReviewSigned,
                            true,
                            L("signature"),
                            sig.id,
                            {},
                            ReviewRepository::toJson(sig, s.item.id)});
    ++m_signatures;
}

void DemoHistory::sentBack(Story& s)
{
    // ReviewService::sendBack: the signer's password again, the item sent back with the reason.
    SendBack& b = *s.sendBack;
    const Actor signer{b.userId, b.login};
    m_trail.append(signer, {AuditEvent::Reauthenticated, true, L("user"), b.userId, {}, {}});
    setStatus(s, m_trail.now(), signer, ItemStatus::Rejected);
    b.id = m_sendBackId++;
    b.roundId = s.roundId;
    m_sendBackRows << b.id << b.roundId << b.stepIndex << b.userId << b.login << b.name << b.reason
                   << m_db.toDb(b.sentAt);
    m_trail.append(signer, {AuditEvent::ReviewSentBack,
                            true,
                            L("item"),
                            s.item.id,
                            {},
                            QJsonObject{{L("round"), QString::number(b.roundId)},
                                        {L("step"), b.stepIndex},
                                        {L("reason"), b.reason}}});
}

void DemoHistory::attested(Story& s)
{
    // ItemService::attestPaperReview: the attester's password again, the paper review, the item approved.
    const PaperAttestation& a = s.attestation;
    const Account* attester = account(a.attesterId);
    const Actor actor{a.attesterId, attester ? attester->login : QString()};
    m_trail.append(actor, {AuditEvent::Reauthenticated, true, L("user"), a.attesterId, {}, {}});
    m_paperRows << s.item.id << a.reviewers << s.hash << m_db.toDb(s.attestedAt) << actor.login
                << a.attesterId << nullText(a.attesterName) << nullText(a.attesterRole) << nullText(a.formRef)
                << nullText(a.importHash);
    m_trail.append(actor, {AuditEvent::PaperReviewRecorded,
                           true,
                           L("item"),
                           s.item.id,
                           {},
                           QJsonObject{{L("reviewers"), a.reviewers},
                                       {L("contentHash"), s.hash},
                                       {L("attestedBy"), QString::number(a.attesterId)},
                                       {L("attesterName"), a.attesterName},
                                       {L("attesterRole"), a.attesterRole},
                                       {L("formRef"), a.formRef}}});
    setStatus(s, m_trail.now(), actor, ItemStatus::Approved);
    ++m_paperReviews;
}

void DemoHistory::saveChildren(Story& s, const Actor& actor, AuditEvent event, const Item& next)
{
    // ItemRepository::save: only what changed goes into the record; a publication on record means the
    // item went out.
    Item after = next;
    if (after.status != ItemStatus::Withdrawn && !after.publications.isEmpty())
        after.status = ItemStatus::Published;
    QJsonObject was;
    QJsonObject now;
    ItemAuditJson::diff(s.state, after, &was, &now);
    if (!was.isEmpty() || !now.isEmpty())
        m_trail.append(actor, {event, true, L("item"), s.item.id, was, now});
    s.state = after;
}

void DemoHistory::published(Story& s, int index)
{
    // ItemService::addPublication
    Item next = s.state;
    next.publications.append(s.item.publications.at(index));
    saveChildren(s, s.recorder, AuditEvent::PublicationAdded, next);
}

void DemoHistory::submittedTo(Story& s, int index)
{
    // ItemService::addSubmission: not yet adopted.
    Submission sub = s.item.submissions.at(index);
    sub.adopted = false;
    sub.adoptedOn = QDate();
    sub.adoptedIn.clear();
    Item next = s.state;
    next.submissions.append(sub);
    saveChildren(s, s.recorder, AuditEvent::SubmissionAdded, next);
}

void DemoHistory::adopted(Story& s, int index)
{
    // ItemService::setDistribution: the recorder notes the adoption.
    const Submission& adoption = s.item.submissions.at(index);
    Item next = s.state;
    for (Submission& sub : next.submissions) {
        if (sub.id == adoption.id)
            sub = adoption;
    }
    saveChildren(s, s.recorder, AuditEvent::ItemChanged, next);
}

void DemoHistory::withdrew(Story& s)
{
    // ItemService::withdraw, by the author.
    m_trail.append(s.author, {AuditEvent::ItemWithdrawn, true, L("item"), s.item.id,
                              QJsonObject{{L("status"), statusCode(s.state.status)}},
                              QJsonObject{{L("status"), statusCode(ItemStatus::Withdrawn)}}});
    s.state.status = ItemStatus::Withdrawn;
}

} // namespace gongkai
