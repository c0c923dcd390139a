#include "demogenerator.h"

#include "demohistory.h"
#include "demooffice.h"
#include "demotext.h"
#include "demotrail.h"
#include "demoworkrecords.h"

#include "domain/item.h"
#include "error.h"
#include "report/officesettings.h"
#include "review/passwordhasher.h"
#include "storage/auditlog.h"
#include "storage/categoryrepository.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/departmentrepository.h"
#include "storage/migrations.h"
#include "storage/reviewrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <climits>
#include <cmath>

namespace gongkai {

namespace {

constexpr qint64 kMaxReviewedInProgram = 20000;

QString L(const char* s)
{
    return QString::fromLatin1(s);
}

struct Named
{
    qint64 id = 0;
    QString name;
    int weight = 1;
    int total = 0; ///< sum of the weights, kept on the first entry of a list by Run::sum
};

/// An account as the audit trail records it (UserRepository).
QJsonObject accountJson(const QString& login, const QString& name, qint64 departmentId, QList<Role> roles)
{
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    QJsonArray codes;
    for (Role r : roles)
        codes.append(roleCode(r));
    return QJsonObject{{L("login"), login},
                       {L("name"), name},
                       {L("department"), QString::number(departmentId)},
                       {L("roles"), codes},
                       {L("active"), true}};
}

/// One generation: the office's ids, the date range, the random stream and the history.
class Run
{
public:
    Run(Database& db, const DemoOptions& options, const DemoGenerator::Progress& progress)
        : m_db(db), m_options(options), m_progress(progress), m_rng(options.seed), m_text(m_rng)
    {
    }

    DemoSummary execute();

private:
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
    void writeItem(int dayIndex, int opened);
    static int sum(QList<Named>& list);
    int weighted(const QList<Named>& list);
    QDateTime utcTime(int dayIndex, int secondsAfterOpening) const;

    Database& m_db;
    DemoOptions m_options;
    DemoGenerator::Progress m_progress;
    QRandomGenerator m_rng;
    DemoText m_text;
    QDateTime m_end; ///< nothing happens later: now, or the end of the last day
    std::unique_ptr<DemoTrail> m_trail;
    std::unique_ptr<DemoHistory> m_history;

    QList<DemoOffice::Category> m_categorySpecs;
    QList<Named> m_categories; ///< parallel to m_categorySpecs
    QList<Named> m_departments;
    QList<QList<Named>> m_authors; ///< by department index
    QList<Named> m_channels;
    QList<Named> m_agencies;
    QList<DemoHistory::Account> m_accounts;
    qint64 m_publisher = 0;
    Actor m_recordKeeper; ///< the author who enters the office's work records

    QDate m_firstDay;
    QList<QDate> m_days;         ///< every day from m_firstDay to lastDay
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
    const QDateTime now = m_db.nowUtc();
    TransactionGuard tx(m_db, TransactionMode::Immediate);
    const QString refused = DemoGenerator::refusal(m_db);
    if (!refused.isEmpty())
        throw Error(refused);
    m_end = qMin(now, QDateTime(m_options.lastDay, QTime(23, 59, 59), Qt::UTC));
    setUpDates();
    m_trail = std::make_unique<DemoTrail>(m_db);
    setUpOffice(summary);
    summary.workRecords = DemoWorkRecords::write(m_db, *m_trail, m_options.seed, m_firstDay,
                                                 m_options.lastDay, m_end, m_recordKeeper);
    // A big load is faster with the indexes built once at the end than kept up row by row.
    const QStringList indexes = m_options.items > 20000 ? dropIndexes() : QStringList();
    if (!writeItems(summary))
        return DemoSummary{0, 0, 0, 0, 0, 0, 0, 0, true}; // the guard rolls everything back, indexes too
    m_trail->finish();
    m_history->finish();
    for (const QString& sql : indexes)
        m_db.execRaw(sql);
    summary.publications = m_history->publications();
    summary.submissions = m_history->submissions();
    summary.reviewRounds = m_history->rounds();
    summary.signatures = m_history->signatures();
    summary.paperReviews = m_history->paperReviews();
    summary.auditRecords = m_trail->records();
    m_db.exec(L("DELETE FROM gongkai_meta WHERE key = 'demo'"));
    m_db.exec(L("INSERT INTO gongkai_meta (key, value) VALUES ('demo', '1')"));
    AuditLog(m_db).append({AuditEvent::DemoGenerated,
                           true,
                           QString(),
                           0,
                           {},
                           QJsonObject{{L("items"), QString::number(summary.items)},
                                       {L("seed"), QString::number(m_options.seed)}}});
    if (m_db.dialect() == Dialect::PostgreSql) {
        // Rows were written with explicit ids; move the identity sequences past them.
        for (const char* table :
             {"items", "publications", "submissions", "review_rounds", "signatures", "send_backs"})
            m_db.execRaw(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), m) FROM "
                                        "(SELECT MAX(id) AS m FROM %1) t WHERE m IS NOT NULL")
                             .arg(QLatin1String(table)));
    }
    tx.commit();
    // Fresh statistics, so the planner picks the right indexes for the big tables at once.
    if (m_db.dialect() == Dialect::Sqlite)
        m_db.execRaw(L("ANALYZE"));
    else
        m_db.execRaw(L("ANALYZE items, publications, submissions, review_rounds, signatures, audit_trail"));
    return summary;
}

