#include "demoreplay.h"

#include "error.h"
#include "review/authservice.h"
#include "review/itemservice.h"
#include "review/reviewservice.h"
#include "review/session.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/reviewrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlRecord>

namespace gongkai::test {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

QString text(const QVariant& v)
{
    return v.isNull() ? QStringLiteral("NULL") : v.toString();
}

QString json(const QJsonObject& o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

/// The values that name rows of one database only.
QJsonObject masked(AuditEvent event, QJsonObject o)
{
    QStringList keys;
    switch (event) {
    case AuditEvent::ReviewSigned:
        keys = {L("id"), L("item"), L("round")};
        break;
    case AuditEvent::ReviewSubmitted:
        keys = {L("roundId")};
        break;
    case AuditEvent::ReviewSentBack:
        keys = {L("round")};
        break;
    default:
        break;
    }
    for (const QString& k : std::as_const(keys)) {
        if (o.contains(k))
            o.insert(k, L("*"));
    }
    return o;
}

QSet<qint64> signaturesOf(Database& db, qint64 itemId)
{
    QSet<qint64> ids;
    QSqlQuery q = db.exec(
        L("SELECT s.id FROM signatures s JOIN review_rounds r ON r.id = s.round_id WHERE r.item_id = :i"),
        {{L("i"), itemId}});
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

Publication publicationFrom(const QJsonObject& o)
{
    Publication p;
    p.channelId = o.value(L("channel")).toString().toLongLong();
    p.date = QDate::fromString(o.value(L("date")).toString(), Qt::ISODate);
    p.reference = o.value(L("reference")).toString();
    return p;
}

Submission submissionFrom(const QJsonObject& o)
{
    Submission s;
    s.agencyId = o.value(L("agency")).toString().toLongLong();
    s.date = QDate::fromString(o.value(L("date")).toString(), Qt::ISODate);
    s.adopted = o.value(L("adopted")).toBool();
    s.adoptedOn = QDate::fromString(o.value(L("adoptedOn")).toString(), Qt::ISODate);
    s.adoptedIn = o.value(L("adoptedIn")).toString();
    return s;
}
} // namespace

QList<TrailRecord> trailOf(Database& db)
{
    QList<TrailRecord> out;
    AuditLog log(db);
    qint64 last = 0;
    for (;;) {
        const QList<AuditRecord> page = log.after(last, 5000);
        for (const AuditRecord& r : page) {
            out.append({r, QJsonDocument::fromJson(r.before.toUtf8()).object(),
                        QJsonDocument::fromJson(r.after.toUtf8()).object()});
            last = r.seq;
        }
        if (page.size() < 5000)
            return out;
    }
}

QList<TrailRecord> itemHistory(Database& db, const QList<TrailRecord>& trail, qint64 itemId)
{
    const QSet<qint64> signatures = signaturesOf(db, itemId);
    QList<TrailRecord> out;
    qint64 lastTaken = -1;
    for (qsizetype i = 0; i < trail.size(); ++i) {
        const AuditRecord& r = trail.at(i).record;
        const bool ours = (r.objectType == QLatin1String("item") && r.objectId == itemId) ||
                          (r.objectType == QLatin1String("signature") && signatures.contains(r.objectId));
        if (!ours)
            continue;
        if (i > 0 && i - 1 != lastTaken) {
            const AuditRecord& before = trail.at(i - 1).record;
            if (before.event == AuditEvent::Reauthenticated && before.at == r.at)
                out.append(trail.at(i - 1));
        }
        out.append(trail.at(i));
        lastTaken = i;
    }
    return out;
}

QStringList comparable(const QList<TrailRecord>& history)
{
    QStringList out;
    for (const TrailRecord& t : history) {
        const AuditRecord& r = t.record;
        const bool ownId =
            r.objectType == QLatin1String("item") || r.objectType == QLatin1String("signature");
        out << QStringList{AuditLog::timeText(r.at),
                           r.login,
                           QString::number(r.userId),
                           r.eventCode,
                           r.success ? L("ok") : L("failed"),
                           r.objectType,
                           ownId ? L("*") : QString::number(r.objectId),
                           json(masked(r.event, t.before)),
                           json(masked(r.event, t.after))}
                   .join(QLatin1Char('|'));
    }
    return out;
}

QStringList rowsOf(Database& db, qint64 itemId)
{
    QStringList out;
    auto rows = [&](const QString& label, const QString& sql) {
        QSqlQuery q = db.exec(sql, {{L("i"), itemId}});
        const int n = q.record().count();
        while (q.next()) {
            QStringList values;
            for (int c = 0; c < n; ++c) {
                const QVariant v = q.value(c);
                // Times as the program reads them, whatever the back end's text.
                const QString name = q.record().fieldName(c);
                if (name.endsWith(QLatin1String("_at")) && !v.isNull())
                    values << AuditLog::timeText(Database::timeFrom(v));
                else if ((name.endsWith(QLatin1String("_on")) || name == QLatin1String("drafted")) &&
                         !v.isNull())
                    values << Database::dateFrom(v).toString(Qt::ISODate);
                else
                    values << text(v);
            }
            out << label + QLatin1Char(' ') + values.join(QLatin1Char('|'));
        }
    };
    rows(L("item"),
         L("SELECT title, doc_number, category_id, attribute, withheld_ground, department_id, author_id,"
           " summary, body, drafted, status, created_at, updated_at, row_version FROM items WHERE id = :i"));
    rows(L("publication"), L("SELECT channel_id, published_on, reference FROM publications WHERE item_id = :i"
                             " ORDER BY published_on, id"));
    rows(L("submission"), L("SELECT agency_id, submitted_on, adopted, adopted_on, adopted_in FROM submissions"
                            " WHERE item_id = :i ORDER BY submitted_on, id"));
    rows(
        L("round"),
        L("SELECT round_no, chain, state, next_step, content_hash, started_at, started_by, started_login,"
          " ended_at, row_version, override_reason FROM review_rounds WHERE item_id = :i ORDER BY round_no"));
    rows(L("signature"),
         L("SELECT s.step_index, s.signer_id, s.signer_login, s.signer_name, s.role, s.meaning,"
           " s.step_label, s.opinion, s.comment, s.signed_at, s.content_hash FROM signatures s"
           " JOIN review_rounds r ON r.id = s.round_id WHERE r.item_id = :i ORDER BY r.round_no,"
           " s.step_index"));
    rows(L("send-back"),
         L("SELECT b.step_index, b.user_id, b.login, b.name, b.reason, b.sent_at FROM send_backs b"
           " JOIN review_rounds r ON r.id = b.round_id WHERE r.item_id = :i"));
    rows(L("paper"), L("SELECT reviewers, content_hash, recorded_at, recorded_by, attested_by, attester_name,"
                       " attester_role, form_ref, import_hash FROM paper_reviews WHERE item_id = :i"));
    return out;
}

qint64 replayThroughServices(Database& demo, qint64 itemId, Database& fresh, const QString& password)
{
    const QList<TrailRecord> history = itemHistory(demo, trailOf(demo), itemId);
    const std::optional<Item> original = ItemRepository(demo).get(itemId);
    if (!original)
        throw Error(L("no demo item %1").arg(itemId));
    QDateTime clock;
    fresh.setClock([&clock] { return clock; });
    // The system clock again however this ends.
    struct ClockBack
    {
        Database& db;
        ~ClockBack() { db.setClock({}); }
    } clockBack{fresh};
    auto as = [&](const AuditRecord& r) {
        clock = r.at;
        return AuthService(fresh).login(r.login, password);
    };
    ItemService items(fresh);
    ReviewService reviews(fresh);
    qint64 id = 0;
    auto rowVersion = [&] { return ItemRepository(fresh).get(id)->rowVersion; };
    for (qsizetype i = 0; i < history.size(); ++i) {
        const TrailRecord& t = history.at(i);
        const AuditRecord& r = t.record;
        switch (r.event) {
        case AuditEvent::ItemCreated: {
            const Session author = as(r);
            Item item = *original;
            item.id = 0;
            item.status = ItemStatus::Draft;
            item.publications.clear();
            item.submissions.clear();
            item.paperReview.clear();
            item.rowVersion = 0;
            id = items.create(author, item);
            break;
        }
        case AuditEvent::ItemChanged:
            if (t.after.value(L("status")).toString() == statusCode(ItemStatus::UnderReview)) {
                // Submitted for review: the round's record follows, with the author's reason if any.
                const QJsonObject round = i + 1 < history.size() ? history.at(i + 1).after : QJsonObject();
                reviews.submit(as(r), id, round.value(L("overrideReason")).toString());
            } else if (t.after.contains(L("submissions")) && !t.after.contains(L("status"))) {
                // The recorder's edit of the distribution: an adoption.
                QList<Submission> submissions;
                for (const QJsonValue& v : t.after.value(L("submissions")).toArray())
                    submissions << submissionFrom(v.toObject());
                const Session recorder = as(r);
                items.setDistribution(recorder, id, ItemRepository(fresh).get(id)->publications, submissions,
                                      rowVersion());
            }
            break; // any other status change is part of the call before it
        case AuditEvent::Reauthenticated: {
            // A signer's password: what follows says what they did.
            const Session signer = as(r);
            for (qsizetype k = i + 1; k < history.size(); ++k) {
                const TrailRecord& next = history.at(k);
                if (next.record.event == AuditEvent::ReviewSigned) {
                    ReviewOpinion opinion = ReviewOpinion::Disclose;
                    opinionFromString(next.after.value(L("opinion")).toString(), &opinion);
                    reviews.approve(signer, id, password, opinion, next.after.value(L("comment")).toString());
                    break;
                }
                if (next.record.event == AuditEvent::ReviewSentBack) {
                    reviews.sendBack(signer, id, password, next.after.value(L("reason")).toString());
                    break;
                }
                if (next.record.event == AuditEvent::PaperReviewRecorded) {
                    PaperAttestation a;
                    a.reviewers = next.after.value(L("reviewers")).toString();
                    a.formRef = next.after.value(L("formRef")).toString();
                    items.attestPaperReview(signer, id, password, a);
                    break;
                }
            }
            break;
        }
        case AuditEvent::PublicationAdded: {
            const QJsonArray list = t.after.value(L("publications")).toArray();
            const Session recorder = as(r);
            items.addPublication(recorder, id, publicationFrom(list.last().toObject()));
            break;
        }
        case AuditEvent::SubmissionAdded: {
            const QJsonArray list = t.after.value(L("submissions")).toArray();
            const Session recorder = as(r);
            items.addSubmission(recorder, id, submissionFrom(list.last().toObject()));
            break;
        }
        case AuditEvent::ItemWithdrawn: {
            const Session author = as(r);
            items.withdraw(author, id, rowVersion());
            break;
        }
        default:
            break; // written by the call before it
        }
    }
    return id;
}

} // namespace gongkai::test
