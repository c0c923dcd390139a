#include "reviewrepository.h"

#include "../domain/itemcontent.h"
#include "auditlog.h"
#include "database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

QJsonObject chainObject(const ReviewChain& chain)
{
    return QJsonDocument::fromJson(chain.toJson()).object();
}
} // namespace

ReviewRepository::ReviewRepository(Database& db) : m_db(db) {}

ReviewChain ReviewRepository::configuredChain() const
{
    ReviewChain chain;
    QSqlQuery q = m_db.exec(L("SELECT role, same_department, meaning, label, optional, enabled"
                              " FROM review_chain_steps ORDER BY position"));
    while (q.next()) {
        ReviewStep step;
        roleFromString(q.value(0).toString(), &step.role);
        step.sameDepartment = q.value(1).toInt() != 0;
        meaningFromString(q.value(2).toString(), &step.meaning);
        step.label = q.value(3).toString();
        step.optional = q.value(4).toInt() != 0;
        step.enabled = q.value(5).toInt() != 0;
        chain.steps << step;
    }
    return chain;
}

void ReviewRepository::saveChain(const ReviewChain& chain)
{
    const QList<FieldError> errors = chain.validate();
    if (!errors.isEmpty())
        throw ValidationError(errors);
    TransactionGuard tx(m_db);
    const ReviewChain before = configuredChain();
    m_db.exec(L("DELETE FROM review_chain_steps"));
    for (int i = 0; i < chain.steps.size(); ++i) {
        const ReviewStep& s = chain.steps.at(i);
        m_db.exec(
            L("INSERT INTO review_chain_steps (position, role, same_department, meaning, label, optional,"
              " enabled) VALUES (:p, :r, :d, :m, :l, :o, :e)"),
            {{L("p"), i},
             {L("r"), roleCode(s.role)},
             {L("d"), s.sameDepartment ? 1 : 0},
             {L("m"), meaningCode(s.meaning)},
             {L("l"), s.label.trimmed()},
             {L("o"), s.optional ? 1 : 0},
             {L("e"), s.enabled ? 1 : 0}});
    }
    AuditLog(m_db).append(
        {AuditEvent::ChainChanged, true, L("chain"), 0, chainObject(before), chainObject(chain)});
    tx.commit();
}

QList<ReviewRound> ReviewRepository::loadRounds(const QString& where, const QVariantMap& binds) const
{
    QList<ReviewRound> rounds;
    QHash<qint64, qsizetype> index;
    QSqlQuery q =
        m_db.exec(L("SELECT id, item_id, round_no, chain, state, next_step, content_hash, started_at,"
                    " started_by, started_login, ended_at, row_version, override_reason FROM review_rounds ") +
                      where + L(" ORDER BY item_id, round_no"),
                  binds);
    while (q.next()) {
        ReviewRound r;
        r.id = q.value(0).toLongLong();
        r.itemId = q.value(1).toLongLong();
        r.number = q.value(2).toInt();
        ReviewChain::fromJson(q.value(3).toString().toUtf8(), &r.chain);
        roundStateFromString(q.value(4).toString(), &r.state);
        r.nextStep = q.value(5).toInt();
        r.contentHash = q.value(6).toString();
        r.startedAt = Database::timeFrom(q.value(7));
        r.startedBy = q.value(8).toLongLong();
        r.startedLogin = q.value(9).toString();
        r.overrideReason = q.value(12).toString();
        r.endedAt = Database::timeFrom(q.value(10));
        r.rowVersion = q.value(11).toInt();
        index.insert(r.id, rounds.size());
        rounds << r;
    }
    if (rounds.isEmpty())
        return rounds;
    // The rounds' ids come from the database, so listing them in the SQL is safe.
    QStringList ids;
    for (const ReviewRound& r : rounds)
        ids << QString::number(r.id);
    const QString in = ids.join(QLatin1Char(','));
    QSqlQuery s =
        m_db.exec(L("SELECT id, round_id, step_index, signer_id, signer_login, signer_name, role, meaning,"
                    " step_label, opinion, comment, signed_at, content_hash FROM signatures"
                    " WHERE round_id IN (%1) ORDER BY round_id, step_index")
                      .arg(in));
    while (s.next()) {
        Signature sig;
        sig.id = s.value(0).toLongLong();
        sig.roundId = s.value(1).toLongLong();
        sig.stepIndex = s.value(2).toInt();
        sig.signerId = s.value(3).toLongLong();
        sig.signerLogin = s.value(4).toString();
        sig.signerName = s.value(5).toString();
        roleFromString(s.value(6).toString(), &sig.role);
        meaningFromString(s.value(7).toString(), &sig.meaning);
        sig.stepLabel = s.value(8).toString();
        opinionFromString(s.value(9).toString(), &sig.opinion);
        sig.comment = s.value(10).toString();
        sig.signedAt = Database::timeFrom(s.value(11));
        sig.contentHash = s.value(12).toString();
        rounds[index.value(sig.roundId)].signatures << sig;
    }
    QSqlQuery b = m_db.exec(L("SELECT id, round_id, step_index, user_id, login, name, reason, sent_at FROM "
                              "send_backs WHERE round_id IN (%1)")
                                .arg(in));
    while (b.next()) {
        SendBack back{b.value(0).toLongLong(), b.value(1).toLongLong(),       b.value(2).toInt(),
                      b.value(3).toLongLong(), b.value(4).toString(),         b.value(5).toString(),
                      b.value(6).toString(),   Database::timeFrom(b.value(7))};
        rounds[index.value(back.roundId)].sendBack = back;
    }
    return rounds;
}

