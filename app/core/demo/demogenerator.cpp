#include "demogenerator.h"

#include "../domain/item.h"
#include "../storage/categoryrepository.h"
#include "../storage/channelrepository.h"
#include "../storage/database.h"
#include "../storage/departmentrepository.h"
#include "../review/passwordhasher.h"
#include "../report/officesettings.h"
#include "../storage/auditlog.h"
#include "../storage/migrations.h"
#include "../storage/reviewrepository.h"
#include "../storage/userrepository.h"
#include "bulkinserter.h"
#include "demooffice.h"
#include "demoreviews.h"
#include "demoworkrecords.h"
#include "demotext.h"

#include <QJsonObject>

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace gongkai {

namespace {

constexpr qint64 kMaxReviewedInProgram = 20000;

struct Named
{
    qint64 id = 0;
    QString name;
    int weight = 1;
    int total = 0; ///< sum of the weights, kept on the first entry of a list by Run::sum
};

/// One generation: the office's ids, the date range, the random stream and the bulk writers.
class Run
{
public:
    Run(Database& db, const DemoOptions& options, const DemoGenerator::Progress& progress)
        : m_db(db), m_options(options), m_progress(progress), m_rng(options.seed), m_text(m_rng),
          m_empty(QStringLiteral("")), m_null(db.toDb(QDate()))
    {
    }

    DemoSummary execute();

private:
    /// Children go after their item: foreign keys are checked at once on both back ends.
    struct Writers
    {
        explicit Writers(Database& db);
        BulkInserter items;
        BulkInserter publications;
        BulkInserter submissions;
    };
    struct Pub
    {
        int channel;
        int day;
    };
    struct Sub
    {
        int agency;
        int day;
        int adoptedDay; ///< -1 when not adopted
    };

    void setUpOffice(DemoSummary& summary);
    void setUpDates();
    QStringList dropIndexes();
    bool writeItems(DemoSummary& summary);
    void writeItem(Writers& w, int dayIndex, DemoSummary& summary);
    static int sum(QList<Named>& list);
    int weighted(const QList<Named>& list);
    QVariant time(int dayIndex, int secondsAfterOpening) const;
    QDateTime utcTime(int dayIndex, int secondsAfterOpening) const;

    Database& m_db;
    DemoOptions m_options;
    DemoGenerator::Progress m_progress;
    QRandomGenerator m_rng;
    DemoText m_text;
    QDateTime m_now;
    const QVariant m_empty;
    const QVariant m_null;

    QList<DemoOffice::Category> m_categorySpecs;
    QList<Named> m_categories; ///< parallel to m_categorySpecs
    QList<Named> m_departments;
    QList<QList<Named>> m_authors; ///< by department index
    QList<Named> m_channels;
    QList<Named> m_agencies;
    QList<DemoReviews::Account> m_accounts;
    std::unique_ptr<DemoReviews> m_reviews;

    QDate m_firstDay;
    QList<QVariant> m_dayValues; ///< stored form of each day from m_firstDay to lastDay
    QList<qint64> m_itemsBefore; ///< items drafted before each day
    qint64 m_itemId = 0;
    qint64 m_publicationId = 0;
    qint64 m_submissionId = 0;
    QList<Pub> m_pubs;
    QList<Sub> m_subs;
};

DemoSummary Run::execute()
{
    DemoSummary summary;
    m_now = m_db.nowUtc();
    TransactionGuard tx(m_db);
    setUpOffice(summary);
    setUpDates();
    // A big load is faster with the indexes built once at the end than kept up row by row.
    const QStringList indexes = m_options.items > 20000 ? dropIndexes() : QStringList();
    if (!writeItems(summary))
        return DemoSummary{0, 0, 0, 0, 0, 0, 0, 0, true}; // the guard rolls everything back, indexes too
    for (const QString& sql : indexes)
        m_db.execRaw(sql);
    summary.workRecords = DemoWorkRecords::write(m_db, m_options.seed, m_firstDay, m_options.lastDay, m_now);
    if (!OfficeSettings::hasUnitName(m_db))
        OfficeSettings::setUnitName(m_db, QStringLiteral("某市商务局"));
    m_db.exec(QStringLiteral("DELETE FROM gongkai_meta WHERE key = 'demo'"));
    m_db.exec(QStringLiteral("INSERT INTO gongkai_meta (key, value) VALUES ('demo', '1')"));
    AuditLog(m_db).append({AuditEvent::DemoGenerated, true, QString(), 0, {},
                           QJsonObject{{QStringLiteral("items"), QString::number(summary.items)},
                                       {QStringLiteral("seed"), QString::number(m_options.seed)}}});
    if (m_db.dialect() == Dialect::PostgreSql) {
        // Rows were written with explicit ids; move the identity sequences past them.
        for (const char* table : {"items", "publications", "submissions"})
            m_db.execRaw(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), m) FROM "
                                        "(SELECT MAX(id) AS m FROM %1) t WHERE m IS NOT NULL")
                             .arg(QLatin1String(table)));
    }
    tx.commit();
    // Fresh statistics, so the planner picks the right indexes for the big tables at once.
    if (m_db.dialect() == Dialect::Sqlite)
        m_db.execRaw(QStringLiteral("ANALYZE"));
    else
        m_db.execRaw(QStringLiteral("ANALYZE items, publications, submissions"));
    return summary;
}