QStringList Run::dropIndexes()
{
    const bool sqlite = m_db.dialect() == Dialect::Sqlite;
    const QString tables = L("'items', 'publications', 'submissions', 'review_rounds', 'signatures', "
                             "'paper_reviews', 'audit_trail'");
    QSqlQuery q = m_db.exec(
        sqlite ? L("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                   "tbl_name IN (%1)")
                     .arg(tables)
               : L("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema()"
                   " AND i.tablename IN (%1) AND NOT EXISTS"
                   " (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)")
                     .arg(tables));
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
    // The lists every new database is seeded with.
    ChannelRepository channels(m_db);
    CategoryRepository categories(m_db);
    if (channels.list(false).isEmpty() || categories.list(false).isEmpty())
        Migrations::seedDefaults(m_db);

    // The day before the first item: the administrator sets the office up.
    QDateTime t = qMin(QDateTime(m_firstDay.addDays(-1), QTime(1, 0), Qt::UTC), m_end);
    auto next = [&](int seconds) {
        t = qMin(t.addSecs(seconds), m_end);
        return t;
    };
    DemoTrail& trail = *m_trail;
    // One hash for all: the demo password is the same for everyone, and hashing is slow on purpose.
    const QString hash = PasswordHasher::hash(DemoGenerator::demoPassword());
    const QList<DemoAccount> accounts = DemoOffice::accounts();
    auto addAccount = [&](const DemoAccount& a, qint64 departmentId, const QDateTime& at) {
        const qint64 id = m_db.insert(
            L("INSERT INTO users (login, name, department_id, active, created_at, password_hash,"
              " must_change_password, failed_logins, password_changed_at)"
              " VALUES (:l, :n, :d, 1, :c, :h, 0, 0, :p) RETURNING id"),
            {{L("l"), a.login},
             {L("n"), a.name},
             {L("d"), departmentId > 0 ? QVariant(departmentId) : QVariant(QMetaType::fromType<qlonglong>())},
             {L("c"), m_db.toDb(at)},
             {L("h"), hash},
             {L("p"), m_db.toDb(at)}});
        QList<Role> roles = a.roles;
        std::sort(roles.begin(), roles.end());
        for (Role r : roles)
            m_db.exec(L("INSERT INTO user_roles (user_id, role) VALUES (:u, :r)"),
                      {{L("u"), id}, {L("r"), roleCode(r)}});
        return id;
    };

    // The first administrator, as AuthService::createFirstAdministrator makes one.
    const auto adminIt = std::find_if(accounts.cbegin(), accounts.cend(), [](const DemoAccount& a) {
        return a.roles.contains(Role::Administrator);
    });
    Q_ASSERT(adminIt != accounts.cend());
    const Actor system{0, L("system")};
    const qint64 adminId = addAccount(*adminIt, 0, t);
    trail.append(t, system,
                 {AuditEvent::UserCreated,
                  true,
                  L("user"),
                  adminId,
                  {},
                  accountJson(adminIt->login, adminIt->name, 0, adminIt->roles)});
    trail.append(t, system,
                 {AuditEvent::PasswordChanged,
                  true,
                  L("user"),
                  adminId,
                  {},
                  QJsonObject{{L("firstAdministrator"), true}}});
    const Actor admin{adminId, adminIt->login};

    // The departments (AdminService::addDepartment); a department of that name already there is used.
    DepartmentRepository departments(m_db);
    QStringList departmentNames;
    for (const DemoOffice::Department& d : DemoOffice::departments()) {
        qint64 id = 0;
        if (const auto existing = departments.byName(d.name)) {
            id = existing->id;
        } else {
            id =
                m_db.insert(L("INSERT INTO departments (name) VALUES (:n) RETURNING id"), {{L("n"), d.name}});
            trail.append(next(40), admin,
                         {AuditEvent::ListEntryAdded,
                          true,
                          L("department"),
                          id,
                          {},
                          QJsonObject{{L("name"), d.name}, {L("active"), true}}});
        }
        m_departments.append({id, d.name, d.weight});
        departmentNames << d.name;
    }
    sum(m_departments);
    summary.departments = m_departments.size();
    auto departmentOf = [&](const DemoAccount& a) { return int(departmentNames.indexOf(a.department)); };

    // The administrator's own department (AccountService::updateUser), then everyone else's account
    // (AccountService::addUser).
    const qint64 adminDepartment = m_departments.at(departmentOf(*adminIt)).id;
    m_db.exec(L("UPDATE users SET department_id = :d WHERE id = :id"),
              {{L("d"), adminDepartment}, {L("id"), adminId}});
    trail.append(next(60), admin,
                 {AuditEvent::UserChanged, true, L("user"), adminId,
                  QJsonObject{{L("department"), QString::number(0)}},
                  QJsonObject{{L("department"), QString::number(adminDepartment)}}});
    m_authors.resize(m_departments.size());
    for (const DemoAccount& a : accounts) {
        const int dept = departmentOf(a);
        const qint64 departmentId = m_departments.at(dept).id;
        qint64 id = adminId;
        if (&a != &*adminIt) {
            id = addAccount(a, departmentId, next(90));
            trail.append(t, admin,
                         {AuditEvent::UserCreated,
                          true,
                          L("user"),
                          id,
                          {},
                          accountJson(a.login, a.name, departmentId, a.roles)});
        }
        if (a.roles.contains(Role::Author)) // plain authors write more than their chiefs
            m_authors[dept].append({id, a.name, a.roles.size() == 1 ? 2 : 1});
        if (a.roles.contains(Role::Publisher) && m_publisher == 0)
            m_publisher = id;
        m_accounts.append({id, a.login, a.name, departmentId, a.roles});
        ++summary.users;
    }
    for (QList<Named>& list : m_authors)
        sum(list);

    // The unit's name on printed forms (AdminService::setUnitName), and an upper agency when the seeded
    // ones were retired (AdminService::addChannel).
    const QJsonObject office = DemoText::section(L("office"));
    if (!OfficeSettings::hasUnitName(m_db)) {
        const QString unit = office.value(L("unitName")).toString().simplified();
        m_db.exec(L("DELETE FROM gongkai_meta WHERE key = 'unit_name'"));
        m_db.exec(L("INSERT INTO gongkai_meta (key, value) VALUES ('unit_name', :v)"), {{L("v"), unit}});
        trail.append(
            next(120), admin,
            {AuditEvent::SettingChanged, true, L("setting"), 0, {}, QJsonObject{{L("unit_name"), unit}}});
    }
    for (const Channel& c : channels.list(false)) {
        if (c.isAgency)
            m_agencies.append({c.id, c.name, 1});
        else
            m_channels.append({c.id, c.name, DemoOffice::channelWeight(c.name)});
    }
    if (m_agencies.isEmpty()) {
        const QString name = office.value(L("agency")).toString();
        const qint64 id = m_db.insert(L("INSERT INTO channels (name, is_agency) VALUES (:n, 1) RETURNING id"),
                                      {{L("n"), name}});
        trail.append(next(60), admin,
                     {AuditEvent::ListEntryAdded,
                      true,
                      L("channel"),
                      id,
                      {},
                      QJsonObject{{L("name"), name}, {L("active"), true}, {L("is_agency"), true}}});
        m_agencies.append({id, name, 1});
    }
    sum(m_channels);

    // Everyone signs in for the first time and sets their own password
    // (AuthService::changePasswordAndLogin).
    next(3600);
    for (const DemoHistory::Account& a : std::as_const(m_accounts)) {
        if (a.id == adminId)
            continue;
        next(int(m_rng.bounded(120, 1800)));
        m_db.exec(L("UPDATE users SET password_changed_at = :t WHERE id = :id"),
                  {{L("t"), m_db.toDb(t)}, {L("id"), a.id}});
        trail.append(t, Actor{a.id, a.login}, {AuditEvent::PasswordChanged, true, L("user"), a.id, {}, {}});
    }

    const QList<Category> active = categories.list(false);
    m_categorySpecs = DemoOffice::categories();
    for (const DemoOffice::Category& spec : m_categorySpecs) {
        const auto found = categories.byName(spec.name);
        // An office that retired a seeded category still gets its texts, filed under another category.
        m_categories.append({found && found->active ? found->id : active.first().id, spec.name, spec.weight});
    }
    sum(m_categories);

    // The office's work records are entered by the author the text names (or the first author).
    const QString keeper = DemoText::section(L("workRecords")).value(L("author")).toString();
    const auto named = std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                                    [&](const DemoHistory::Account& a) { return a.login == keeper; });
    const auto anyAuthor =
        std::find_if(m_accounts.cbegin(), m_accounts.cend(),
                     [](const DemoHistory::Account& a) { return a.roles.contains(Role::Author); });
    const auto chosen = named != m_accounts.cend() ? named : anyAuthor;
    if (chosen != m_accounts.cend())
        m_recordKeeper = Actor{chosen->id, chosen->login};
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
        m_days.append(day);
    }
    m_itemsBefore.resize(days + 1);
    for (int d = 0; d <= days; ++d)
        m_itemsBefore[d] = std::llround(cumulative[d] / cumulative[days] * double(n));
}

