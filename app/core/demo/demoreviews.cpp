#include "demoreviews.h"

#include "../domain/itemcontent.h"
#include "../domain/reviewround.h"
#include "../storage/database.h"
#include "../storage/reviewrepository.h"

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

// Why a reviewer sends an item back: the words offices use.
const char* const kSendBackReasons[] = {
    "涉及个人信息（手机号码）未做脱敏处理，请修改后重新报送。",
    "文中数据与统计部门公布口径不一致，请核实。",
    "附件含“内部资料”字样，请删除后重新报送。",
    "标题表述不规范，请按公文格式修改。",
    "请补充政策依据及文号。",
};
const char* const kComments[] = {
    "", "", "", "请注意发布时效。", "已核对，无涉密内容。", "同意，按程序发布。"};
} // namespace

DemoReviews::DemoReviews(Database& db, QRandomGenerator& rng, QList<Account> accounts, ReviewChain chain,
                         const QDate& electronicFrom, const QDateTime& now, BulkInserter& items)
    : m_db(db), m_rng(rng), m_accounts(std::move(accounts)), m_chain(chain.active()),
      m_chainJson(m_chain.toJson()), m_electronicFrom(electronicFrom), m_now(now)
{
    m_rounds = std::make_unique<BulkInserter>(db, L("review_rounds"),
                                              columns("id,item_id,round_no,chain,state,next_step,content_"
                                                      "hash,started_at,started_by,started_login,ended_at,"
                                                      "row_version"),
                                              &items);
    m_signatures =
        std::make_unique<BulkInserter>(db, L("signatures"),
                                       columns("id,round_id,step_index,signer_id,signer_login,signer_name,"
                                               "role,meaning,step_label,opinion,comment,"
                                               "signed_at,content_hash"),
                                       m_rounds.get());
    m_sendBacks = std::make_unique<BulkInserter>(
        db, L("send_backs"), columns("id,round_id,step_index,user_id,login,name,reason,sent_at"),
        m_rounds.get());
    m_paper = std::make_unique<BulkInserter>(
        db, L("paper_reviews"), columns("item_id,reviewers,content_hash,recorded_at,recorded_by"), &items);
    m_firstRoundId = m_roundId = nextId(db, "review_rounds");
    m_firstSignatureId = m_signatureId = nextId(db, "signatures");
    m_sendBackId = nextId(db, "send_backs");
}

DemoReviews::~DemoReviews() = default;

