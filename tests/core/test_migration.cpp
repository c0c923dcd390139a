#include "reviewoffice.h"
#include "testdatabase.h"

#include "domain/itemcontent.h"
#include "review/auditverifier.h"
#include "review/authservice.h"
#include "review/passwordhasher.h"
#include "storage/credentialrepository.h"
#include "review/itemservice.h"
#include "review/session.h"
#include "storage/auditlog.h"
#include "storage/itemrepository.h"
#include "storage/migrations.h"
#include "storage/reviewrepository.h"
#include "storage/userrepository.h"

#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

namespace {
/// A ledger as version 1 wrote it (plain SQL: the program of today writes version 2).
struct V1
{
    qint64 draft = 0;
    qint64 approved = 0;
    qint64 published = 0;
    qint64 withdrawn = 0;
};

V1 fillVersion1(Database& db)
{
    V1 v;
    const auto insert = [&db](const QString& sql, const QVariantMap& binds = {}) {
        return db.insert(sql, binds);
    };
    const qint64 office =
        insert(QStringLiteral("INSERT INTO departments (name) VALUES ('办公室') RETURNING id"));
    const qint64 author =
        insert(QStringLiteral("INSERT INTO users (login, name, department_id, created_at)"
                              " VALUES ('zhangwei', '张伟', :d, '2024-01-01T00:00:00.000Z') RETURNING id"),
               {{QStringLiteral("d"), office}});
    db.exec(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (:u, 'author')"),
            {{QStringLiteral("u"), author}});
    const qint64 category =
        db.scalar(QStringLiteral("SELECT id FROM categories WHERE name = '工作动态'")).toLongLong();
    const qint64 portal =
        db.scalar(QStringLiteral("SELECT id FROM channels WHERE name = '门户网站'")).toLongLong();
    const auto item = [&](const char* title, int status) {
        return insert(QStringLiteral(
                          "INSERT INTO items (title, category_id, department_id, author_id, summary, drafted,"
                          " status, created_at, updated_at) VALUES (:t, :c, :d, :a, '摘要', '2024-03-01', :s,"
                          " '2024-03-01T01:00:00.000Z', '2024-03-01T01:00:00.000Z') RETURNING id"),
                      {{QStringLiteral("t"), QString::fromUtf8(title)},
                       {QStringLiteral("c"), category},
                       {QStringLiteral("d"), office},
                       {QStringLiteral("a"), author},
                       {QStringLiteral("s"), status}});
    };
    v.draft = item("草稿一条", 0);
    v.approved = item("已审核一条", 2);
    v.published = item("已发布一条", 4);
    v.withdrawn = item("已撤回一条", 5);
    for (qint64 id : {v.published, v.withdrawn})
        db.exec(
            QStringLiteral(
                "INSERT INTO publications (item_id, channel_id, published_on) VALUES (:i, :c, '2024-03-02')"),
            {{QStringLiteral("i"), id}, {QStringLiteral("c"), portal}});
    return v;
}
} // namespace