QList<ReviewRound> ReviewRepository::rounds(qint64 itemId) const
{
    return loadRounds(L("WHERE item_id = :i"), {{L("i"), itemId}});
}

std::optional<ReviewRound> ReviewRepository::latestRound(qint64 itemId) const
{
    const QList<ReviewRound> list = loadRounds(
        L("WHERE item_id = :i AND round_no = (SELECT MAX(round_no) FROM review_rounds WHERE item_id = :i2)"),
        {{L("i"), itemId}, {L("i2"), itemId}});
    return list.isEmpty() ? std::nullopt : std::optional<ReviewRound>(list.first());
}

std::optional<ReviewRound> ReviewRepository::openRound(qint64 itemId) const
{
    const QList<ReviewRound> list =
        loadRounds(L("WHERE item_id = :i AND state = 'open'"), {{L("i"), itemId}});
    return list.isEmpty() ? std::nullopt : std::optional<ReviewRound>(list.first());
}

bool ReviewRepository::hasOpenRound(qint64 itemId) const
{
    return m_db
        .scalar(L("SELECT id FROM review_rounds WHERE item_id = :i AND state = 'open'"), {{L("i"), itemId}})
        .isValid();
}

QList<ReviewRound> ReviewRepository::openRounds() const
{
    return loadRounds(L("WHERE state = 'open'"), {});
}

QList<ReviewRound> ReviewRepository::roundsEndedBetween(const QDateTime& fromUtc,
                                                        const QDateTime& toUtc) const
{
    return loadRounds(L("WHERE ended_at >= :f AND ended_at < :t"),
                      {{L("f"), m_db.toDb(fromUtc)}, {L("t"), m_db.toDb(toUtc)}});
}

std::optional<PaperReview> ReviewRepository::paperReview(qint64 itemId) const
{
    const QHash<qint64, PaperReview> found = paperReviews({itemId});
    return found.contains(itemId) ? std::optional<PaperReview>(found.value(itemId)) : std::nullopt;
}

