#include "itemrepository.h"

#include "../domain/itemcontent.h"
#include "../error.h"
#include "attachmentrepository.h"
#include "auditlog.h"
#include "database.h"
#include "itemauditjson.h"
#include "publicationgate.h"
#include "reviewrepository.h"

#include <QCoreApplication>

#include <algorithm>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}
} // namespace

ItemRepository::ItemRepository(Database& db) : m_db(db) {}

std::optional<Item> ItemRepository::get(qint64 id) const
{
    QSqlQuery q = m_db.exec(
        L("SELECT id, title, doc_number, category_id, attribute, withheld_ground, department_id, author_id,"
          " summary, body, drafted, status, created_at, updated_at, row_version FROM items WHERE id = :id"),
        {{L("id"), id}});
    if (!q.next())
        return std::nullopt;
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
    item.createdAt = Database::timeFrom(q.value(12));
    item.updatedAt = Database::timeFrom(q.value(13));
    item.rowVersion = q.value(14).toInt();

    QSqlQuery p = m_db.exec(L("SELECT id, channel_id, published_on, reference FROM publications "
                              "WHERE item_id = :id ORDER BY published_on, id"),
                            {{L("id"), id}});
    while (p.next())
        item.publications.append({p.value(0).toLongLong(), id, p.value(1).toLongLong(),
                                  Database::dateFrom(p.value(2)), p.value(3).toString()});
    QSqlQuery s = m_db.exec(L("SELECT id, agency_id, submitted_on, adopted, adopted_on, adopted_in "
                              "FROM submissions WHERE item_id = :id ORDER BY submitted_on, id"),
                            {{L("id"), id}});
    while (s.next())
        item.submissions.append({s.value(0).toLongLong(), id, s.value(1).toLongLong(),
                                 Database::dateFrom(s.value(2)), s.value(3).toInt() != 0,
                                 Database::dateFrom(s.value(4)), s.value(5).toString()});
    item.paperReview =
        m_db.scalar(L("SELECT reviewers FROM paper_reviews WHERE item_id = :id"), {{L("id"), id}}).toString();
    item.attachments = AttachmentRepository(m_db).list(id);
    return item;
}

QList<FieldError> ItemRepository::validate(const Item& item) const
{
    QList<FieldError> errors = item.validate();
    auto exists = [this](const char* sql, qint64 id) {
        return m_db.scalar(QString::fromLatin1(sql), {{L("id"), id}}).isValid();
    };
    if (item.categoryId > 0 && !exists("SELECT id FROM categories WHERE id = :id", item.categoryId))
        errors.append({L("category"), tr("The category does not exist.")});
    if (item.departmentId > 0 && !exists("SELECT id FROM departments WHERE id = :id", item.departmentId))
        errors.append({L("department"), tr("The department does not exist.")});
    if (item.authorId > 0 && !exists("SELECT id FROM users WHERE id = :id", item.authorId))
        errors.append({L("author"), tr("The author does not exist.")});
    auto agencyFlag = [this](qint64 id) {
        return m_db.scalar(L("SELECT is_agency FROM channels WHERE id = :id"), {{L("id"), id}});
    };
    for (int i = 0; i < item.publications.size(); ++i) {
        const qint64 channel = item.publications.at(i).channelId;
        if (channel <= 0)
            continue;
        const QVariant flag = agencyFlag(channel);
        if (!flag.isValid())
            errors.append({L("publications[%1]").arg(i), tr("Publication %1: the channel does not exist.").arg(i + 1)});
        else if (flag.toInt() != 0)
            errors.append({L("publications[%1]").arg(i),
                           tr("Publication %1: that is an upper agency; record it as a submission.").arg(i + 1)});
    }
    for (int i = 0; i < item.submissions.size(); ++i) {
        const qint64 agency = item.submissions.at(i).agencyId;
        if (agency <= 0)
            continue;
        const QVariant flag = agencyFlag(agency);
        if (!flag.isValid())
            errors.append({L("submissions[%1]").arg(i), tr("Submission %1: the agency does not exist.").arg(i + 1)});
        else if (flag.toInt() == 0)
            errors.append({L("submissions[%1]").arg(i),
                           tr("Submission %1: that channel is not an upper agency.").arg(i + 1)});
    }
    std::optional<Item> stored;
    if (item.id > 0)
        stored = get(item.id);
    errors << validateAttachments(item);
    errors << PublicationGate(m_db).check(item, stored ? &*stored : nullptr);
    return errors;
}

void ItemRepository::checkOrThrow(const Item& item) const
{
    const QList<FieldError> errors = validate(item);
    if (!errors.isEmpty())
        throw ValidationError(errors);
}

