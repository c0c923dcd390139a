#include "itemrowreader.h"

#include "../storage/publicationgate.h"
#include "../storage/reviewrepository.h"
#include "importlookup.h"
#include "itemcsvheader.h"

namespace gongkai {

namespace {
using Column = ItemCsvFormat::Column;

/// Field names used by Item::validate for each column, so a problem found while reading a cell
/// silences the validation error that would only repeat it.
QString fieldName(Column column)
{
    switch (column) {
    case ItemCsvFormat::Id:
        return QStringLiteral("id");
    case ItemCsvFormat::Title:
        return QStringLiteral("title");
    case ItemCsvFormat::DocNumber:
        return QStringLiteral("docNumber");
    case ItemCsvFormat::Category:
        return QStringLiteral("category");
    case ItemCsvFormat::Attribute:
        return QStringLiteral("attribute");
    case ItemCsvFormat::WithheldGround:
        return QStringLiteral("withheldGround");
    case ItemCsvFormat::Department:
        return QStringLiteral("department");
    case ItemCsvFormat::Author:
        return QStringLiteral("author");
    case ItemCsvFormat::Drafted:
        return QStringLiteral("drafted");
    case ItemCsvFormat::Status:
        return QStringLiteral("status");
    case ItemCsvFormat::Summary:
        return QStringLiteral("summary");
    case ItemCsvFormat::Body:
        return QStringLiteral("body");
    case ItemCsvFormat::Publications:
        return QStringLiteral("publications");
    case ItemCsvFormat::Submissions:
        return QStringLiteral("submissions");
    case ItemCsvFormat::PaperReview:
        return QStringLiteral("paperReview");
    }
    return {};
}

QString joinWords(const QStringList& words)
{
    return words.join(QStringLiteral(", "));
}
} // namespace

QString ItemRowReader::value(Column column) const
{
    const int i = m_header.index(column);
    return i >= 0 && i < m_record.fields.size() ? m_record.fields.at(i).trimmed() : QString();
}

void ItemRowReader::problem(Column column, const QString& field, const QString& reason)
{
    m_flagged.insert(field);
    m_problems->append({m_record.line, m_header.name(column), reason});
    ++m_count;
}

void ItemRowReader::problem(Column column, const QString& reason)
{
    problem(column, fieldName(column), reason);
}

qint64 ItemRowReader::reference(Column column, qint64 (ImportLookup::*find)(const QString&, QString*),
                                const QString& ifEmpty)
{
    const QString name = value(column);
    if (name.isEmpty()) {
        problem(column, ifEmpty);
        return 0;
    }
    QString error;
    const qint64 id = (m_lookup.*find)(name, &error);
    if (id <= 0)
        problem(column, error);
    return id;
}

Item ItemRowReader::read()
{
    Item item;
    item.title = value(ItemCsvFormat::Title);
    item.docNumber = value(ItemCsvFormat::DocNumber);
    item.categoryId =
        reference(ItemCsvFormat::Category, &ImportLookup::category, tr("the category is empty"));

    const QString attribute = value(ItemCsvFormat::Attribute);
    if (!attribute.isEmpty() && !attributeFromString(attribute, &item.attribute)) {
        QStringList words;
        for (DisclosureAttribute a : allAttributes())
            words << ItemCsvFormat::attributeWord(a);
        problem(ItemCsvFormat::Attribute,
                tr("unknown disclosure attribute “%1”, expected one of %2").arg(attribute, joinWords(words)));
    }
    item.withheldGround = value(ItemCsvFormat::WithheldGround);
    item.departmentId =
        reference(ItemCsvFormat::Department, &ImportLookup::department, tr("the department is empty"));

    readAuthor(&item);

    const QString drafted = value(ItemCsvFormat::Drafted);
    if (!drafted.isEmpty() && !ItemCsvFormat::parseDate(drafted, &item.drafted))
        problem(ItemCsvFormat::Drafted, ItemCsvFormat::badDate(drafted));

    const QString status = value(ItemCsvFormat::Status);
    if (!status.isEmpty() && !statusFromString(status, &item.status)) {
        QStringList words;
        for (ItemStatus s : allStatuses())
            words << ItemCsvFormat::statusWord(s);
        problem(ItemCsvFormat::Status,
                tr("unknown status “%1”, expected one of %2").arg(status, joinWords(words)));
    }
    item.summary = value(ItemCsvFormat::Summary);
    item.body = value(ItemCsvFormat::Body);
    readPublications(&item);
    readSubmissions(&item);
    readPaperReview(&item);
    return item;
}

void ItemRowReader::readPublications(Item* item)
{
    const QStringList entries = ItemCsvFormat::splitEntries(value(ItemCsvFormat::Publications));
    for (int i = 0; i < entries.size(); ++i) {
        const QString field = QStringLiteral("publications[%1]").arg(i);
        // A broken entry still takes its place in the list, so later entries keep their numbers.
        Publication publication;
        ItemCsvFormat::PublicationEntry entry;
        QString error;
        if (!ItemCsvFormat::parsePublication(entries.at(i), &entry, &error)) {
            problem(ItemCsvFormat::Publications, field, tr("publication %1: %2").arg(i + 1).arg(error));
        } else {
            publication.date = entry.date;
            publication.reference = entry.reference;
            publication.channelId = m_lookup.channel(entry.channel, false, &error);
            if (publication.channelId <= 0)
                problem(ItemCsvFormat::Publications, field, tr("publication %1: %2").arg(i + 1).arg(error));
        }
        item->publications << publication;
    }
}

void ItemRowReader::readSubmissions(Item* item)
{
    const QStringList entries = ItemCsvFormat::splitEntries(value(ItemCsvFormat::Submissions));
    for (int i = 0; i < entries.size(); ++i) {
        const QString field = QStringLiteral("submissions[%1]").arg(i);
        Submission submission;
        ItemCsvFormat::SubmissionEntry entry;
        QString error;
        if (!ItemCsvFormat::parseSubmission(entries.at(i), &entry, &error)) {
            problem(ItemCsvFormat::Submissions, field, tr("submission %1: %2").arg(i + 1).arg(error));
        } else {
            submission.date = entry.date;
            submission.adopted = entry.adopted;
            submission.adoptedOn = entry.adoptedOn;
            submission.adoptedIn = entry.adoptedIn;
            submission.agencyId = m_lookup.channel(entry.agency, true, &error);
            if (submission.agencyId <= 0)
                problem(ItemCsvFormat::Submissions, field, tr("submission %1: %2").arg(i + 1).arg(error));
        }
        item->submissions << submission;
    }
}

void ItemRowReader::readAuthor(Item* item)
{
    const QString author = value(ItemCsvFormat::Author);
    if (author.isEmpty()) {
        problem(ItemCsvFormat::Author, tr("the author is empty"));
        return;
    }
    QString error;
    item->authorId = m_lookup.author(author, value(ItemCsvFormat::Department), &error);
    if (item->authorId <= 0) {
        problem(ItemCsvFormat::Author, error);
        return;
    }
    // Items are written by authors (谁撰写谁负责), and an author imports only their own.
    const User* user = m_lookup.user(item->authorId);
    if (user && !user->hasRole(Role::Author)) {
        problem(ItemCsvFormat::Author, tr("%1 (%2) is not an author (撰稿人); items are written by authors")
                                           .arg(user->name, user->login));
    } else if (m_policy.onlyAuthor > 0 && item->authorId != m_policy.onlyAuthor) {
        m_notOwn = true;
        problem(
            ItemCsvFormat::Author,
            tr("the row's author is %1: %2 imports only their own items; a publisher (信息发布员) imports "
               "other authors' items")
                .arg(author, m_policy.importer));
    }
}

void ItemRowReader::readPaperReview(Item* item)
{
    const QString cell = value(ItemCsvFormat::PaperReview);
    // 先审查后公开: what went out, or says it was reviewed on paper, needs the review attested.
    m_needsAttestation = !item->publications.isEmpty() || item->status == ItemStatus::Approved ||
                         item->status == ItemStatus::Published || !cell.isEmpty();
    item->paperReview.clear();
    if (!m_needsAttestation)
        return;
    item->paperReview = cell.isEmpty() ? m_policy.defaultReviewers.trimmed() : cell;
    // One problem here says what to do; the publication rule would only repeat it for every entry.
    if (!m_policy.attested) {
        problem(
            ItemCsvFormat::PaperReview,
            tr("the item went out (已审核, 已发布 or publications) or names a paper review, and nothing goes "
               "out "
               "unreviewed: it needs a paper review attested by a signer — a section chief or leader "
               "attests the file's paper reviews with their password and the paper form's number or date"));
        return;
    }
    if (item->paperReview.isEmpty())
        problem(ItemCsvFormat::PaperReview,
                tr("the item went out (已审核, 已发布 or publications) but its paper review is not named: "
                   "give its "
                   "paper reviewers and the dates in this column, or a text for all such rows"));
    if (m_policy.attester > 0 && item->authorId == m_policy.attester) {
        m_attesterIsAuthor = true;
        problem(
            ItemCsvFormat::Author, QStringLiteral("attester"),
            tr("%1 attests the file's paper reviews and wrote this item: nobody attests the review of their "
               "own item")
                .arg(m_policy.attesterName));
    }
}

void ItemRowReader::report(const QList<FieldError>& errors)
{
    const QString unreviewed = PublicationGate::problem(ApprovalState{}, QString());
    for (const FieldError& e : errors) {
        if (m_flagged.contains(e.field))
            continue;
        if (m_needsAttestation && e.message.contains(unreviewed))
            continue;
        const std::optional<Column> column = ItemCsvFormat::columnForField(e.field);
        m_problems->append({m_record.line, column ? m_header.name(*column) : QString(), e.message});
        ++m_count;
    }
}

} // namespace gongkai