void ReviewRepository::recordPaperReview(const Item& item, const PaperAttestation& attestation, bool audit)
{
    const QString hash = ItemContent::hash(item);
    TransactionGuard tx(m_db);
    auto text = [](const QString& t) { return t.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(t); };
    m_db.exec(L("INSERT INTO paper_reviews (item_id, reviewers, content_hash, recorded_at, recorded_by,"
                " attested_by, attester_name, attester_role, form_ref, import_hash)"
                " VALUES (:i, :r, :h, :t, :b, :ab, :an, :ar, :f, :ih)"),
              {{L("i"), item.id},
               {L("r"), attestation.reviewers.trimmed()},
               {L("h"), hash},
               {L("t"), m_db.toDb(m_db.nowUtc())},
               {L("b"), m_db.actor().login},
               {L("ab"), attestation.attesterId > 0 ? QVariant(attestation.attesterId)
                                                     : QVariant(QMetaType::fromType<qlonglong>())},
               {L("an"), text(attestation.attesterName)},
               {L("ar"), text(attestation.attesterRole)},
               {L("f"), text(attestation.formRef.trimmed())},
               {L("ih"), text(attestation.importHash)}});
    if (audit) {
        QJsonObject after{{L("reviewers"), attestation.reviewers.trimmed()}, {L("contentHash"), hash}};
        if (attestation.attesterId > 0) {
            after.insert(L("attestedBy"), QString::number(attestation.attesterId));
            after.insert(L("attesterName"), attestation.attesterName);
            after.insert(L("attesterRole"), attestation.attesterRole);
            after.insert(L("formRef"), attestation.formRef.trimmed());
        }
        if (!attestation.importHash.isEmpty())
            after.insert(L("importHash"), attestation.importHash);
        AuditLog(m_db).append({AuditEvent::PaperReviewRecorded, true, L("item"), item.id, {}, after});
    }
    tx.commit();
}

ApprovalState ReviewRepository::approvalFrom(const ReviewRound* latest, const PaperReview* paper)
{
    ApprovalState state;
    if (!latest) {
        if (paper) {
            state.kind = ApprovalState::Kind::Paper;
            state.contentHash = paper->contentHash;
        }
        return state;
    }
    state.roundNumber = latest->number;
    switch (latest->state) {
    case RoundState::Open:
        state.kind = ApprovalState::Kind::Pending;
        break;
    case RoundState::SentBack:
        state.kind = ApprovalState::Kind::SentBack;
        break;
    case RoundState::Withdrawn:
        state.kind = ApprovalState::Kind::Recalled;
        break;
    case RoundState::Approved:
        state.kind = ApprovalState::Kind::Electronic;
        if (!latest->signatures.isEmpty()) {
            const Signature& last = latest->signatures.constLast();
            state.approvedAt = last.signedAt;
            state.approvedBy = last.signerName;
            state.contentHash = last.contentHash;
            state.conclusion = last.opinion;
        }
        break;
    }
    return state;
}

ApprovalState ReviewRepository::approvalOf(qint64 itemId) const
{
    const std::optional<ReviewRound> latest = latestRound(itemId);
    const std::optional<PaperReview> paper = latest ? std::nullopt : paperReview(itemId);
    return approvalFrom(latest ? &*latest : nullptr, paper ? &*paper : nullptr);
}

namespace {
/// "1,2,3": the ids come from the database, so listing them in the SQL is safe.
QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}
} // namespace

QHash<qint64, ReviewRound> ReviewRepository::latestRounds(const QList<qint64>& itemIds) const
{
    QHash<qint64, ReviewRound> latest;
    if (itemIds.isEmpty())
        return latest;
    for (const ReviewRound& r :
         loadRounds(L("WHERE item_id IN (%1) AND round_no = (SELECT MAX(r2.round_no) FROM review_rounds r2"
                      " WHERE r2.item_id = review_rounds.item_id)")
                        .arg(idList(itemIds)),
                    {}))
        latest.insert(r.itemId, r);
    return latest;
}

