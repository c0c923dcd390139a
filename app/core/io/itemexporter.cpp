#include "itemexporter.h"

#include "../error.h"
#include "../review/servicecall.h"
#include "../storage/categoryrepository.h"
#include "../storage/channelrepository.h"
#include "../storage/database.h"
#include "../storage/departmentrepository.h"
#include "../storage/ledgerquery.h"
#include "../storage/reviewrepository.h"
#include "../storage/userrepository.h"
#include "csvwriter.h"
#include "itemcsvformat.h"

#include <QBuffer>
#include <QDir>
#include <QHash>
#include <QSaveFile>
#include <QSet>

namespace gongkai {

namespace {
constexpr int kPageSize = 1000;

/// "1,2,3" for an IN list. The ids are integers read from the database, so formatting them into the
/// SQL is safe, and it keeps one statement per page instead of a thousand bind values.
QString idList(const QList<qint64>& ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

/// How export names each author: the printed name when it points back to that user alone (so the
/// file reads naturally), else the login.
QHash<qint64, QString> authorNames(Database& db)
{
    const QList<User> users = UserRepository(db).list(true);
    QHash<QString, int> nameCount;
    QSet<QString> logins;
    for (const User& u : users) {
        ++nameCount[u.name];
        logins.insert(u.login.toCaseFolded());
    }
    QHash<qint64, QString> names;
    for (const User& u : users) {
        const bool unique = nameCount.value(u.name) == 1 && !logins.contains(u.name.toCaseFolded()) &&
                            !u.name.trimmed().isEmpty();
        names.insert(u.id, unique ? u.name : u.login);
    }
    return names;
}
} // namespace

ItemExporter::ItemExporter(Database& db) : m_db(db) {}

QList<Item> ItemExporter::load(const QList<qint64>& ids)
{
    QList<Item> items;
    if (ids.isEmpty())
        return items;
    const QString in = idList(ids);
    QHash<qint64, qsizetype> position;
    QSqlQuery q = m_db.exec(
        QStringLiteral("SELECT id, title, doc_number, category_id, attribute, withheld_ground, department_id,"
                       " author_id, summary, body, drafted, status FROM items WHERE id IN (%1)")
            .arg(in));
    items.resize(ids.size());
    for (qsizetype i = 0; i < ids.size(); ++i)
        position.insert(ids.at(i), i);
    while (q.next()) {
        Item& item = items[position.value(q.value(0).toLongLong())];
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
    }
    QSqlQuery p =
        m_db.exec(QStringLiteral("SELECT item_id, channel_id, published_on, reference FROM publications"
                                 " WHERE item_id IN (%1) ORDER BY item_id, published_on, id")
                      .arg(in));
    while (p.next()) {
        const qint64 itemId = p.value(0).toLongLong();
        items[position.value(itemId)].publications.append(
            {0, itemId, p.value(1).toLongLong(), Database::dateFrom(p.value(2)), p.value(3).toString()});
    }
    // The review that allows an item out: its attested paper review, or the signatures of its approved
    // latest round.
    const QHash<qint64, PaperReview> paper = ReviewRepository(m_db).paperReviews(ids);
    for (auto it = paper.cbegin(); it != paper.cend(); ++it)
        items[position.value(it.key())].paperReview = ItemCsvFormat::formatPaperReview(*it);
    QSqlQuery signed_ = m_db.exec(
        QStringLiteral(
            "SELECT r.item_id, s.step_label, s.signer_name, s.signed_at FROM review_rounds r"
            " JOIN signatures s ON s.round_id = r.id WHERE r.item_id IN (%1) AND r.state = 'approved'"
            " AND r.round_no = (SELECT MAX(r2.round_no) FROM review_rounds r2 WHERE r2.item_id = r.item_id)"
            " ORDER BY r.item_id, s.step_index")
            .arg(in));
    QHash<qint64, QStringList> electronic;
    while (signed_.next())
        electronic[signed_.value(0).toLongLong()]
            << QStringLiteral("%1 %2 %3")
                   .arg(signed_.value(1).toString(), signed_.value(2).toString(),
                        ItemCsvFormat::formatDate(Database::timeFrom(signed_.value(3)).toLocalTime().date()));
    for (auto it = electronic.cbegin(); it != electronic.cend(); ++it)
        items[position.value(it.key())].paperReview =
            QStringLiteral("电子审查：") + it->join(QStringLiteral("；"));
    QSqlQuery s =
        m_db.exec(QStringLiteral("SELECT item_id, agency_id, submitted_on, adopted, adopted_on, adopted_in"
                                 " FROM submissions WHERE item_id IN (%1) ORDER BY item_id, submitted_on, id")
                      .arg(in));
    while (s.next()) {
        const qint64 itemId = s.value(0).toLongLong();
        items[position.value(itemId)].submissions.append(
            {0, itemId, s.value(1).toLongLong(), Database::dateFrom(s.value(2)), s.value(3).toInt() != 0,
             Database::dateFrom(s.value(4)), s.value(5).toString()});
    }
    return items;
}

void ItemExporter::require(const Session& session)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, QStringLiteral("ledger"));
}