const DemoReviews::Account* DemoReviews::account(qint64 id) const
{
    for (const Account& a : m_accounts) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

bool DemoReviews::reviewedInProgram(const QDate& drafted, ItemStatus status) const
{
    if (status == ItemStatus::Draft)
        return false;
    // Items still on their way are in the program whatever their age.
    return drafted >= m_electronicFrom || status == ItemStatus::UnderReview || status == ItemStatus::Rejected;
}

qint64 DemoReviews::authorFor(qint64 author, qint64 departmentId) const
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

const DemoReviews::Account* DemoReviews::signerFor(const Item& item, int step,
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

QString DemoReviews::paperText(const Item& item, const QDate& drafted)
{
    QStringList parts;
    QList<qint64> taken;
    QDate day = drafted;
    for (int k = 0; k < m_chain.steps.size(); ++k) {
        const Account* signer = signerFor(item, k, taken);
        if (!signer)
            continue;
        taken << signer->id;
        parts << QStringLiteral("%1 %2 %3")
                     .arg(m_chain.steps.at(k).label, signer->name, day.toString(Qt::ISODate));
        day = day.addDays(m_rng.bounded(2));
    }
    return parts.join(QStringLiteral("；"));
}

void DemoReviews::add(const Item& item, const QDateTime& opened, const QDate& firstPublished)
{
    const QString hash = ItemContent::hash(item);
    const bool approved = item.status == ItemStatus::Approved || item.status == ItemStatus::Published ||
                          item.status == ItemStatus::Withdrawn;
    if (!reviewedInProgram(item.drafted, item.status)) {
        if (!approved)
            return;
        *m_paper << item.id << paperText(item, item.drafted) << hash << m_db.toDb(clamp(opened))
                 << L("system");
        ++m_paperReviews;
        return;
    }

    // Which steps get signed, and whether the round ends sent back.
    const int steps = int(m_chain.steps.size());
    int signedSteps = steps;
    int sentBackAt = -1;
    RoundState state = RoundState::Approved;
    if (item.status == ItemStatus::UnderReview) {
        signedSteps = int(m_rng.bounded(steps));
        state = RoundState::Open;
    } else if (item.status == ItemStatus::Rejected) {
        sentBackAt = int(m_rng.bounded(steps));
        signedSteps = sentBackAt;
        state = RoundState::SentBack;
    }
    // Submitted soon after it was written; each step within a few hours, all before the first publication.
    QDateTime t = opened.addSecs(600);
    const Account* author = account(item.authorId);
    const Actor authorActor{item.authorId, author ? author->login : QString()};
    const qint64 roundId = m_roundId++;
    QList<qint64> taken;
    QList<Signature> signatures;
    QDateTime last = clamp(t);
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
        s.id = m_signatureId++;
        s.roundId = roundId;
        s.stepIndex = k;
        s.signerId = signer->id;
        s.signerLogin = signer->login;
        s.signerName = signer->name;
        s.role = step.role;
        s.meaning = step.meaning;
        s.stepLabel = step.label;
        s.opinion = m_rng.bounded(100) < 8 ? ReviewOpinion::DiscloseWithChanges : ReviewOpinion::Disclose;
        s.comment = QString::fromUtf8(kComments[m_rng.bounded(quint32(std::size(kComments)))]);
        s.signedAt = clamp(t);
        s.contentHash = hash;
        signatures << s;
        last = s.signedAt;
    }
    Q_ASSERT(!firstPublished.isValid() || state != RoundState::Approved || last.date() <= firstPublished);
    const int nextStep = state == RoundState::Approved ? steps : int(signatures.size());
    const QDateTime started = clamp(opened.addSecs(600));
    QDateTime ended;
    if (state != RoundState::Open)
        ended = last;
    *m_rounds << roundId << item.id << 1 << QString::fromUtf8(m_chainJson) << roundStateCode(state)
              << nextStep << hash << m_db.toDb(started) << item.authorId << authorActor.login
              << m_db.toDb(ended) << 1 + int(signatures.size()) + (state == RoundState::SentBack ? 1 : 0);
    m_events.append({started,
                     authorActor,
                     {AuditEvent::ReviewSubmitted,
                      true,
                      L("item"),
                      item.id,
                      {},
                      QJsonObject{{L("round"), 1},
                                  {L("roundId"), QString::number(roundId)},
                                  {L("chain"), QJsonDocument::fromJson(m_chainJson).object()},
                                  {L("contentHash"), hash}}}});
    for (const Signature& s : signatures) {
        *m_signatures << s.id << s.roundId << s.stepIndex << s.signerId << s.signerLogin << s.signerName
                      << roleCode(s.role) << meaningCode(s.meaning) << s.stepLabel << opinionCode(s.opinion)
                      << s.comment << m_db.toDb(s.signedAt) << s.contentHash;
        m_events.append({s.signedAt,
                         Actor{s.signerId, s.signerLogin},
                         {AuditEvent::ReviewSigned,
                          true,
                          L("signature"),
                          s.id,
                          {},
                          ReviewRepository::toJson(s, item.id)}});
    }
    if (state == RoundState::SentBack) {
        const Account* signer = signerFor(item, sentBackAt, taken);
        if (signer) {
            const QString reason =
                QString::fromUtf8(kSendBackReasons[m_rng.bounded(quint32(std::size(kSendBackReasons)))]);
            const QDateTime at = clamp(last.addSecs(m_rng.bounded(1800, 7200)));
            *m_sendBacks << m_sendBackId++ << roundId << sentBackAt << signer->id << signer->login
                         << signer->name << reason << m_db.toDb(at);
            m_events.append({at,
                             Actor{signer->id, signer->login},
                             {AuditEvent::ReviewSentBack,
                              true,
                              L("item"),
                              item.id,
                              {},
                              QJsonObject{{L("round"), QString::number(roundId)},
                                          {L("step"), sentBackAt},
                                          {L("reason"), reason}}}});
        }
    }
}

void DemoReviews::finish()
{
    m_rounds->flush();
    m_signatures->flush();
    m_sendBacks->flush();
    m_paper->flush();

    // The trail goes on from the records written so far (the office's accounts), in time order.
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const Event& a, const Event& b) { return a.at < b.at; });
    QSqlQuery last = m_db.exec(L("SELECT seq, hash FROM audit_trail ORDER BY seq DESC LIMIT 1"));
    qint64 seq = 0;
    QString prev = AuditLog::genesisHash();
    if (last.next()) {
        seq = last.value(0).toLongLong();
        prev = last.value(1).toString();
    }
    last.finish();
    BulkInserter audit(
        m_db, L("audit_trail"),
        columns("seq,at,user_id,login,event,success,object_type,object_id,before_value,after_value,"
                "prev_hash,hash"));
    for (const Event& e : m_events) {
        AuditRecord r;
        r.seq = ++seq;
        r.at = e.at;
        r.userId = e.actor.userId;
        r.login = e.actor.login;
        r.event = e.entry.event;
        r.eventCode = auditEventCode(e.entry.event);
        r.success = true;
        r.objectType = e.entry.objectType;
        r.objectId = e.entry.objectId;
        r.before = AuditLog::jsonText(e.entry.before);
        r.after = AuditLog::jsonText(e.entry.after);
        r.prevHash = prev;
        r.hash = AuditLog::computeHash(prev, r);
        prev = r.hash;
        audit << r.seq << m_db.toDb(r.at)
              << (r.userId > 0 ? QVariant(r.userId) : QVariant(QMetaType::fromType<qlonglong>())) << r.login
              << r.eventCode << 1 << r.objectType << r.objectId << r.before << r.after << r.prevHash
              << r.hash;
    }
    audit.flush();
    m_events.clear();
    m_db.exec(L("UPDATE audit_head SET seq = :s, hash = :h WHERE id = 1"), {{L("s"), seq}, {L("h"), prev}});
    if (m_db.dialect() == Dialect::PostgreSql) {
        for (const char* table : {"review_rounds", "signatures", "send_backs"})
            m_db.execRaw(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), m) FROM "
                                        "(SELECT MAX(id) AS m FROM %1) t WHERE m IS NOT NULL")
                             .arg(QLatin1String(table)));
    }
}

} // namespace gongkai