QHash<qint64, PaperReview> ReviewRepository::paperReviews(const QList<qint64>& itemIds) const
{
    QHash<qint64, PaperReview> reviews;
    if (itemIds.isEmpty())
        return reviews;
    QSqlQuery q =
        m_db.exec(L("SELECT item_id, reviewers, content_hash, recorded_at, recorded_by, attested_by,"
                    " attester_name, attester_role, form_ref, import_hash FROM paper_reviews"
                    " WHERE item_id IN (%1)")
                      .arg(idList(itemIds)));
    while (q.next()) {
        PaperReview p{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                      Database::timeFrom(q.value(3)), q.value(4).toString()};
        p.attestedBy = q.value(5).toLongLong();
        p.attesterName = q.value(6).toString();
        p.attesterRole = q.value(7).toString();
        p.formRef = q.value(8).toString();
        p.importHash = q.value(9).toString();
        reviews.insert(p.itemId, p);
    }
    return reviews;
}

ReviewRound ReviewRepository::startRound(const Item& item, const ReviewChain& chain, const QString& overrideReason)
{
    const ReviewChain snapshot = chain.active();
    if (snapshot.steps.isEmpty())
        throw Error(QCoreApplication::translate(
            "gongkai::ReviewRepository",
            "The review chain has no step; the administrator must configure one."));
    TransactionGuard tx(m_db);
    ReviewRound r;
    r.itemId = item.id;
    r.number = m_db.scalar(L("SELECT COALESCE(MAX(round_no), 0) FROM review_rounds WHERE item_id = :i"),
                           {{L("i"), item.id}})
                   .toInt() +
               1;
    r.chain = snapshot;
    r.contentHash = ItemContent::hash(item);
    r.startedAt = m_db.nowUtc();
    r.startedBy = m_db.actor().userId;
    r.startedLogin = m_db.actor().login;
    r.overrideReason = overrideReason.trimmed();
    r.id =
        m_db.insert(L("INSERT INTO review_rounds (item_id, round_no, chain, state, next_step, content_hash,"
                      " started_at, started_by, started_login, row_version, override_reason)"
                      " VALUES (:i, :n, :c, 'open', 0, :h, :t, :b, :l, 1, :o) RETURNING id"),
                    {{L("i"), item.id},
                     {L("n"), r.number},
                     {L("c"), QString::fromUtf8(snapshot.toJson())},
                     {L("h"), r.contentHash},
                     {L("t"), m_db.toDb(r.startedAt)},
                     {L("b"), nullableId(r.startedBy)},
                     {L("l"), r.startedLogin},
                     {L("o"), r.overrideReason}});
    QJsonObject after{{L("round"), r.number},
                      {L("roundId"), QString::number(r.id)},
                      {L("chain"), chainObject(snapshot)},
                      {L("contentHash"), r.contentHash}};
    if (!r.overrideReason.isEmpty())
        after.insert(L("overrideReason"), r.overrideReason);
    AuditLog(m_db).append({AuditEvent::ReviewSubmitted,
                           true,
                           L("item"),
                           item.id,
                           {},
                           after});
    tx.commit();
    return r;
}

bool ReviewRepository::advance(qint64 roundId, int expectedRowVersion, int nextStep, RoundState state)
{
    const bool ended = state != RoundState::Open;
    QSqlQuery q =
        m_db.exec(L("UPDATE review_rounds SET next_step = :n, state = :s, ended_at = :e,"
                    " row_version = row_version + 1 WHERE id = :id AND row_version = :v AND state = 'open'"),
                  {{L("n"), nextStep},
                   {L("s"), roundStateCode(state)},
                   {L("e"), ended ? m_db.toDb(m_db.nowUtc()) : m_db.toDb(QDateTime())},
                   {L("id"), roundId},
                   {L("v"), expectedRowVersion}});
    return q.numRowsAffected() == 1;
}

void ReviewRepository::close(qint64 roundId, RoundState state)
{
    m_db.exec(L("UPDATE review_rounds SET state = :s, ended_at = :e, row_version = row_version + 1"
                " WHERE id = :id AND state = 'open'"),
              {{L("s"), roundStateCode(state)}, {L("e"), m_db.toDb(m_db.nowUtc())}, {L("id"), roundId}});
}