QStringList Run::dropIndexes()
{
    const bool sqlite = m_db.dialect() == Dialect::Sqlite;
    QSqlQuery q = m_db.exec(
        sqlite ? QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
                                " AND tbl_name IN ('items', 'publications', 'submissions')")
               : QStringLiteral(
                     "SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema()"
                     " AND i.tablename IN ('items', 'publications', 'submissions') AND NOT EXISTS"
                     " (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)"));
    QStringList names;
    QStringList create;
    while (q.next()) {
        names << q.value(0).toString();
        create << q.value(1).toString();
    }
    for (const QString& name : names)
        m_db.execRaw(QStringLiteral("DROP INDEX %1").arg(name));
    return create;
}

int Run::sum(QList<Named>& list)
{
    int total = 0;
    for (const Named& n : list)
        total += n.weight;
    if (!list.isEmpty())
        list.first().total = total;
    return total;
}

int Run::weighted(const QList<Named>& list)
{
    int draw = int(m_rng.bounded(list.first().total));
    for (int i = 0; i < list.size(); ++i) {
        draw -= list.at(i).weight;
        if (draw < 0)
            return i;
    }
    return int(list.size()) - 1;
}

void Run::setUpOffice(DemoSummary& summary)
{
    ChannelRepository channels(m_db);
    CategoryRepository categories(m_db);
    if (channels.list(false).isEmpty() || categories.list(false).isEmpty())
        Migrations::seedDefaults(m_db);

    DepartmentRepository departments(m_db);
    QStringList departmentNames;
    for (const DemoOffice::Department& d : DemoOffice::departments()) {
        const auto existing = departments.byName(d.name);
        m_departments.append({existing ? existing->id : departments.add(d.name), d.name, d.weight});
        departmentNames << d.name;
    }
    sum(m_departments);
    summary.departments = m_departments.size();

    m_authors.resize(m_departments.size());
    UserRepository users(m_db);
    for (const DemoAccount& account : DemoOffice::accounts()) {
        const auto existing = users.byLogin(account.login);
        const int dept = int(departmentNames.indexOf(account.department));
        qint64 id = existing ? existing->id : 0;
        if (!existing) {
            User user;
            user.login = account.login;
            user.name = account.name;
            user.departmentId = m_departments.at(dept).id;
            user.roles = account.roles;
            id = users.add(user);
        }
        if (account.roles.contains(Role::Author)) // plain authors write more than their chiefs
            m_authors[dept].append({id, account.name, account.roles.size() == 1 ? 2 : 1});
        m_accounts.append({id, account.login, account.name, m_departments.at(dept).id, account.roles});
        ++summary.users;
    }
    // One hash for all: the demo password is the same for everyone, and hashing is slow on purpose.
    const QVariant hash = PasswordHasher::hash(DemoGenerator::demoPassword());
    for (const DemoReviews::Account& a : std::as_const(m_accounts))
        m_db.exec(QStringLiteral("UPDATE users SET password_hash = :h, must_change_password = 0, failed_logins = 0,"
                                 " locked_until = NULL WHERE id = :id"),
                  {{QStringLiteral("h"), hash}, {QStringLiteral("id"), a.id}});
    for (QList<Named>& list : m_authors)
        sum(list);

    const QList<Category> active = categories.list(false);
    m_categorySpecs = DemoOffice::categories();
    for (const DemoOffice::Category& spec : m_categorySpecs) {
        const auto found = categories.byName(spec.name);
        // An office that retired a seeded category still gets its texts, filed under another category.
        m_categories.append({found && found->active ? found->id : active.first().id, spec.name, spec.weight});
    }
    sum(m_categories);

    for (const Channel& c : channels.list(false)) {
        if (c.isAgency)
            m_agencies.append({c.id, c.name, 1});
        else
            m_channels.append({c.id, c.name, DemoOffice::channelWeight(c.name)});
    }
    if (m_agencies.isEmpty()) {
        const QString name = QStringLiteral("市委办公厅《每日要情》");
        m_agencies.append({channels.add(name, true), name, 1});
    }
    sum(m_channels);
}

