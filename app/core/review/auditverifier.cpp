#include "auditverifier.h"

#include "../domain/itemcontent.h"
#include "../storage/attachmentrepository.h"
#include "../storage/auditlog.h"
#include "../storage/database.h"
#include "../storage/reviewrepository.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace gongkai {

namespace {
constexpr int kPage = 2000;
constexpr int kMaxProblems = 1000;

QString L(const char* s)
{
    return QString::fromLatin1(s);
}

void add(VerifyReport& report, VerifyProblem::Kind kind, const QString& type, qint64 id,
         const QString& message)
{
    if (report.problems.size() < kMaxProblems)
        report.problems.append({kind, type, id, message});
}

QJsonObject parse(const QString& text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
} // namespace

VerifyReport AuditVerifier::verify(Database& db)
{
    VerifyReport report;
    checkChain(db, report);
    checkSignatures(db, report);
    checkItems(db, report);
    checkAttachments(db, report);
    return report;
}

void AuditVerifier::checkChain(Database& db, VerifyReport& report)
{
    using Kind = VerifyProblem::Kind;
    AuditLog log(db);
    const AuditLog::Head head = log.head();
    QString prevHash = AuditLog::genesisHash();
    qint64 expected = 1;
    qint64 last = 0;
    QString lastHash = prevHash;
    for (;;) {
        const QList<AuditRecord> page = log.after(last, kPage);
        for (const AuditRecord& r : page) {
            ++report.auditRecords;
            if (r.seq != expected) {
                add(report, Kind::RecordsMissing, L("audit"), expected,
                    r.seq - expected == 1 ? tr("Audit record %1 is missing: it was deleted.").arg(expected)
                                          : tr("Audit records %1 to %2 are missing: they were deleted.")
                                                .arg(expected)
                                                .arg(r.seq - 1));
            } else if (r.prevHash != prevHash) {
                add(report, Kind::ChainBroken, L("audit"), r.seq,
                    tr("Audit record %1 does not follow record %2: a record was inserted, replaced or "
                       "changed "
                       "there.")
                        .arg(r.seq)
                        .arg(r.seq - 1));
            }
            if (AuditLog::computeHash(r.prevHash, r) != r.hash)
                add(report, Kind::RecordChanged, L("audit"), r.seq,
                    tr("Audit record %1 (%2, %3) was changed after it was written.")
                        .arg(r.seq)
                        .arg(r.eventCode, AuditLog::timeText(r.at)));
            // Go on from what is stored, so one tampered record is reported once, not at every later one.
            prevHash = r.hash;
            expected = r.seq + 1;
            last = r.seq;
            lastHash = r.hash;
        }
        if (page.size() < kPage)
            break;
    }
    report.headHash = lastHash;
    if (last < head.seq)
        add(report, Kind::RecordsMissing, L("audit"), last + 1,
            tr("The audit trail ends at record %1 but its head names record %2: the last records were "
               "deleted.")
                .arg(last)
                .arg(head.seq));
    else if (last > head.seq)
        add(report, Kind::RecordsAdded, L("audit"), head.seq + 1,
            tr("Audit record %1 lies beyond the trail's head (record %2): it was added behind the program's "
               "back.")
                .arg(head.seq + 1)
                .arg(head.seq));
    else if (last > 0 && lastHash != head.hash)
        add(report, Kind::ChainBroken, L("audit"), last,
            tr("Audit record %1 is not the record the trail's head names: it was replaced.").arg(last));
}

void AuditVerifier::checkSignatures(Database& db, VerifyReport& report)
{
    using Kind = VerifyProblem::Kind;
    // What the trail says about each signature.
    QHash<qint64, QPair<qint64, QJsonObject>> recorded; // signature id → (seq, values)
    QSqlQuery a =
        db.exec(L("SELECT seq, object_id, after_value FROM audit_trail WHERE event = 'review_signed'"
                  " AND success = 1 AND object_type = 'signature' ORDER BY seq"));
    while (a.next())
        recorded.insert(a.value(1).toLongLong(), {a.value(0).toLongLong(), parse(a.value(2).toString())});

    QSqlQuery s =
        db.exec(L("SELECT s.id, s.round_id, s.step_index, s.signer_id, s.signer_login, s.signer_name, s.role,"
                  " s.meaning, s.step_label, s.opinion, s.comment, s.signed_at, s.content_hash, r.item_id"
                  " FROM signatures s LEFT JOIN review_rounds r ON r.id = s.round_id ORDER BY s.id"));
    while (s.next()) {
        ++report.signatures;
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
        const qint64 itemId = s.value(13).toLongLong();
        const auto it = recorded.constFind(sig.id);
        if (it == recorded.cend()) {
            add(report, Kind::SignatureForged, L("signature"), sig.id,
                tr("Signature %1 (item %2, %3 by %4) has no audit record: it was added behind the program's "
                   "back.")
                    .arg(sig.id)
                    .arg(itemId)
                    .arg(sig.stepLabel, sig.signerName));
        } else {
            QJsonObject row = ReviewRepository::toJson(sig, itemId);
            // The opinion and role are compared as stored, so an unknown code written into the row still
            // differs.
            row.insert(L("role"), s.value(6).toString());
            row.insert(L("meaning"), s.value(7).toString());
            row.insert(L("opinion"), s.value(9).toString());
            if (row != it->second)
                add(report, Kind::SignatureChanged, L("signature"), sig.id,
                    tr("Signature %1 (item %2, %3 by %4) differs from audit record %5: it was changed after "
                       "signing.")
                        .arg(sig.id)
                        .arg(itemId)
                        .arg(sig.stepLabel, sig.signerName)
                        .arg(it->first));
            recorded.remove(sig.id);
        }
    }
    // What is left was recorded but is gone; reported in the trail's order.
    QList<qint64> missing = recorded.keys();
    std::sort(missing.begin(), missing.end(),
              [&recorded](qint64 a, qint64 b) { return recorded.value(a).first < recorded.value(b).first; });
    for (qint64 id : std::as_const(missing)) {
        const auto entry = recorded.value(id);
        add(report, Kind::SignatureMissing, L("signature"), id,
            tr("Signature %1 recorded in audit record %2 (item %3, %4) is missing: it was deleted.")
                .arg(id)
                .arg(entry.first)
                .arg(entry.second.value(L("item")).toString(), entry.second.value(L("name")).toString()));
    }
}

void AuditVerifier::checkItems(Database& db, VerifyReport& report)
{
    using Kind = VerifyProblem::Kind;
    ReviewRepository reviews(db);
    qint64 last = 0;
    for (;;) {
        QSqlQuery q = db.exec(
            L("SELECT id, title, doc_number, category_id, attribute, withheld_ground, department_id,"
              " author_id, summary, body, drafted, status FROM items WHERE id > :last"
              " AND (status IN (1, 2, 4) OR id IN (SELECT item_id FROM review_rounds WHERE state = 'open'))"
              " ORDER BY id LIMIT %1")
                .arg(kPage),
            {{L("last"), last}});
        // Read the page first: on PostgreSQL a query run inside the loop would discard the rest of it.
        QList<Item> page;
        while (q.next()) {
            Item item;
            item.id = q.value(0).toLongLong();
            item.title = q.value(1).toString();
            item.docNumber = q.value(2).toString();
            item.categoryId = q.value(3).toLongLong();
            item.attribute = DisclosureAttribute(q.value(4).toInt());
            item.withheldGround = q.value(5).toString();
            item.departmentId = q.value(6).toLongLong();
            item.authorId = q.value(7).toLongLong();
            item.summary = q.value(8).toString();
            item.body = q.value(9).toString();
            item.drafted = Database::dateFrom(q.value(10));
            item.status = ItemStatus(q.value(11).toInt());
            page << item;
        }
        q.finish();
        QList<qint64> ids;
        for (const Item& item : std::as_const(page))
            ids << item.id;
        const QHash<qint64, QList<Attachment>> files = AttachmentRepository(db).namesAndHashes(ids);
        for (Item& item : page)
            item.attachments = files.value(item.id);
        const QHash<qint64, ReviewRound> latest = reviews.latestRounds(ids);
        const QHash<qint64, PaperReview> paper = reviews.paperReviews(ids);
        for (const Item& item : std::as_const(page)) {
            last = item.id;
            ++report.itemsChecked;
            const QString hash = ItemContent::hash(item);
            const auto round = latest.constFind(item.id);
            const ReviewRound* latestRound = round == latest.cend() ? nullptr : &*round;
            // The open round, if any, is the latest one: its signatures must match the frozen content.
            if (latestRound && latestRound->state == RoundState::Open) {
                for (const Signature& s : latestRound->signatures) {
                    if (s.contentHash != hash) {
                        add(report, Kind::ContentChanged, L("item"), item.id,
                            tr("Item %1 (“%2”) was changed after %3 signed %4 of round %5, while it was "
                               "under "
                               "review.")
                                .arg(item.id)
                                .arg(item.title, s.signerName, s.stepLabel)
                                .arg(latestRound->number));
                        break;
                    }
                }
            }
            if (item.status != ItemStatus::Approved && item.status != ItemStatus::Published)
                continue;
            const auto paperIt = paper.constFind(item.id);
            const ApprovalState approval =
                ReviewRepository::approvalFrom(latestRound, paperIt == paper.cend() ? nullptr : &*paperIt);
            const QString status = statusDisplayName(item.status);
            if (!approval.isApproved()) {
                const QString why =
                    approval.kind == ApprovalState::Kind::None
                        ? tr("it has no review round and no paper review")
                        : tr("its latest review round %1 is not approved").arg(approval.roundNumber);
                add(report, Kind::Unreviewed, L("item"), item.id,
                    tr("Item %1 (“%2”) is marked %3 but %4.").arg(item.id).arg(item.title, status, why));
            } else if (approval.contentHash != hash) {
                add(report, Kind::ContentChanged, L("item"), item.id,
                    approval.kind == ApprovalState::Kind::Electronic
                        ? tr("Item %1 (“%2”) was changed after %3 approved it at %4, without a new review "
                             "round.")
                              .arg(item.id)
                              .arg(item.title, approval.approvedBy, AuditLog::timeText(approval.approvedAt))
                        : tr("Item %1 (“%2”) was changed after its paper review was recorded, without a "
                             "review "
                             "round.")
                              .arg(item.id)
                              .arg(item.title));
            }
        }
        if (page.size() < kPage)
            break;
    }
}

void AuditVerifier::checkAttachments(Database& db, VerifyReport& report)
{
    qint64 last = 0;
    for (;;) {
        // One file at a time: they may be large, and a statement run while another is read would
        // discard the rest of it on PostgreSQL.
        QSqlQuery q = db.exec(L("SELECT id, item_id, file_name, sha256, content FROM attachments WHERE id > :last"
                                " ORDER BY id LIMIT 1"),
                              {{L("last"), last}});
        if (!q.next())
            return;
        last = q.value(0).toLongLong();
        const qint64 item = q.value(1).toLongLong();
        const QString name = q.value(2).toString();
        const QString stored = q.value(3).toString();
        const QString actual =
            QString::fromLatin1(QCryptographicHash::hash(q.value(4).toByteArray(), QCryptographicHash::Sha256).toHex());
        q.finish();
        if (actual != stored)
            add(report, VerifyProblem::Kind::ContentChanged, L("item"), item,
                tr("Item %1: the attached file %2 was changed in the database; its bytes no longer match the hash "
                   "its reviews covered.")
                    .arg(item)
                    .arg(name));
    }
}

} // namespace gongkai