/// Schema version 2 on a database of version 1 with data, on SQLite and PostgreSQL.
class TestMigration : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { PasswordHasher::setFastHashingForTests(true); }
    void initTestCase_data() { addBackendRows(); }

    void version1WithDataMigratesToVersion2()
    {
        TestDatabase t;
        if (!t.open(false))
            return;
        Database& db = t.db();
        Migrations::migrateTo(db, 1);
        QCOMPARE(Migrations::currentVersion(db), 1);
        QVERIFY(!db.tableExists(QStringLiteral("audit_trail")));
        const V1 v = fillVersion1(db);

        Migrations::migrateTo(db, 2);
        QCOMPARE(Migrations::currentVersion(db), 2);
        QVERIFY(!db.tableExists(QStringLiteral("word_list")));
        Migrations::migrate(db);
        QCOMPARE(Migrations::currentVersion(db), 7);
        QVERIFY(db.tableExists(QStringLiteral("word_list")));
        for (const char* table : {"attachments", "work_records", "report_templates", "report_drafts",
                                  "finalized_reports"})
            QVERIFY2(db.tableExists(QLatin1String(table)), table);
        QVERIFY(!Session::databaseIdOf(db).isEmpty());

        // The ledger reads as before.
        ItemRepository items(db);
        QCOMPARE(items.count(), 4);
        QCOMPARE(items.get(v.published)->publications.size(), 1);
        QCOMPARE(items.get(v.published)->status, ItemStatus::Published);
        // Accounts have the new columns, without passwords: the first start asks for an administrator.
        const User author = *UserRepository(db).byLogin(QStringLiteral("zhangwei"));
        QVERIFY(!author.hasPassword);
        QCOMPARE(author.failedLogins, 0);
        QVERIFY(!author.lockedUntil.isValid());
        QVERIFY(AuthService::needsFirstAdministrator(db));
        // Items approved or published before review tracking keep their standing, as records reviewed
        // before the change; drafts and withdrawn items get none.
        ReviewRepository reviews(db);
        for (qint64 id : {v.approved, v.published}) {
            const auto paper = reviews.paperReview(id);
            QVERIFY(paper.has_value());
            QCOMPARE(paper->contentHash, ItemContent::hash(*items.get(id)));
            QCOMPARE(reviews.approvalOf(id).kind, ApprovalState::Kind::Paper);
            QVERIFY(!paper->isAttested()); // recorded before attestation existed (schema 7): says so
        }
        QVERIFY(!reviews.paperReview(v.draft));
        QVERIFY(!reviews.paperReview(v.withdrawn));
        // The default chain, the trail's first record, and a clean verification.
        const ReviewChain chain = reviews.configuredChain();
        QCOMPARE(chain.steps.size(), 3);
        QCOMPARE(chain.active().steps.size(), 2);
        const QList<AuditRecord> records = AuditLog(db).list({}, 0, 10, false);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).event, AuditEvent::SchemaUpgraded);
        QCOMPARE(records.at(0).seq, 1);
        QVERIFY(AuditVerifier::verify(db).ok());

        // The upgraded ledger goes on under the new rules: once the office has its signers and the author
        // a password, a change to the published item needs a review.
        const qint64 authorId = UserRepository(db).byLogin(QStringLiteral("zhangwei"))->id;
        const qint64 office = items.get(v.published)->departmentId;
        for (const auto& [login, role] : {std::pair{"lina", Role::SectionChief}, std::pair{"zhaoli", Role::LeaderInCharge}}) {
            User u;
            u.login = QLatin1String(login);
            u.name = QLatin1String(login);
            u.departmentId = office;
            u.roles = {role};
            UserRepository(db).add(u);
        }
        CredentialRepository(db).setPassword(authorId, PasswordHasher::hash(QStringLiteral("Secret#2024")), false);
        const Session signedIn = AuthService(db).login(QStringLiteral("zhangwei"), QStringLiteral("Secret#2024"));
        Item changed = *items.get(v.published);
        changed.title = QStringLiteral("已发布一条（修订）");
        ItemService(db).update(signedIn, changed);
        QCOMPARE(changed.status, ItemStatus::UnderReview);
        QVERIFY(reviews.hasOpenRound(v.published));
        QVERIFY(AuditVerifier::verify(db).ok());
        // A second migration is a no-op.
        const qint64 recordCount = AuditLog(db).count({});
        Migrations::migrate(db);
        QCOMPARE(AuditLog(db).count({}), recordCount);
    }

    void aNewDatabaseStartsAtTheLatestVersion()
    {
        TestDatabase t;
        if (!t.open())
            return;
        QCOMPARE(Migrations::currentVersion(t.db()), 7);
        QCOMPARE(Migrations::latestVersion(), 7);
        QVERIFY(AuditVerifier::verify(t.db()).ok());
        QCOMPARE(AuditLog(t.db()).head().seq, 1);
    }
};

QTEST_GUILESS_MAIN(TestMigration)
#include "test_migration.moc"