ItemStatus ItemRepository::statusAfterSave(const Item& item, bool roundOpen) const
{
    if (item.status == ItemStatus::Withdrawn)
        return ItemStatus::Withdrawn;
    if (roundOpen)
        return ItemStatus::UnderReview;
    if (item.id > 0) {
        const ApprovalState approval = ReviewRepository(m_db).approvalOf(item.id);
        if (approval.kind == ApprovalState::Kind::SentBack)
            return ItemStatus::Rejected;
        if (approval.kind == ApprovalState::Kind::Recalled)
            return ItemStatus::Draft;
    }
    // A publication on record means the item went out.
    if (!item.publications.isEmpty())
        return ItemStatus::Published;
    return item.status;
}

QList<FieldError> ItemRepository::validateAttachments(const Item& item) const
{
    QList<FieldError> errors;
    AttachmentRepository files(m_db);
    for (int i = 0; i < item.attachments.size(); ++i) {
        const Attachment& a = item.attachments.at(i);
        const QString field = L("attachments[%1]").arg(i);
        if (a.id == 0 && a.data.isEmpty())
            errors.append({field, tr("Attachment %1 (%2) has no content.").arg(i + 1).arg(a.fileName)});
        if (a.id != 0 && (item.id <= 0 || files.itemOf(a.id) != item.id))
            errors.append({field, tr("Attachment %1 (%2) belongs to another item.").arg(i + 1).arg(a.fileName)});
        for (int j = 0; j < i; ++j) {
            if (item.attachments.at(j).sameFile(a)) {
                errors.append({field, tr("%1 is attached twice.").arg(a.fileName)});
                break;
            }
        }
    }
    return errors;
}

void ItemRepository::writeAttachments(const QList<Attachment>& before, Item& item)
{
    AttachmentRepository files(m_db);
    const QString login = m_db.actor().login;
    for (const Attachment& was : before) {
        const bool kept = std::any_of(item.attachments.cbegin(), item.attachments.cend(),
                                      [&](const Attachment& a) { return a.id == was.id; });
        if (!kept)
            files.setRemoved(was.id, true, login);
    }
    for (Attachment& a : item.attachments) {
        if (a.id == 0) {
            files.insert(item.id, a, login);
            continue;
        }
        const bool wasThere = std::any_of(before.cbegin(), before.cend(),
                                          [&](const Attachment& b) { return b.id == a.id; });
        if (!wasThere)
            files.setRemoved(a.id, false, login); // undoing a removal
    }
}

void ItemRepository::writeChildren(const Item& item)
{
    m_db.exec(L("DELETE FROM publications WHERE item_id = :id"), {{L("id"), item.id}});
    m_db.exec(L("DELETE FROM submissions WHERE item_id = :id"), {{L("id"), item.id}});
    for (const Publication& p : item.publications)
        m_db.exec(L("INSERT INTO publications (item_id, channel_id, published_on, reference) "
                    "VALUES (:i, :c, :d, :r)"),
                  {{L("i"), item.id}, {L("c"), p.channelId}, {L("d"), m_db.toDb(p.date)},
                   {L("r"), p.reference.trimmed()}});
    for (const Submission& s : item.submissions)
        m_db.exec(L("INSERT INTO submissions (item_id, agency_id, submitted_on, adopted, adopted_on, adopted_in) "
                    "VALUES (:i, :a, :d, :ad, :ao, :ai)"),
                  {{L("i"), item.id}, {L("a"), s.agencyId}, {L("d"), m_db.toDb(s.date)},
                   {L("ad"), s.adopted ? 1 : 0}, {L("ao"), m_db.toDb(s.adoptedOn)},
                   {L("ai"), s.adoptedIn.trimmed()}});
}

static QVariantMap contentBinds(const Database& db, const Item& item, ItemStatus status)
{
    return {{L("t"), item.title.trimmed()},
            {L("dn"), item.docNumber.trimmed()},
            {L("c"), item.categoryId},
            {L("at"), int(item.attribute)},
            {L("wg"), item.attribute == DisclosureAttribute::Withheld ? item.withheldGround.trimmed() : QString()},
            {L("d"), item.departmentId},
            {L("au"), item.authorId},
            {L("s"), item.summary},
            {L("b"), item.body},
            {L("dr"), db.toDb(item.drafted)},
            {L("st"), int(status)}};
}