QDateTime Run::utcTime(int dayIndex, int secondsAfterOpening) const
{
    // Office hours in China (UTC+8) start at 08:30, 00:30 UTC; never later than the end.
    const QDateTime utc = QDateTime(m_days.at(dayIndex), QTime(0, 30), Qt::UTC).addSecs(secondsAfterOpening);
    return qMin(utc, m_end);
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
    // The program has been in use for the last six months, or, in a huge demo ledger, for its last
    // 20,000 items: older items were reviewed on paper.
    QDate electronicFrom = m_options.lastDay.addMonths(-6);
    for (int d = 0; d < m_days.size(); ++d) {
        if (total - m_itemsBefore[d] <= kMaxReviewedInProgram) {
            electronicFrom = qMax(electronicFrom, m_days.at(d));
            break;
        }
    }
    m_history = std::make_unique<DemoHistory>(
        m_db, m_rng, m_accounts, ReviewRepository(m_db).configuredChain(), electronicFrom, m_end, *m_trail);
    qint64 done = 0;
    QList<int> opened;
    for (int day = 0; day < m_days.size(); ++day) {
        // What happened before this day is settled: write it, in time order.
        m_trail->runBefore(QDateTime(m_days.at(day), QTime(0, 0), Qt::UTC));
        // The day's items in the order their authors opened them, so ids follow time.
        opened.clear();
        for (qint64 k = m_itemsBefore[day]; k < m_itemsBefore[day + 1]; ++k)
            opened << int(m_rng.bounded(9 * 3600));
        std::sort(opened.begin(), opened.end());
        for (int at : std::as_const(opened)) {
            writeItem(day, at);
            ++summary.items;
            if (++done % 10000 == 0 && done < total && m_progress && !m_progress(done, total))
                return false;
        }
    }
    return !m_progress || m_progress(total, total);
}