QJsonObject ReviewRepository::toJson(const Signature& s, qint64 itemId)
{
    return QJsonObject{{L("id"), QString::number(s.id)},
                       {L("item"), QString::number(itemId)},
                       {L("round"), QString::number(s.roundId)},
                       {L("step"), s.stepIndex},
                       {L("signer"), QString::number(s.signerId)},
                       {L("login"), s.signerLogin},
                       {L("name"), s.signerName},
                       {L("role"), roleCode(s.role)},
                       {L("meaning"), meaningCode(s.meaning)},
                       {L("label"), s.stepLabel},
                       {L("opinion"), opinionCode(s.opinion)},
                       {L("comment"), s.comment},
                       {L("signedAt"), AuditLog::timeText(s.signedAt)},
                       {L("contentHash"), s.contentHash}};
}

Signature ReviewRepository::addSignature(const Signature& signature, qint64 itemId)
{
    Signature s = signature;
    // Milliseconds, as both back ends keep them and as the audit record holds them.
    s.signedAt = QDateTime::fromMSecsSinceEpoch(s.signedAt.toMSecsSinceEpoch(), Qt::UTC);
    TransactionGuard tx(m_db);
    s.id = m_db.insert(
        L("INSERT INTO signatures (round_id, step_index, signer_id, signer_login, signer_name, role,"
          " meaning, step_label, opinion, comment, signed_at, content_hash) VALUES (:r, :st, :u, :l,"
          " :n, :ro, :m, :lb, :o, :c, :t, :h) RETURNING id"),
        {{L("r"), s.roundId},
         {L("st"), s.stepIndex},
         {L("u"), s.signerId},
         {L("l"), s.signerLogin},
         {L("n"), s.signerName},
         {L("ro"), roleCode(s.role)},
         {L("m"), meaningCode(s.meaning)},
         {L("lb"), s.stepLabel},
         {L("o"), opinionCode(s.opinion)},
         {L("c"), s.comment},
         {L("t"), m_db.toDb(s.signedAt)},
         {L("h"), s.contentHash}});
    AuditLog(m_db).append({AuditEvent::ReviewSigned, true, L("signature"), s.id, {}, toJson(s, itemId)});
    tx.commit();
    return s;
}

SendBack ReviewRepository::addSendBack(const SendBack& sendBack, qint64 itemId)
{
    SendBack b = sendBack;
    b.sentAt = QDateTime::fromMSecsSinceEpoch(b.sentAt.toMSecsSinceEpoch(), Qt::UTC);
    TransactionGuard tx(m_db);
    b.id =
        m_db.insert(L("INSERT INTO send_backs (round_id, step_index, user_id, login, name, reason, sent_at)"
                      " VALUES (:r, :st, :u, :l, :n, :re, :t) RETURNING id"),
                    {{L("r"), b.roundId},
                     {L("st"), b.stepIndex},
                     {L("u"), b.userId},
                     {L("l"), b.login},
                     {L("n"), b.name},
                     {L("re"), b.reason},
                     {L("t"), m_db.toDb(b.sentAt)}});
    AuditLog(m_db).append({AuditEvent::ReviewSentBack,
                           true,
                           L("item"),
                           itemId,
                           {},
                           QJsonObject{{L("round"), QString::number(b.roundId)},
                                       {L("step"), b.stepIndex},
                                       {L("reason"), b.reason}}});
    tx.commit();
    return b;
}

std::optional<Signature> ReviewRepository::signatureAt(qint64 roundId, int stepIndex) const
{
    QSqlQuery q = m_db.exec(L("SELECT id, signer_id, signer_login, signer_name, signed_at FROM signatures"
                              " WHERE round_id = :r AND step_index = :s"),
                            {{L("r"), roundId}, {L("s"), stepIndex}});
    if (!q.next())
        return std::nullopt;
    Signature s;
    s.id = q.value(0).toLongLong();
    s.roundId = roundId;
    s.stepIndex = stepIndex;
    s.signerId = q.value(1).toLongLong();
    s.signerLogin = q.value(2).toString();
    s.signerName = q.value(3).toString();
    s.signedAt = Database::timeFrom(q.value(4));
    return s;
}

} // namespace gongkai
