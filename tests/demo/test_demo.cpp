#include "demoreplay.h"
#include "testdatabase.h"

#include "demo/demogenerator.h"
#include "domain/workrecord.h"
#include "review/accountservice.h"
#include "review/adminservice.h"
#include "review/auditverifier.h"
#include "review/authservice.h"
#include "review/passwordhasher.h"
#include "review/workrecordservice.h"
#include "storage/auditlog.h"
#include "storage/departmentrepository.h"
#include "storage/itemrepository.h"
#include "storage/reviewrepository.h"
#include "storage/userrepository.h"
#include "storage/workrecordrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <ctime>

using namespace gongkai;
using namespace gongkai::test;

namespace {
qint64 count(Database& db, const QString& sql)
{
    return db.scalar(sql).toLongLong();
}

/// What a refused generate() must leave as it was: every table's rows, the trail and its head.
QStringList state(Database& db)
{
    QStringList out;
    for (const char* table : {"users", "user_roles", "departments", "channels", "categories", "items",
                              "publications", "submissions", "review_rounds", "signatures", "send_backs",
                              "paper_reviews", "work_records", "audit_trail", "gongkai_meta"})
        out << QStringLiteral("%1 %2")
                   .arg(QLatin1String(table))
                   .arg(count(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
    const AuditLog::Head head = AuditLog(db).head();
    out << QStringLiteral("head %1 %2").arg(head.seq).arg(head.hash);
    return out;
}

/// The first item (lowest id) the query finds, or 0.
qint64 firstItem(Database& db, const char* where)
{
    return db.scalar(QStringLiteral("SELECT MIN(i.id) FROM items i WHERE %1").arg(QLatin1String(where)))
        .toLongLong();
}

/// title, drafted day, document number and summary of every item, in id order.
QStringList contentOf(Database& db)
{
    QStringList out;
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT title, drafted, doc_number, summary FROM items ORDER BY id"));
    while (q.next())
        out << q.value(0).toString() + QLatin1Char('|') +
                   Database::dateFrom(q.value(1)).toString(Qt::ISODate) + QLatin1Char('|') +
                   q.value(2).toString() + QLatin1Char('|') + q.value(3).toString();
    return out;
}
} // namespace

/// The demo office: consistent with every ledger rule, deterministic, and all-or-nothing; on both back ends.
class TestDemo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void initTestCase()
    {
        PasswordHasher::setFastHashingForTests(true);
        // The demo office keeps China's office hours, and the services date what they check (a
        // publication not in the future, not before its approval) in local time: run where it is.
        qputenv("TZ", "Asia/Shanghai");
        tzset();
    }

    void refusesADatabaseThatHoldsAnything_data()
    {
        QTest::addColumn<bool>("withItem");
        QTest::newRow("an account") << false;
        QTest::newRow("an account and its item") << true;
    }

    void refusesADatabaseThatHoldsAnything()
    {
        QFETCH(bool, withItem);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        // Another office's account, under a login the demo office uses too.
        const qint64 department = DepartmentRepository(db).add(QStringLiteral("办公室"));
        User user;
        user.login = QStringLiteral("zhangwei");
        user.name = QStringLiteral("张伟（本单位）");
        user.departmentId = department;
        user.roles = {Role::Author};
        user.id = UserRepository(db).add(user);
        if (withItem) {
            Item item;
            item.title = QStringLiteral("本单位的信息");
            item.categoryId = count(db, QStringLiteral("SELECT MIN(id) FROM categories"));
            item.departmentId = department;
            item.authorId = user.id;
            item.drafted = QDate(2025, 3, 1);
            ItemRepository(db).add(item);
        }
        const QStringList before = state(db);
        QVERIFY(!DemoGenerator::refusal(db).isEmpty());
        DemoOptions options;
        options.items = 50;
        try {
            DemoGenerator::generate(db, options);
            QFAIL("the demo went into a database with an account");
        } catch (const Error& e) {
            QVERIFY2(
                e.message().contains(QStringLiteral("has 1 account")) &&
                    e.message().contains(withItem ? QStringLiteral("1 item") : QStringLiteral("0 item")) &&
                    e.message().contains(
                        QStringLiteral("the demo office goes only into a new, empty database")),
                qPrintable(e.message()));
        }
        QCOMPARE(state(db), before);
        QCOMPARE(db.transactionDepth(), 0);
        QVERIFY(!DemoGenerator::isDemo(db));
        const User after = *UserRepository(db).byLogin(QStringLiteral("zhangwei"));
        QCOMPARE(after.name, user.name);
        QVERIFY(!after.hasPassword);
    }

    void fillsAnEmptyDatabaseThatVerifies()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        QVERIFY(DemoGenerator::refusal(db).isEmpty());
        const qint64 records =
            count(db, QStringLiteral("SELECT COUNT(*) FROM audit_trail")); // the migration's
        DemoOptions options;
        options.items = 300;
        options.lastDay = QDate(2025, 6, 30);
        const DemoSummary s = DemoGenerator::generate(db, options);
        QVERIFY(DemoGenerator::isDemo(db));
        QVERIFY(!DemoGenerator::refusal(db).isEmpty());
        const VerifyReport report = AuditVerifier::verify(db);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.first()->message));
        QCOMPARE(report.signatures, s.signatures);
        // The history and the demo's own record; the trail runs in time order.
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_trail")), records + s.auditRecords + 1);
        QVERIFY(s.auditRecords > 6 * s.items);
        const QList<TrailRecord> trail = trailOf(db);
        for (qsizetype i = records + 1; i < trail.size() - 1; ++i)
            QVERIFY2(trail.at(i - 1).record.at <= trail.at(i).record.at, qPrintable(QString::number(i)));
        QCOMPARE(trail.last().record.event, AuditEvent::DemoGenerated);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_trail WHERE success = 0")), 0);

        // Each item was created by its author, as its author.
        QCOMPARE(
            count(db, QStringLiteral("SELECT COUNT(*) FROM audit_trail a JOIN items i ON i.id = a.object_id"
                                     " WHERE a.event = 'item_created' AND a.user_id = i.author_id")),
            s.items);
        // The publisher (信息发布员) records most publications, submissions and adoptions; authors record
        // some on their own items; nobody else records any.
        const std::optional<User> publisher = UserRepository(db).byLogin(QStringLiteral("zhoujie"));
        QVERIFY(publisher && publisher->roles == QList<Role>{Role::Publisher});
        QCOMPARE(publisher->name, QStringLiteral("周杰"));
        QCOMPARE(DepartmentRepository(db).byId(publisher->departmentId)->name, QStringLiteral("办公室"));
        const QString recorded = QStringLiteral(
            "SELECT COUNT(*) FROM audit_trail a JOIN items i ON i.id = a.object_id WHERE a.object_type = "
            "'item'"
            " AND (a.event IN ('publication_added', 'submission_added') OR (a.event = 'item_changed'"
            " AND a.after_value LIKE '%submissions%')) AND %1");
        const qint64 byPublisher =
            count(db, recorded.arg(QStringLiteral("a.user_id = %1").arg(publisher->id)));
        const qint64 byAuthor = count(db, recorded.arg(QStringLiteral("a.user_id = i.author_id")));
        QCOMPARE(byPublisher + byAuthor, count(db, recorded.arg(QStringLiteral("1 = 1"))));
        QVERIFY(byPublisher > byAuthor && byAuthor > 0);
        QCOMPARE(
            count(db, QStringLiteral("SELECT COUNT(*) FROM audit_trail WHERE event = 'publication_added'")),
            s.publications);
        // Nothing withheld went out; nothing went out before its review approved it.
        QCOMPARE(
            count(db, QStringLiteral("SELECT COUNT(*) FROM publications p JOIN items i ON i.id = p.item_id"
                                     " WHERE i.attribute = 2")),
            0);
        QCOMPARE(
            count(db,
                  QStringLiteral(
                      "SELECT COUNT(*) FROM publications p JOIN items i ON i.id = p.item_id WHERE NOT EXISTS"
                      " (SELECT 1 FROM review_rounds r WHERE r.item_id = i.id AND r.state = 'approved')"
                      " AND NOT EXISTS (SELECT 1 FROM paper_reviews w WHERE w.item_id = i.id)")),
            0);
        ItemRepository items(db);
        ReviewRepository reviews(db);
        QSqlQuery published =
            db.exec(QStringLiteral("SELECT DISTINCT item_id FROM publications ORDER BY item_id"));
        QList<qint64> ids;
        while (published.next())
            ids << published.value(0).toLongLong();
        for (qint64 id : std::as_const(ids)) {
            const ApprovalState approval = reviews.approvalOf(id);
            const QDate approvedOn = approval.kind == ApprovalState::Kind::Electronic
                                         ? approval.approvedAt.date()
                                         : reviews.paperReview(id)->recordedAt.date();
            const Item item = *items.get(id);
            for (const Publication& p : item.publications)
                QVERIFY2(p.date >= approvedOn, qPrintable(QString::number(id)));
        }
        // Every demo account signs in with the demo password.
        for (const DemoAccount& a : DemoGenerator::accounts())
            QCOMPARE(AuthService(db).login(a.login, DemoGenerator::demoPassword()).login(), a.login);
    }

    void paperReviewsAreAttestedBySomeoneElse()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        DemoOptions options;
        options.items = 300;
        options.lastDay = QDate(2025, 6, 30);
        const DemoSummary s = DemoGenerator::generate(db, options);
        QVERIFY(s.paperReviews > 100);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM paper_reviews")), s.paperReviews);
        // Attested by a section chief or leader of the office, never the item's author, in the capacity
        // of the highest signing role they hold, with their printed name and the paper form's number.
        QSqlQuery q = db.exec(QStringLiteral(
            "SELECT p.item_id, p.attested_by, p.attester_name, p.attester_role, p.form_ref, p.recorded_by,"
            " p.reviewers, p.content_hash, p.import_hash, i.author_id FROM paper_reviews p JOIN items i ON "
            "i.id = p.item_id"
            " ORDER BY p.item_id"));
        struct Row
        {
            qint64 item, attester;
            QString name, role, form, by, reviewers, hash;
            bool imported;
            qint64 author;
        };
        QList<Row> rows;
        while (q.next())
            rows.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                         q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                         q.value(6).toString(), q.value(7).toString(), !q.value(8).isNull(),
                         q.value(9).toLongLong()});
        QCOMPARE(rows.size(), s.paperReviews);
        const QRegularExpression form(QStringLiteral("^纸质审查单〔(\\d{4})〕(\\d+)号$"));
        QSet<QString> forms;
        UserRepository users(db);
        for (const Row& r : std::as_const(rows)) {
            QVERIFY(r.attester > 0);
            QVERIFY2(r.attester != r.author, qPrintable(QString::number(r.item)));
            const User attester = *users.byId(r.attester);
            QCOMPARE(r.name, attester.name);
            QCOMPARE(r.by, attester.login);
            Role role;
            QVERIFY(roleFromString(r.role, &role));
            QVERIFY(attester.hasRole(role));
            QVERIFY(role == Role::SectionChief || role == Role::LeaderInCharge ||
                    role == Role::PrincipalLeader);
            if (role == Role::SectionChief)
                QVERIFY(!attester.hasRole(Role::LeaderInCharge) && !attester.hasRole(Role::PrincipalLeader));
            QVERIFY2(form.match(r.form).hasMatch(), qPrintable(r.form));
            QVERIFY2(!forms.contains(r.form), qPrintable(r.form));
            forms.insert(r.form);
            QVERIFY(r.reviewers.contains(attester.name));
            QVERIFY(!r.imported);
            // The audit record says the same, as ItemService::attestPaperReview writes it.
            QSqlQuery a = db.exec(QStringLiteral("SELECT user_id, login, after_value FROM audit_trail WHERE"
                                                 " event = 'paper_review_recorded' AND object_id = :i"),
                                  {{QStringLiteral("i"), r.item}});
            QVERIFY(a.next());
            QCOMPARE(a.value(0).toLongLong(), r.attester);
            QCOMPARE(a.value(1).toString(), attester.login);
            const QJsonObject after = QJsonDocument::fromJson(a.value(2).toString().toUtf8()).object();
            QCOMPARE(after, (QJsonObject{{QStringLiteral("reviewers"), r.reviewers},
                                         {QStringLiteral("contentHash"), r.hash},
                                         {QStringLiteral("attestedBy"), QString::number(r.attester)},
                                         {QStringLiteral("attesterName"), r.name},
                                         {QStringLiteral("attesterRole"), r.role},
                                         {QStringLiteral("formRef"), r.form}}));
            QVERIFY(!a.next());
        }
        // What the printed form and the ledger say of it names the attester.
        const std::optional<PaperReview> first = ReviewRepository(db).paperReview(rows.first().item);
        QVERIFY(first && first->describe().contains(rows.first().name));
    }

    void theServicesWriteTheSameHistory()
    {
        TestDatabase d;
        TestDatabase f;
        if (!d.open() || !f.open())
            return;
        Database& demo = d.db();
        Database& fresh = f.db();
        DemoOptions options;
        options.items = 400;
        options.lastDay = QDate(2025, 6, 30);
        options.seed = 7;
        DemoGenerator::generate(demo, options);
        // The same office without items: same accounts, departments, lists and ids.
        DemoOptions office = options;
        office.items = 0;
        DemoGenerator::generate(fresh, office);
        QCOMPARE(count(fresh, QStringLiteral("SELECT COUNT(*) FROM items")), 0);

        // A sample of every kind of history the demo writes.
        const QList<QPair<const char*, const char*>> kinds = {
            {"reviewed in the program, published, submitted and adopted",
             "i.status = 4 AND EXISTS (SELECT 1 FROM review_rounds r WHERE r.item_id = i.id)"
             " AND EXISTS (SELECT 1 FROM submissions s WHERE s.item_id = i.id AND s.adopted = 1)"},
            {"reviewed on paper, published on several channels",
             "i.status = 4 AND EXISTS (SELECT 1 FROM paper_reviews p WHERE p.item_id = i.id)"
             " AND (SELECT COUNT(*) FROM publications p WHERE p.item_id = i.id) > 1"},
            {"reviewed on paper, submitted and adopted",
             "EXISTS (SELECT 1 FROM paper_reviews p WHERE p.item_id = i.id)"
             " AND EXISTS (SELECT 1 FROM submissions s WHERE s.item_id = i.id AND s.adopted = 1)"},
            {"withheld, approved", "i.status = 2 AND i.attribute = 2"},
            {"sent back",
             "i.status = 3 AND EXISTS (SELECT 1 FROM send_backs b JOIN review_rounds r ON r.id = b.round_id"
             " WHERE r.item_id = i.id)"},
            {"under review, a step signed",
             "i.status = 1 AND EXISTS (SELECT 1 FROM signatures s JOIN review_rounds r ON r.id = s.round_id"
             " WHERE r.item_id = i.id)"},
            {"withdrawn after publishing",
             "i.status = 5 AND EXISTS (SELECT 1 FROM publications p WHERE p.item_id = i.id)"},
            {"a draft", "i.status = 0"},
        };
        const QList<TrailRecord> demoTrail = trailOf(demo);
        for (const auto& [what, where] : kinds) {
            const qint64 id = firstItem(demo, where);
            QVERIFY2(id > 0, what);
            const QList<TrailRecord> history = itemHistory(demo, demoTrail, id);
            QVERIFY2(!history.isEmpty() && history.first().record.event == AuditEvent::ItemCreated, what);
            qint64 replayed = 0;
            try {
                replayed = replayThroughServices(demo, id, fresh, DemoGenerator::demoPassword());
            } catch (const Error& e) {
                QFAIL(qPrintable(QStringLiteral("%1 (item %2): the services refused: %3")
                                     .arg(QLatin1String(what))
                                     .arg(id)
                                     .arg(e.message())));
            }
            // The same records — times, actors, events, values — and the same rows.
            const QStringList expected = comparable(itemHistory(fresh, trailOf(fresh), replayed));
            const QStringList written = comparable(history);
            if (written != expected)
                qWarning("%s (item %lld):\ndemo:\n%s\nservices:\n%s", what, id,
                         qPrintable(written.join(QLatin1Char('\n'))),
                         qPrintable(expected.join(QLatin1Char('\n'))));
            QCOMPARE(written, expected);
            QCOMPARE(rowsOf(demo, id), rowsOf(fresh, replayed));
        }
        const VerifyReport report = AuditVerifier::verify(fresh);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.first()->message));
    }

    void theOfficeIsSetUpAsTheServicesWould()
    {
        TestDatabase d;
        TestDatabase f;
        if (!d.open() || !f.open())
            return;
        Database& demo = d.db();
        Database& fresh = f.db();
        DemoOptions options;
        options.items = 0;
        options.lastDay = QDate(2025, 6, 30);
        DemoGenerator::generate(demo, options);

        // The office set up through the services: the first administrator, the departments, the
        // administrator's own department, the accounts, the unit's name, then everyone's first sign-in.
        const QList<DemoAccount> accounts = DemoGenerator::accounts();
        const DemoAccount adminAccount =
            *std::find_if(accounts.cbegin(), accounts.cend(),
                          [](const DemoAccount& a) { return a.roles.contains(Role::Administrator); });
        const QString first = QStringLiteral("Initial#2024x");
        const Session admin = AuthService(fresh).createFirstAdministrator(
            adminAccount.login, adminAccount.name, DemoGenerator::demoPassword());
        QHash<QString, qint64> departments;
        for (const QString& name : DemoGenerator::departments())
            departments.insert(name, AdminService(fresh).addDepartment(admin, name));
        User self = *UserRepository(fresh).byId(admin.userId());
        self.departmentId = departments.value(adminAccount.department);
        AccountService(fresh).updateUser(admin, self);
        for (const DemoAccount& a : accounts) {
            if (a.login == adminAccount.login)
                continue;
            User u;
            u.login = a.login;
            u.name = a.name;
            u.departmentId = departments.value(a.department);
            u.roles = a.roles;
            AccountService(fresh).addUser(admin, u, first);
        }
        AdminService(fresh).setUnitName(admin, QStringLiteral("某市商务局"));
        for (const DemoAccount& a : accounts) {
            if (a.login != adminAccount.login)
                AuthService(fresh).changePasswordAndLogin(a.login, first, DemoGenerator::demoPassword());
        }
        // A work record as an author enters it.
        const WorkRecord record = WorkRecordRepository(demo).list().first();
        WorkRecord entered = record;
        entered.id = 0;
        const Session author = AuthService(fresh).login(record.createdBy, DemoGenerator::demoPassword());
        WorkRecordService(fresh).add(author, entered);

        // The same records, sign-ins aside, in the same order: times differ (the demo's are in the past).
        auto untimed = [](const QList<TrailRecord>& trail, qsizetype n) {
            QStringList out;
            for (const TrailRecord& t : trail) {
                if (t.record.event == AuditEvent::Login || t.record.event == AuditEvent::ItemCreated)
                    continue;
                if (out.size() == n)
                    break;
                QString line = comparable({t}).first();
                out << line.mid(line.indexOf(QLatin1Char('|')) + 1);
            }
            return out;
        };
        // Both trails start with the migration's record.
        const QList<TrailRecord> demoTrail = trailOf(demo);
        QCOMPARE(demoTrail.first().record.event, AuditEvent::SchemaUpgraded);
        const qsizetype setup =
            std::find_if(demoTrail.cbegin(), demoTrail.cend(),
                         [](const TrailRecord& t) { return t.record.event == AuditEvent::WorkRecordAdded; }) -
            demoTrail.cbegin();
        QCOMPARE(setup, 1 + 2 + DemoGenerator::departments().size() + 1 + (accounts.size() - 1) + 1 +
                            (accounts.size() - 1));
        const QList<TrailRecord> serviceTrail = trailOf(fresh);
        QCOMPARE(untimed(serviceTrail, setup), untimed(demoTrail, setup));
        const auto lastOf = [](const QList<TrailRecord>& trail, AuditEvent event) {
            for (qsizetype i = trail.size() - 1; i >= 0; --i) {
                if (trail.at(i).record.event == event)
                    return trail.at(i);
            }
            return TrailRecord{};
        };
        const TrailRecord demoRecord = demoTrail.at(setup);
        const TrailRecord serviceRecord = lastOf(serviceTrail, AuditEvent::WorkRecordAdded);
        QCOMPARE(demoRecord.record.objectId, record.id);
        QCOMPARE(demoRecord.record.login, serviceRecord.record.login);
        QCOMPARE(demoRecord.after, serviceRecord.after);
        // The accounts' rows end the same: roles, department, a password that needs no change.
        for (const User& u : UserRepository(demo).list(true)) {
            const User v = *UserRepository(fresh).byLogin(u.login);
            QCOMPARE(v.id, u.id);
            QCOMPARE(v.roles, u.roles);
            QCOMPARE(v.departmentId, u.departmentId);
            QCOMPARE(v.mustChangePassword, u.mustChangePassword);
            QVERIFY(u.hasPassword && !u.mustChangePassword);
        }
        QCOMPARE(AuditVerifier::verify(demo).ok(), true);
    }

    void countsMatchTheSummary()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        QVERIFY(!DemoGenerator::isDemo(db));
        DemoOptions options;
        options.items = 300;
        const DemoSummary s = DemoGenerator::generate(db, options);
        QVERIFY(!s.cancelled);
        QCOMPARE(s.items, 300);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM items")), s.items);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM publications")), s.publications);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM submissions")), s.submissions);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM departments")), s.departments);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM users")), s.users);
        QCOMPARE(s.departments, qint64(DemoGenerator::departments().size()));
        QCOMPARE(s.users, qint64(DemoGenerator::accounts().size()));
        QVERIFY(DemoGenerator::isDemo(db));

        // About two publications per item, a quarter submitted, some adopted.
        QVERIFY2(s.publications >= 450 && s.publications <= 750, qPrintable(QString::number(s.publications)));
        QVERIFY2(s.submissions >= 40 && s.submissions <= 120, qPrintable(QString::number(s.submissions)));
        const qint64 adopted =
            count(db, QStringLiteral("SELECT COUNT(*) FROM submissions WHERE adopted = 1"));
        QVERIFY(adopted > s.submissions / 5 && adopted < s.submissions * 3 / 5);
        // Most items are published; some are still on their way.
        const qint64 published = count(db, QStringLiteral("SELECT COUNT(*) FROM items WHERE status = 4"));
        QVERIFY(published > 300 * 6 / 10);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM items WHERE status IN (0, 1, 2, 3)")) > 0);
        QVERIFY(count(db, QStringLiteral("SELECT COUNT(DISTINCT category_id) FROM items")) >= 6);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(DISTINCT department_id) FROM items")), s.departments);
    }

    void everyRoleIsHeld()
    {
        TestDatabase t;
        if (!t.open())
            return;
        DemoOptions options;
        options.items = 10;
        DemoGenerator::generate(t.db(), options);
        const QList<User> users = UserRepository(t.db()).list();
        for (Role role : allRoles())
            QVERIFY2(
                std::any_of(users.cbegin(), users.cend(), [role](const User& u) { return u.hasRole(role); }),
                qPrintable(roleCode(role)));
        // Each department has a section chief, and logins are pinyin.
        QSet<qint64> chiefs;
        for (const User& u : users) {
            QVERIFY(QRegularExpression(QStringLiteral("^[a-z]+$")).match(u.login).hasMatch());
            if (u.hasRole(Role::SectionChief))
                chiefs.insert(u.departmentId);
        }
        QCOMPARE(chiefs.size(), DemoGenerator::departments().size());
        // Administrator and auditor are different people (separation of duties).
        for (const User& u : users)
            QVERIFY(!(u.hasRole(Role::Administrator) && u.hasRole(Role::Auditor)));
    }

    void everyItemKeepsTheRules()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        DemoOptions options;
        options.items = 300;
        options.lastDay = QDate(2024, 6, 30);
        DemoGenerator::generate(db, options);

        ItemRepository items(db);
        QSqlQuery ids = db.exec(QStringLiteral("SELECT id FROM items ORDER BY id"));
        QList<qint64> list;
        while (ids.next())
            list << ids.value(0).toLongLong();
        QCOMPARE(list.size(), 300);
        for (qint64 id : list) {
            const Item item = *items.get(id);
            const QList<FieldError> errors = items.validate(item);
            QVERIFY2(errors.isEmpty(),
                     qPrintable(item.title + QLatin1String(": ") + errors.value(0).message));
            QVERIFY(item.drafted >= QDate(2022, 7, 1) && item.drafted <= options.lastDay);
            // Published means it went out somewhere; only published or withdrawn items have publications.
            if (item.status == ItemStatus::Published)
                QVERIFY(!item.publications.isEmpty());
            if (!item.publications.isEmpty())
                QVERIFY(item.status == ItemStatus::Published || item.status == ItemStatus::Withdrawn);
            if (!item.submissions.isEmpty())
                QVERIFY(!item.publications.isEmpty());
            QVERIFY(item.publications.size() <= 3);
            QVERIFY(item.createdAt <= item.updatedAt);
            for (const Publication& p : item.publications)
                QVERIFY(p.date >= item.drafted && p.date <= options.lastDay);
            for (const Submission& s : item.submissions) {
                QVERIFY(s.date >= item.drafted && s.date <= options.lastDay);
                if (s.adopted) {
                    QVERIFY(s.adoptedOn >= s.date && s.adoptedOn <= options.lastDay);
                    QVERIFY(s.adoptedIn.contains(QRegularExpression(QStringLiteral("^《.+》第\\d+期$"))));
                } else {
                    QVERIFY(!s.adoptedOn.isValid());
                    QVERIFY(s.adoptedIn.isEmpty());
                }
            }
        }
        // Document numbers use the 〔〕 brackets and count up within a year.
        QSqlQuery docs =
            db.exec(QStringLiteral("SELECT doc_number FROM items WHERE doc_number <> '' ORDER BY id"));
        const QRegularExpression docPattern(QStringLiteral("^某商(办|罚)?〔(\\d{4})〕(\\d+)号$"));
        QHash<QString, int> last;
        int numbered = 0;
        while (docs.next()) {
            const auto m = docPattern.match(docs.value(0).toString());
            QVERIFY2(m.hasMatch(), qPrintable(docs.value(0).toString()));
            const QString key = m.captured(1) + m.captured(2);
            QVERIFY(m.captured(3).toInt() > last.value(key));
            last[key] = m.captured(3).toInt();
            ++numbered;
        }
        QVERIFY(numbered > 5);
        QVERIFY(count(db, QStringLiteral(
                              "SELECT COUNT(*) FROM publications p JOIN channels c ON c.id = p.channel_id"
                              " WHERE c.name = '门户网站' AND p.reference NOT LIKE "
                              "'https://swj.example.gov.cn/xxgk/____/__/t________%.html'")) == 0);
        // A new item after the bulk load gets a fresh id (the id sequences moved past the explicit ids).
        Item next = *items.get(list.last());
        next.id = 0;
        next.publications.clear();
        next.submissions.clear();
        next.status = ItemStatus::Draft;
        QVERIFY(items.add(next) > list.last());
    }

    void sameSeedSameOffice()
    {
        TestDatabase a;
        TestDatabase b;
        TestDatabase c;
        if (!a.open() || !b.open() || !c.open())
            return;
        DemoOptions options;
        options.items = 200;
        options.seed = 42;
        options.lastDay = QDate(2025, 3, 31);
        const DemoSummary sa = DemoGenerator::generate(a.db(), options);
        const DemoSummary sb = DemoGenerator::generate(b.db(), options);
        QCOMPARE(sb.publications, sa.publications);
        QCOMPARE(sb.submissions, sa.submissions);
        QCOMPARE(contentOf(b.db()), contentOf(a.db()));
        options.seed = 43;
        DemoGenerator::generate(c.db(), options);
        QVERIFY(contentOf(c.db()) != contentOf(a.db()));
    }

    void cancelLeavesTheDatabaseUnchanged_data()
    {
        QTest::addColumn<qint64>("items");
        QTest::addColumn<qint64>("cancelAt");
        QTest::newRow("at the start") << qint64(300) << qint64(0);
        QTest::newRow("after everything was written") << qint64(300) << qint64(300);
        QTest::newRow("midway") << qint64(12000) << qint64(10000);
    }

    void cancelLeavesTheDatabaseUnchanged()
    {
        QFETCH(qint64, items);
        QFETCH(qint64, cancelAt);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const qint64 channels = count(db, QStringLiteral("SELECT COUNT(*) FROM channels"));
        DemoOptions options;
        options.items = items;
        qint64 calls = 0;
        const DemoSummary s = DemoGenerator::generate(db, options, [&](qint64 done, qint64 total) {
            ++calls;
            return !(done >= cancelAt && total == items);
        });
        QVERIFY(s.cancelled);
        QCOMPARE(s.items, 0);
        QVERIFY(calls >= 1);
        for (const char* table :
             {"items", "publications", "submissions", "users", "user_roles", "departments"})
            QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), 0);
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM channels")), channels);
        QVERIFY(!DemoGenerator::isDemo(db));
        QCOMPARE(db.transactionDepth(), 0);
    }

    void bigLedgersSpanYearsAndKeepTheirIndexes()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const QString indexSql =
            db.dialect() == Dialect::Sqlite
                ? QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name")
                : QStringLiteral(
                      "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
                      " ORDER BY indexname");
        auto indexes = [&] {
            QStringList out;
            QSqlQuery q = db.exec(indexSql);
            while (q.next())
                out << q.value(0).toString() + QLatin1Char(' ') + q.value(1).toString();
            return out;
        };
        const QStringList before = indexes();
        QVERIFY(before.size() > 10);
        DemoOptions options;
        options.items = 25000; // big enough to span two years and to be loaded without the indexes
        options.lastDay = QDate(2025, 12, 31);
        QList<qint64> ticks;
        const DemoSummary s = DemoGenerator::generate(db, options, [&](qint64 done, qint64) {
            ticks << done;
            return true;
        });
        QCOMPARE(s.items, 25000);
        QCOMPARE(ticks, (QList<qint64>{0, 10000, 20000, 25000}));
        const QDate first = Database::dateFrom(db.scalar(QStringLiteral("SELECT MIN(drafted) FROM items")));
        QVERIFY2(first < QDate(2025, 1, 1) && first >= QDate(2024, 1, 1),
                 qPrintable(first.toString(Qt::ISODate)));
        // The indexes dropped for the load are back as they were.
        QCOMPARE(indexes(), before);
        QCOMPARE(count(db, QStringLiteral(
                               "SELECT COUNT(*) FROM publications p LEFT JOIN items i ON i.id = p.item_id"
                               " WHERE i.id IS NULL")),
                 0);
        // The planner has statistics.
        if (db.dialect() == Dialect::Sqlite) {
            QCOMPARE(db.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
            QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'items'")) > 0);
        } else {
            QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM pg_stats WHERE tablename = 'items'")) > 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "test_demo.moc"