void Run::writeItem(int dayIndex, int opened)
{
    const int lastIndex = int(m_days.size()) - 1;
    const QDate drafted = m_days.at(dayIndex);
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
        status = ItemStatus::Approved; // reviewed, not published proactively (never, when withheld)
    } else {
        const int c = int(m_rng.bounded(100));
        channels = attribute == DisclosureAttribute::OnRequest ? 1 : c < 20 ? 1 : c < 58 ? 2 : 3;
        if (m_rng.bounded(1000) < 12)
            status = ItemStatus::Withdrawn; // taken down after publishing; the record stays
    }
    bool withdrawn = status == ItemStatus::Withdrawn;
    if (m_history->reviewedInProgram(drafted, status))
        author = m_history->authorFor(author, m_departments.at(dept).id);

    Item item;
    item.id = m_itemId++;
    item.title = content.title;
    item.docNumber = content.docNumber;
    item.categoryId = m_categories.at(cat).id;
    item.attribute = attribute;
    item.withheldGround = ground;
    item.departmentId = m_departments.at(dept).id;
    item.authorId = author;
    item.summary = content.summary;
    item.drafted = drafted;
    item.status = status;
    const QDateTime approved = m_history->planReview(item, utcTime(dayIndex, opened));
    if (!approved.isValid()) {
        // Not approved (it never is as a draft, under review or sent back): nothing goes out.
        channels = 0;
        withdrawn = false;
    }
    // Nothing goes out before its approval, nor before it is drafted.
    const int from =
        approved.isValid()
            ? int(qBound(qint64(dayIndex), m_days.first().daysTo(approved.date()), qint64(lastIndex)))
            : dayIndex;

    // Publications: distinct channels, the first within days of the approval, none after lastDay.
    m_pubs.clear();
    if (channels > 0) {
        const int d = int(m_rng.bounded(100));
        const int delay = d < 35 ? 0 : d < 80 ? m_rng.bounded(1, 3) : m_rng.bounded(3, 11);
        int day = qMin(from + delay, lastIndex);
        const int wanted = qMin(channels, int(m_channels.size()));
        for (int tries = 0; m_pubs.size() < wanted && tries < 20; ++tries) {
            const int ch = weighted(m_channels);
            if (std::any_of(m_pubs.cbegin(), m_pubs.cend(), [ch](const Pub& p) { return p.channel == ch; }))
                continue;
            m_pubs.append({ch, day});
            day = qMin(day + m_rng.bounded(3), lastIndex);
        }
    }
    // Submissions to upper agencies once it is out; an adoption may still be pending at lastDay.
    m_subs.clear();
    if (!m_pubs.isEmpty() && m_rng.bounded(100) < spec.submitPercent) {
        const int count = m_agencies.size() > 1 && m_rng.bounded(100) < 15 ? 2 : 1;
        const int first = int(m_rng.bounded(quint32(m_agencies.size())));
        for (int s = 0; s < count; ++s) {
            const int on = qMin(m_pubs.constFirst().day + m_rng.bounded(4), lastIndex);
            const int adoptedOn = on + m_rng.bounded(9);
            const bool adopted = m_rng.bounded(100) < 40 && adoptedOn <= lastIndex;
            m_subs.append({int((first + s) % m_agencies.size()), on, adopted ? adoptedOn : -1});
        }
        std::stable_sort(m_subs.begin(), m_subs.end(),
                         [](const Sub& x, const Sub& y) { return x.day < y.day; });
    }

    for (const Pub& p : std::as_const(m_pubs)) {
        const Named& channel = m_channels.at(p.channel);
        item.publications.append({m_publicationId, item.id, channel.id, m_days.at(p.day),
                                  m_text.reference(channel.name, m_days.at(p.day), m_publicationId)});
        ++m_publicationId;
    }
    for (const Sub& s : std::as_const(m_subs)) {
        const Named& agency = m_agencies.at(s.agency);
        const bool adopted = s.adoptedDay >= 0;
        item.submissions.append(
            {m_submissionId++, item.id, agency.id, m_days.at(s.day), adopted,
             adopted ? m_days.at(s.adoptedDay) : QDate(),
             adopted ? m_text.adoptedIn(agency.name, m_days.at(s.adoptedDay)) : QString()});
    }
    if (withdrawn)
        item.status = ItemStatus::Withdrawn;
    else if (!item.publications.isEmpty())
        item.status = ItemStatus::Published;
    else if (approved.isValid())
        item.status = ItemStatus::Approved;
    // The publisher records most of what goes out; authors record some of their own.
    const qint64 recorder = m_publisher > 0 && m_rng.bounded(100) < 70 ? m_publisher : author;
    m_history->add(item, recorder, withdrawn);
}

} // namespace

DemoSummary DemoGenerator::generate(Database& db, const DemoOptions& options, const Progress& progress)
{
    Run run(db, options, progress);
    return run.execute();
}

QString DemoGenerator::refusal(Database& db)
{
    const qint64 accounts = db.scalar(L("SELECT COUNT(*) FROM users")).toLongLong();
    const qint64 items = db.scalar(L("SELECT COUNT(*) FROM items")).toLongLong();
    if (accounts == 0 && items == 0)
        return {};
    return tr("The database has %1 and %2; the demo office goes only into a new, empty database.")
        .arg(tr("%n account(s)", nullptr, int(qMin<qint64>(accounts, INT_MAX))),
             tr("%n item(s)", nullptr, int(qMin<qint64>(items, INT_MAX))));
}

bool DemoGenerator::isDemo(Database& db)
{
    if (!db.tableExists(L("gongkai_meta")))
        return false;
    return db.scalar(L("SELECT value FROM gongkai_meta WHERE key = 'demo'")).toString() == QLatin1String("1");
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