void Run::setUpDates()
{
    // Two years of items, so that reports have a same period last year to compare with; a big ledger
    // spreads over more years (100,000 a year, a busy bureau's pace).
    const qint64 n = qMax<qint64>(0, m_options.items);
    const int years = int(qBound(qint64(2), (n + 99999) / 100000, qint64(20)));
    const QDate last = m_options.lastDay;
    m_firstDay = last.addYears(-years).addDays(1);
    const int days = int(m_firstDay.daysTo(last)) + 1;

    // Working days carry the load, weekends a trickle; each day varies a little.
    QList<double> cumulative(days + 1, 0.0);
    for (int d = 0; d < days; ++d) {
        const QDate day = m_firstDay.addDays(d);
        const double base = day.dayOfWeek() >= 6 ? 0.08 : 1.0;
        cumulative[d + 1] = cumulative[d] + base * (0.7 + 0.6 * m_rng.generateDouble());
        m_dayValues.append(m_db.toDb(day));
    }
    m_itemsBefore.resize(days + 1);
    for (int d = 0; d <= days; ++d)
        m_itemsBefore[d] = std::llround(cumulative[d] / cumulative[days] * double(n));
}

QDateTime Run::utcTime(int dayIndex, int secondsAfterOpening) const
{
    // Office hours in China (UTC+8) start at 08:30, 00:30 UTC; never later than now.
    const QDateTime utc =
        QDateTime(m_firstDay.addDays(dayIndex), QTime(0, 30), Qt::UTC).addSecs(secondsAfterOpening);
    return qMin(utc, m_now);
}

QVariant Run::time(int dayIndex, int secondsAfterOpening) const
{
    return m_db.toDb(utcTime(dayIndex, secondsAfterOpening));
}

namespace {
QStringList columns(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}
} // namespace

Run::Writers::Writers(Database& db)
    : items(
          db, QStringLiteral("items"),
          columns("id,title,doc_number,category_id,attribute,withheld_ground,department_id,author_id,summary,"
                  "body,drafted,status,created_at,updated_at,row_version")),
      publications(db, QStringLiteral("publications"),
                   columns("id,item_id,channel_id,published_on,reference"), &items),
      submissions(db, QStringLiteral("submissions"),
                  columns("id,item_id,agency_id,submitted_on,adopted,adopted_on,adopted_in"), &items)
{
}

bool Run::writeItems(DemoSummary& summary)
{
    auto nextId = [this](const char* table) {
        return m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(QLatin1String(table)))
                   .toLongLong() +
               1;
    };
    m_itemId = nextId("items");
    m_publicationId = nextId("publications");
    m_submissionId = nextId("submissions");

    const qint64 total = m_itemsBefore.last();
    if (m_progress && !m_progress(0, total))
        return false;
    Writers w(m_db);
    // The program has been in use for the last six months, or, in a huge demo ledger, for its last
    // 20,000 items: older items were reviewed on paper.
    QDate electronicFrom = m_options.lastDay.addMonths(-6);
    for (int d = 0; d < m_dayValues.size(); ++d) {
        if (total - m_itemsBefore[d] <= kMaxReviewedInProgram) {
            electronicFrom = qMax(electronicFrom, m_firstDay.addDays(d));
            break;
        }
    }
    m_reviews = std::make_unique<DemoReviews>(m_db, m_rng, m_accounts, ReviewRepository(m_db).configuredChain(),
                                              electronicFrom, m_now, w.items);
    qint64 done = 0;
    for (int day = 0; day < m_dayValues.size(); ++day) {
        for (qint64 k = m_itemsBefore[day]; k < m_itemsBefore[day + 1]; ++k) {
            writeItem(w, day, summary);
            if (++done % 10000 == 0 && done < total && m_progress && !m_progress(done, total))
                return false;
        }
    }
    w.items.flush();
    w.publications.flush();
    w.submissions.flush();
    m_reviews->finish();
    summary.reviewRounds = m_reviews->rounds();
    summary.signatures = m_reviews->signatures();
    summary.paperReviews = m_reviews->paperReviews();
    return !m_progress || m_progress(total, total);
}