qint64 ItemExporter::write(const Session& session, QIODevice* device, const LedgerFilter& filter)
{
    require(session);
    return writeItems(device, filter);
}

qint64 ItemExporter::writeItems(QIODevice* device, const LedgerFilter& filter)
{
    QHash<qint64, QString> departments;
    for (const Department& d : DepartmentRepository(m_db).list(true))
        departments.insert(d.id, d.name);
    QHash<qint64, QString> categories;
    for (const Category& c : CategoryRepository(m_db).list(true))
        categories.insert(c.id, c.name);
    QHash<qint64, QString> channels;
    for (const Channel& c : ChannelRepository(m_db).list(true))
        channels.insert(c.id, c.name);
    const QHash<qint64, QString> authors = authorNames(m_db);

    CsvWriter csv(device);
    csv.writeBom();
    QStringList header;
    for (int c = 0; c < ItemCsvFormat::kColumnCount; ++c)
        header << ItemCsvFormat::header(ItemCsvFormat::Column(c));
    csv.writeRecord(header);

    // A page of ids at a time, by key rather than offset, keeps memory flat and every page as fast as
    // the first however large the ledger is.
    LedgerQuery query(m_db);
    qint64 written = 0;
    qint64 lastId = 0;
    while (csv.ok()) {
        const QList<qint64> ids = query.ids(filter, lastId, kPageSize);
        for (const Item& item : load(ids)) {
            if (item.id == 0)
                continue;
            QStringList publications;
            for (const Publication& p : item.publications)
                publications << ItemCsvFormat::formatPublication(channels.value(p.channelId), p);
            QStringList submissions;
            for (const Submission& s : item.submissions)
                submissions << ItemCsvFormat::formatSubmission(channels.value(s.agencyId), s);
            csv.writeRecord({QString::number(item.id), item.title, item.docNumber,
                             categories.value(item.categoryId), ItemCsvFormat::attributeWord(item.attribute),
                             item.withheldGround, departments.value(item.departmentId),
                             authors.value(item.authorId), ItemCsvFormat::formatDate(item.drafted),
                             ItemCsvFormat::statusWord(item.status), item.summary, item.body,
                             ItemCsvFormat::joinEntries(publications),
                             ItemCsvFormat::joinEntries(submissions), item.paperReview});
            ++written;
        }
        if (ids.size() < kPageSize)
            break;
        lastId = ids.constLast();
    }
    if (!csv.ok())
        throw Error(tr("The export could not be written: %1").arg(device->errorString()));
    return written;
}

qint64 ItemExporter::exportFile(const Session& session, const QString& path, const LedgerFilter& filter)
{
    require(session);
    // QSaveFile: a failed export never leaves half a file in place of a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const qint64 count = writeItems(&file, filter);
    if (!file.commit())
        throw Error(tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return count;
}

QByteArray ItemExporter::exportData(const Session& session, const LedgerFilter& filter)
{
    require(session);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    writeItems(&buffer, filter);
    buffer.close();
    return data;
}

} // namespace gongkai