qint64 ItemRepository::add(Item& item)
{
    checkOrThrow(item);
    TransactionGuard tx(m_db);
    Item stored = PublicationGate::normalized(item);
    stored.id = 0;
    const ItemStatus status = statusAfterSave(stored, false);
    const QDateTime now = m_db.nowUtc();
    QVariantMap binds = contentBinds(m_db, item, status);
    binds.insert(L("now"), m_db.toDb(now));
    binds.insert(L("now2"), m_db.toDb(now));
    const qint64 id = m_db.insert(
        L("INSERT INTO items (title, doc_number, category_id, attribute, withheld_ground, department_id,"
          " author_id, summary, body, drafted, status, created_at, updated_at, row_version)"
          " VALUES (:t, :dn, :c, :at, :wg, :d, :au, :s, :b, :dr, :st, :now, :now2, 1) RETURNING id"),
        binds);
    stored.id = id;
    stored.status = status;
    writeChildren(stored);
    writeAttachments({}, stored);
    AuditLog(m_db).append({AuditEvent::ItemCreated, true, L("item"), id, {}, ItemAuditJson::snapshot(stored)});
    tx.commit();
    item.id = id;
    item.status = status;
    item.attachments = stored.attachments;
    item.paperReview.clear();
    item.createdAt = now;
    item.updatedAt = now;
    item.rowVersion = 1;
    return id;
}

void ItemRepository::update(Item& item)
{
    save(item, AuditEvent::ItemChanged);
}

void ItemRepository::save(Item& item, AuditEvent event)
{
    checkOrThrow(item);
    TransactionGuard tx(m_db);
    const std::optional<Item> before = get(item.id);
    if (!before)
        throw Error(tr("Item %1 does not exist.").arg(item.id));
    Item after = PublicationGate::normalized(item);
    ReviewRepository reviews(m_db);
    const bool open = reviews.hasOpenRound(item.id);
    // Whether a change may be made (frozen under review, a new round after approval) is ItemService's.
    const ItemStatus status = statusAfterSave(after, open);
    const QDateTime now = m_db.nowUtc();
    QVariantMap binds = contentBinds(m_db, item, status);
    binds.insert(L("id"), item.id);
    binds.insert(L("v"), item.rowVersion);
    binds.insert(L("now"), m_db.toDb(now));
    QSqlQuery q = m_db.exec(
        L("UPDATE items SET title = :t, doc_number = :dn, category_id = :c, attribute = :at,"
          " withheld_ground = :wg, department_id = :d, author_id = :au, summary = :s, body = :b,"
          " drafted = :dr, status = :st, updated_at = :now, row_version = row_version + 1"
          " WHERE id = :id AND row_version = :v"),
        binds);
    if (q.numRowsAffected() != 1)
        throw ConflictError(tr("Item %1 was changed by someone else since you opened it. Reopen it and "
                               "make your change again.")
                                .arg(item.id));
    writeChildren(item);
    writeAttachments(before->attachments, after);
    if (open && status == ItemStatus::Withdrawn) {
        if (const auto round = reviews.openRound(item.id))
            reviews.close(round->id, RoundState::Withdrawn);
    }
    after.status = status;
    QJsonObject was;
    QJsonObject now2;
    ItemAuditJson::diff(*before, after, &was, &now2);
    if (!was.isEmpty() || !now2.isEmpty())
        AuditLog(m_db).append({event, true, L("item"), item.id, was, now2});
    tx.commit();
    item.status = status;
    item.attachments = after.attachments;
    item.paperReview = before->paperReview;
    item.updatedAt = now;
    item.rowVersion += 1;
}

void ItemRepository::withdraw(qint64 id, int expectedRowVersion)
{
    std::optional<Item> item = get(id);
    if (!item)
        throw Error(tr("Item %1 does not exist.").arg(id));
    if (item->rowVersion != expectedRowVersion)
        throw ConflictError(tr("Item %1 was changed by someone else since you opened it.").arg(id));
    if (item->status == ItemStatus::Withdrawn)
        return;
    TransactionGuard tx(m_db);
    QSqlQuery q = m_db.exec(L("UPDATE items SET status = :st, updated_at = :now, row_version = row_version + 1"
                              " WHERE id = :id AND row_version = :v"),
                            {{L("st"), int(ItemStatus::Withdrawn)},
                             {L("now"), m_db.toDb(m_db.nowUtc())},
                             {L("id"), id},
                             {L("v"), expectedRowVersion}});
    if (q.numRowsAffected() != 1)
        throw ConflictError(tr("Item %1 was changed by someone else since you opened it.").arg(id));
    // A withdrawn item is not reviewed any further.
    ReviewRepository reviews(m_db);
    QJsonObject after{{L("status"), statusCode(ItemStatus::Withdrawn)}};
    if (const auto round = reviews.openRound(id)) {
        reviews.close(round->id, RoundState::Withdrawn);
        after.insert(L("roundWithdrawn"), round->number);
    }
    AuditLog(m_db).append(
        {AuditEvent::ItemWithdrawn, true, L("item"), id, {{L("status"), statusCode(item->status)}}, after});
    tx.commit();
}