void Run::writeItem(Writers& w, int dayIndex, DemoSummary& summary)
{
    const int lastIndex = int(m_dayValues.size()) - 1;
    const QDate drafted = m_firstDay.addDays(dayIndex);
    const int cat = weighted(m_categories);
    const DemoOffice::Category& spec = m_categorySpecs.at(cat);
    int dept = spec.department;
    if (dept < 0 || dept >= m_departments.size() || m_rng.bounded(100) >= 70)
        dept = weighted(m_departments);
    const QList<Named>& authors = m_authors.at(dept);
    qint64 author = authors.at(weighted(authors)).id;
    const DemoText::Content content = m_text.item(spec.name, m_departments.at(dept).name, drafted);

    const int a = int(m_rng.bounded(1000));
    const auto attribute = a < 930   ? DisclosureAttribute::Proactive
                           : a < 980 ? DisclosureAttribute::OnRequest
                                     : DisclosureAttribute::Withheld;
    const QString ground = attribute == DisclosureAttribute::Withheld ? m_text.withheldGround() : QString();

    // Recent items are often still on their way through the review chain.
    const int age = lastIndex - dayIndex;
    const int unfinished = age < 7 ? 600 : age < 30 ? 200 : age < 90 ? 40 : 10;
    ItemStatus status = ItemStatus::Published;
    int channels = 0;
    if (int(m_rng.bounded(1000)) < unfinished) {
        const int s = int(m_rng.bounded(100));
        status = s < 35   ? ItemStatus::Draft
                 : s < 70 ? ItemStatus::UnderReview
                 : s < 85 ? ItemStatus::Approved
                          : ItemStatus::Rejected;
    } else if (m_rng.bounded(1000) < 3) {
        status = ItemStatus::Withdrawn; // withdrawn before it went out
    } else if (attribute == DisclosureAttribute::Withheld ||
               (attribute == DisclosureAttribute::OnRequest && m_rng.bounded(2) == 0)) {
        status = ItemStatus::Approved; // reviewed, not published proactively
    } else {
        const int c = int(m_rng.bounded(100));
        channels = attribute == DisclosureAttribute::OnRequest ? 1 : c < 20 ? 1 : c < 58 ? 2 : 3;
        if (m_rng.bounded(1000) < 12)
            status = ItemStatus::Withdrawn; // taken down after publishing; the record stays
    }

    // Publications: distinct channels, the first within days of drafting, none after lastDay.
    m_pubs.clear();
    int lastEvent = dayIndex;
    if (channels > 0) {
        const int d = int(m_rng.bounded(100));
        const int delay = d < 35 ? 0 : d < 80 ? m_rng.bounded(1, 3) : m_rng.bounded(3, 11);
        int day = qMin(dayIndex + delay, lastIndex);
        const int wanted = qMin(channels, int(m_channels.size()));
        for (int tries = 0; m_pubs.size() < wanted && tries < 20; ++tries) {
            const int ch = weighted(m_channels);
            if (std::any_of(m_pubs.cbegin(), m_pubs.cend(), [ch](const Pub& p) { return p.channel == ch; }))
                continue;
            m_pubs.append({ch, day});
            lastEvent = qMax(lastEvent, day);
            day = qMin(day + m_rng.bounded(3), lastIndex);
        }
    }
    // Submissions to upper agencies; an adoption may still be pending at lastDay.
    m_subs.clear();
    if (!m_pubs.isEmpty() && m_rng.bounded(100) < spec.submitPercent) {
        const int count = m_agencies.size() > 1 && m_rng.bounded(100) < 15 ? 2 : 1;
        const int first = int(m_rng.bounded(quint32(m_agencies.size())));
        for (int s = 0; s < count; ++s) {
            const int on = qMin(dayIndex + m_rng.bounded(4), lastIndex);
            const int adoptedOn = on + m_rng.bounded(9);
            const bool adopted = m_rng.bounded(100) < 40 && adoptedOn <= lastIndex;
            m_subs.append({int((first + s) % m_agencies.size()), on, adopted ? adoptedOn : -1});
            lastEvent = qMax(lastEvent, adopted ? adoptedOn : on);
        }
    }

    const int opened = m_rng.bounded(9 * 3600);
    const int changed =
        lastEvent == dayIndex ? qMin(opened + m_rng.bounded(600, 7200), 9 * 3600) : m_rng.bounded(9 * 3600);
    const int saves = status == ItemStatus::Draft         ? 1
                      : status == ItemStatus::UnderReview ? 2
                      : status == ItemStatus::Published   ? 4
                      : status == ItemStatus::Withdrawn   ? 5
                                                          : 3;
    if (m_reviews->reviewedInProgram(drafted, status))
        author = m_reviews->authorFor(author, m_departments.at(dept).id);
    w.items << m_itemId << content.title << content.docNumber << m_categories.at(cat).id << int(attribute)
            << ground << m_departments.at(dept).id << author << content.summary << m_empty
            << m_dayValues.at(dayIndex) << int(status) << time(dayIndex, opened) << time(lastEvent, changed)
            << saves;
    for (const Pub& p : m_pubs) {
        const Named& channel = m_channels.at(p.channel);
        w.publications << m_publicationId << m_itemId << channel.id << m_dayValues.at(p.day)
                       << m_text.reference(channel.name, m_firstDay.addDays(p.day), m_publicationId);
        ++m_publicationId;
    }
    for (const Sub& s : m_subs) {
        const Named& agency = m_agencies.at(s.agency);
        const bool adopted = s.adoptedDay >= 0;
        w.submissions << m_submissionId++ << m_itemId << agency.id << m_dayValues.at(s.day)
                      << (adopted ? 1 : 0) << (adopted ? m_dayValues.at(s.adoptedDay) : m_null)
                      << (adopted ? QVariant(m_text.adoptedIn(agency.name, m_firstDay.addDays(s.adoptedDay)))
                                  : m_empty);
    }
    Item reviewed;
    reviewed.id = m_itemId;
    reviewed.title = content.title;
    reviewed.docNumber = content.docNumber;
    reviewed.categoryId = m_categories.at(cat).id;
    reviewed.attribute = attribute;
    reviewed.withheldGround = ground;
    reviewed.departmentId = m_departments.at(dept).id;
    reviewed.authorId = author;
    reviewed.summary = content.summary;
    reviewed.drafted = drafted;
    reviewed.status = status;
    m_reviews->add(reviewed, utcTime(dayIndex, opened),
                   m_pubs.isEmpty() ? QDate() : m_firstDay.addDays(m_pubs.constFirst().day));
    ++m_itemId;
    ++summary.items;
    summary.publications += m_pubs.size();
    summary.submissions += m_subs.size();
}

} // namespace

DemoSummary DemoGenerator::generate(Database& db, const DemoOptions& options, const Progress& progress)
{
    Run run(db, options, progress);
    return run.execute();
}

bool DemoGenerator::isDemo(Database& db)
{
    if (!db.tableExists(QStringLiteral("gongkai_meta")))
        return false;
    return db.scalar(QStringLiteral("SELECT value FROM gongkai_meta WHERE key = 'demo'")).toString() ==
           QLatin1String("1");
}

QStringList DemoGenerator::departments()
{
    QStringList names;
    for (const DemoOffice::Department& d : DemoOffice::departments())
        names << d.name;
    return names;
}

QList<DemoAccount> DemoGenerator::accounts()
{
    return DemoOffice::accounts();
}

QString DemoGenerator::demoPassword()
{
    return QStringLiteral("Demo2024!");
}

} // namespace gongkai