int ItemRepository::reinstate(qint64 id, ItemStatus status, int expectedRowVersion)
{
    if (status == ItemStatus::Withdrawn)
        throw Error(tr("An item cannot be reinstated as withdrawn."));
    std::optional<Item> item = get(id);
    if (!item)
        throw Error(tr("Item %1 does not exist.").arg(id));
    if (item->rowVersion != expectedRowVersion)
        throw ConflictError(tr("Item %1 was changed by someone else since you opened it.").arg(id));
    if (item->status != ItemStatus::Withdrawn)
        throw Error(tr("Item %1 is not withdrawn.").arg(id));
    if (status == ItemStatus::Approved || status == ItemStatus::Published) {
        const QString why =
            PublicationGate::problem(ReviewRepository(m_db).approvalOf(id), ItemContent::hash(*item));
        if (!why.isEmpty())
            throw ValidationError({{L("status"), tr("Item %1 cannot be reinstated as %2: %3")
                                                     .arg(id)
                                                     .arg(statusDisplayName(status), why)}});
    }
    // The review that was open when the item was withdrawn ended with it: the item is a draft again.
    if (status == ItemStatus::UnderReview && !ReviewRepository(m_db).hasOpenRound(id))
        status = ItemStatus::Draft;
    TransactionGuard tx(m_db);
    QSqlQuery q = m_db.exec(L("UPDATE items SET status = :st, updated_at = :now, row_version = row_version + 1"
                              " WHERE id = :id AND row_version = :v AND status = :w"),
                            {{L("st"), int(status)},
                             {L("now"), m_db.toDb(m_db.nowUtc())},
                             {L("id"), id},
                             {L("v"), expectedRowVersion},
                             {L("w"), int(ItemStatus::Withdrawn)}});
    if (q.numRowsAffected() != 1)
        throw ConflictError(tr("Item %1 was changed by someone else since you opened it.").arg(id));
    AuditLog(m_db).append({AuditEvent::ItemReinstated, true, L("item"), id,
                           {{L("status"), statusCode(ItemStatus::Withdrawn)}}, {{L("status"), statusCode(status)}}});
    tx.commit();
    return expectedRowVersion + 1;
}

int ItemRepository::setReviewStatus(qint64 id, ItemStatus status)
{
    TransactionGuard tx(m_db);
    const QVariant old = m_db.scalar(L("SELECT status FROM items WHERE id = :id"), {{L("id"), id}});
    if (!old.isValid())
        throw Error(tr("Item %1 does not exist.").arg(id));
    m_db.exec(L("UPDATE items SET status = :st, updated_at = :now, row_version = row_version + 1 WHERE id = :id"),
              {{L("st"), int(status)}, {L("now"), m_db.toDb(m_db.nowUtc())}, {L("id"), id}});
    if (ItemStatus(old.toInt()) != status)
        AuditLog(m_db).append({AuditEvent::ItemChanged, true, L("item"), id,
                               {{L("status"), statusCode(ItemStatus(old.toInt()))}}, {{L("status"), statusCode(status)}}});
    const int version = m_db.scalar(L("SELECT row_version FROM items WHERE id = :id"), {{L("id"), id}}).toInt();
    tx.commit();
    return version;
}

void ItemRepository::addPublication(qint64 itemId, const Publication& publication)
{
    std::optional<Item> item = get(itemId);
    if (!item)
        throw Error(tr("Item %1 does not exist.").arg(itemId));
    if (item->status == ItemStatus::Withdrawn)
        throw Error(tr("Item %1 is withdrawn; it cannot be published.").arg(itemId));
    item->publications.append(publication);
    save(*item, AuditEvent::PublicationAdded);
}

void ItemRepository::addSubmission(qint64 itemId, const Submission& submission)
{
    std::optional<Item> item = get(itemId);
    if (!item)
        throw Error(tr("Item %1 does not exist.").arg(itemId));
    item->submissions.append(submission);
    save(*item, AuditEvent::SubmissionAdded);
}

qint64 ItemRepository::count() const
{
    return m_db.scalar(L("SELECT COUNT(*) FROM items")).toLongLong();
}

} // namespace gongkai
