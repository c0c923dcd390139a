#include "reviewoffice.h"
#include "testdatabase.h"

#include "demo/demogenerator.h"
#include "review/auditservice.h"
#include "review/auditverifier.h"
#include "review/authservice.h"
#include "review/itemservice.h"
#include "review/reviewerrors.h"
#include "review/reviewservice.h"
#include "storage/auditlog.h"
#include "storage/departmentrepository.h"
#include "storage/itemrepository.h"
#include "storage/userrepository.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

Q_DECLARE_METATYPE(gongkai::VerifyProblem::Kind)

namespace {
const QString kPw = QString::fromLatin1(ReviewOffice::kPassword);

QList<AuditRecord> trail(Database& db)
{
    return AuditLog(db).list({}, 0, 100000, false);
}

/// The ids of an office with one item approved and published, one under review with step 1 signed, and a
/// draft; everything done through the services.
struct Worked
{
    qint64 published = 0;
    qint64 underReview = 0;
    qint64 draft = 0;
};

Worked work(Database& db, const ReviewOffice& o)
{
    Worked w;
    const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
    const Session chief = ReviewOffice::login(db, QStringLiteral("lina"));
    const Session leader = ReviewOffice::login(db, QStringLiteral("zhaoli"));
    ReviewService reviews(db);
    w.published = o.draft(db, QStringLiteral("已发布的信息")).id;
    reviews.submit(author, w.published);
    reviews.approve(chief, w.published, kPw, ReviewOpinion::Disclose, QStringLiteral("同意"));
    reviews.approve(leader, w.published, kPw, ReviewOpinion::Disclose, QString());
    ItemService(db).addPublication(author, w.published,
                                   {0, 0, o.seed.portal, QDate::currentDate(), QString()});
    w.underReview = o.draft(db, QStringLiteral("审查中的信息")).id;
    reviews.submit(author, w.underReview);
    reviews.approve(chief, w.underReview, kPw, ReviewOpinion::Disclose, QString());
    w.draft = o.draft(db, QStringLiteral("草稿")).id;
    return w;
}

/// Lets the test change what the program never changes: drops (SQLite) or disables (PostgreSQL, as the
/// superuser the tests connect as) the append-only triggers, as someone with access to the file or the
/// server could.
void disableTriggers(Database& db)
{
    for (const char* table : {"audit_trail", "signatures", "paper_reviews"}) {
        if (db.dialect() == Dialect::Sqlite) {
            db.execRaw(QStringLiteral("DROP TRIGGER %1_no_update").arg(QLatin1String(table)));
            db.execRaw(QStringLiteral("DROP TRIGGER %1_no_delete").arg(QLatin1String(table)));
        } else {
            db.execRaw(QStringLiteral("ALTER TABLE %1 DISABLE TRIGGER USER").arg(QLatin1String(table)));
        }
    }
}
} // namespace

/// The audit trail: what is recorded, that nobody can change it, and that verify() finds every kind of
/// tampering and names the record; on SQLite and PostgreSQL.
class TestAudit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void ledgerWritesAreAuditedAsTheActor()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        db.setActor(Actor{0, QStringLiteral("cli")});
        ItemRepository items(db);
        Item item = o.seed.item(QStringLiteral("标题甲"));
        items.add(item);
        item.summary = QStringLiteral("新摘要");
        items.update(item);
        items.withdraw(item.id, item.rowVersion);
        DepartmentRepository(db).add(QStringLiteral("外贸科"));

        AuditFilter f;
        f.objectType = QStringLiteral("item");
        f.objectId = item.id;
        const QList<AuditRecord> records = AuditLog(db).list(f, 0, 10, false);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).event, AuditEvent::ItemCreated);
        QCOMPARE(records.at(1).event, AuditEvent::ItemChanged);
        QCOMPARE(records.at(2).event, AuditEvent::ItemWithdrawn);
        for (const AuditRecord& r : records) {
            QCOMPARE(r.login, QStringLiteral("cli"));
            QCOMPARE(r.userId, 0);
            QVERIFY(r.success);
        }
        // A change records the values before and after, only those that changed.
        const QJsonObject before = QJsonDocument::fromJson(records.at(1).before.toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(records.at(1).after.toUtf8()).object();
        QCOMPARE(before.keys(), QStringList{QStringLiteral("summary")});
        QCOMPARE(after.value(QStringLiteral("summary")).toString(), QStringLiteral("新摘要"));
        QCOMPARE(QJsonDocument::fromJson(records.at(0).after.toUtf8())
                     .object()
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("标题甲"));

        // Through a service, the session's user is the actor.
        const Session author = ReviewOffice::login(db, QStringLiteral("liming"));
        Item mine = o.seed.item(QStringLiteral("李明的信息"));
        mine.authorId = 0;
        ItemService(db).create(author, mine);
        AuditFilter g;
        g.objectType = QStringLiteral("item");
        g.objectId = mine.id;
        const AuditRecord created = AuditLog(db).list(g, 0, 1).constFirst();
        QCOMPARE(created.login, QStringLiteral("liming"));
        QCOMPARE(created.userId, o.liming);
        QCOMPARE(db.actor().login, QStringLiteral("cli")); // restored after the call
        QVERIFY(AuditVerifier::verify(db).ok());
    }

    void everyReviewStepIsAudited()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Worked w = work(db, o);
        QList<AuditEvent> events;
        for (const AuditRecord& r : trail(db)) {
            if (r.objectId == w.published || r.objectType == QLatin1String("signature"))
                events << r.event;
        }
        for (AuditEvent e : {AuditEvent::ItemCreated, AuditEvent::ReviewSubmitted, AuditEvent::ReviewSigned,
                             AuditEvent::PublicationAdded})
            QVERIFY2(events.contains(e), qPrintable(auditEventCode(e)));
        QCOMPARE(events.count(AuditEvent::ReviewSigned), 3);
        for (AuditEvent e : {AuditEvent::Login, AuditEvent::Reauthenticated, AuditEvent::UserCreated,
                             AuditEvent::SchemaUpgraded}) {
            AuditFilter f;
            f.events = {e};
            QVERIFY2(AuditLog(db).count(f) > 0, qPrintable(auditEventCode(e)));
        }
    }

    void theChainLinksEveryRecord()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        work(db, o);
        const QList<AuditRecord> records = trail(db);
        QVERIFY(records.size() > 20);
        QString prev = AuditLog::genesisHash();
        for (int i = 0; i < records.size(); ++i) {
            const AuditRecord& r = records.at(i);
            QCOMPARE(r.seq, qint64(i + 1));
            QCOMPARE(r.prevHash, prev);
            QCOMPARE(AuditLog::computeHash(prev, r), r.hash);
            QCOMPARE(r.hash.size(), 64);
            prev = r.hash;
        }
        const AuditLog::Head head = AuditLog(db).head();
        QCOMPARE(head.seq, records.constLast().seq);
        QCOMPARE(head.hash, records.constLast().hash);
        const VerifyReport report = AuditVerifier::verify(db);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.first()->message));
        QCOMPARE(report.auditRecords, qint64(records.size()));
        QCOMPARE(report.signatures, 3);
        QCOMPARE(report.headHash, head.hash);
    }

    void triggersRefuseChangesAndDeletions_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("update an audit record")
            << QStringLiteral("UPDATE audit_trail SET login = 'x' WHERE seq = 2");
        QTest::newRow("delete an audit record") << QStringLiteral("DELETE FROM audit_trail WHERE seq = 2");
        QTest::newRow("update a signature") << QStringLiteral("UPDATE signatures SET opinion = 'withhold'");
        QTest::newRow("delete a signature") << QStringLiteral("DELETE FROM signatures");
    }

    void triggersRefuseChangesAndDeletions()
    {
        QFETCH(QString, sql);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        work(db, o);
        const qint64 records = AuditLog(db).count({});
        QVERIFY_THROWS_EXCEPTION(DbError, db.exec(sql));
        if (db.dialect() == Dialect::PostgreSql)
            QVERIFY_THROWS_EXCEPTION(DbError, db.execRaw(QStringLiteral("TRUNCATE audit_trail")));
        QCOMPARE(AuditLog(db).count({}), records);
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM signatures")).toInt(), 3);
        QVERIFY(AuditVerifier::verify(db).ok());
    }

    void verifyNamesTheFirstBrokenRecord_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<VerifyProblem::Kind>("kind");
        QTest::addColumn<QString>("objectType");
        using K = VerifyProblem::Kind;
        QTest::newRow("signed item's title changed")
            << QStringLiteral("title") << K::ContentChanged << QStringLiteral("item");
        QTest::newRow("item under review changed")
            << QStringLiteral("frozen") << K::ContentChanged << QStringLiteral("item");
        QTest::newRow("draft marked published")
            << QStringLiteral("status") << K::Unreviewed << QStringLiteral("item");
        QTest::newRow("audit record edited")
            << QStringLiteral("edit") << K::RecordChanged << QStringLiteral("audit");
        QTest::newRow("audit record edited, hash recomputed")
            << QStringLiteral("rehash") << K::ChainBroken << QStringLiteral("audit");
        QTest::newRow("audit record deleted")
            << QStringLiteral("delete") << K::RecordsMissing << QStringLiteral("audit");
        QTest::newRow("last audit record deleted")
            << QStringLiteral("deletelast") << K::RecordsMissing << QStringLiteral("audit");
        QTest::newRow("audit record forged")
            << QStringLiteral("forge") << K::RecordChanged << QStringLiteral("audit");
        QTest::newRow("signature changed")
            << QStringLiteral("signature") << K::SignatureChanged << QStringLiteral("signature");
        QTest::newRow("signature deleted")
            << QStringLiteral("unsign") << K::SignatureMissing << QStringLiteral("signature");
        QTest::newRow("signature forged")
            << QStringLiteral("forgesig") << K::SignatureForged << QStringLiteral("signature");
    }

    void verifyNamesTheFirstBrokenRecord()
    {
        QFETCH(QString, tamper);
        QFETCH(VerifyProblem::Kind, kind);
        QFETCH(QString, objectType);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Worked w = work(db, o);
        QVERIFY(AuditVerifier::verify(db).ok());
        disableTriggers(db);
        const qint64 last = AuditLog(db).head().seq;
        const qint64 middle = last / 2;
        qint64 expectedId = 0;
        if (tamper == QLatin1String("title")) {
            db.exec(QStringLiteral("UPDATE items SET title = '改过的标题' WHERE id = :id"),
                    {{QStringLiteral("id"), w.published}});
            expectedId = w.published;
        } else if (tamper == QLatin1String("frozen")) {
            db.exec(QStringLiteral("UPDATE items SET summary = '偷偷改的' WHERE id = :id"),
                    {{QStringLiteral("id"), w.underReview}});
            expectedId = w.underReview;
        } else if (tamper == QLatin1String("status")) {
            db.exec(QStringLiteral("UPDATE items SET status = 4 WHERE id = :id"),
                    {{QStringLiteral("id"), w.draft}});
            expectedId = w.draft;
        } else if (tamper == QLatin1String("edit")) {
            db.exec(QStringLiteral("UPDATE audit_trail SET login = 'someone' WHERE seq = :s"),
                    {{QStringLiteral("s"), middle}});
            expectedId = middle;
        } else if (tamper == QLatin1String("rehash")) {
            // A careful forger recomputes the edited record's hash: the next record no longer follows it.
            AuditRecord r = *AuditLog(db).bySeq(middle);
            r.login = QStringLiteral("someone");
            db.exec(QStringLiteral("UPDATE audit_trail SET login = :l, hash = :h WHERE seq = :s"),
                    {{QStringLiteral("l"), r.login},
                     {QStringLiteral("h"), AuditLog::computeHash(r.prevHash, r)},
                     {QStringLiteral("s"), middle}});
            expectedId = middle + 1;
        } else if (tamper == QLatin1String("delete")) {
            db.exec(QStringLiteral("DELETE FROM audit_trail WHERE seq = :s"),
                    {{QStringLiteral("s"), middle}});
            expectedId = middle;
        } else if (tamper == QLatin1String("deletelast")) {
            db.exec(QStringLiteral("DELETE FROM audit_trail WHERE seq = :s"), {{QStringLiteral("s"), last}});
            expectedId = last;
        } else if (tamper == QLatin1String("forge")) {
            AuditRecord r = *AuditLog(db).bySeq(last);
            db.exec(QStringLiteral(
                        "INSERT INTO audit_trail (seq, at, user_id, login, event, success, object_type,"
                        " object_id, before_value, after_value, prev_hash, hash) VALUES (:s, :at, NULL,"
                        " 'admin', 'login', 1, 'user', 1, '', '', :p, :h)"),
                    {{QStringLiteral("s"), last + 1},
                     {QStringLiteral("at"), db.toDb(r.at)},
                     {QStringLiteral("p"), r.hash},
                     {QStringLiteral("h"), QString(64, QLatin1Char('a'))}});
            expectedId = last + 1;
        } else if (tamper == QLatin1String("signature")) {
            expectedId = db.scalar(QStringLiteral("SELECT MIN(id) FROM signatures")).toLongLong();
            db.exec(QStringLiteral("UPDATE signatures SET opinion = 'withhold' WHERE id = :id"),
                    {{QStringLiteral("id"), expectedId}});
        } else if (tamper == QLatin1String("unsign")) {
            expectedId = db.scalar(QStringLiteral("SELECT MAX(id) FROM signatures")).toLongLong();
            db.exec(QStringLiteral("DELETE FROM signatures WHERE id = :id"),
                    {{QStringLiteral("id"), expectedId}});
        } else if (tamper == QLatin1String("forgesig")) {
            const qint64 round = db.scalar(QStringLiteral("SELECT id FROM review_rounds WHERE item_id = :i"),
                                           {{QStringLiteral("i"), w.underReview}})
                                     .toLongLong();
            expectedId = db.insert(
                QStringLiteral("INSERT INTO signatures (round_id, step_index, signer_id, signer_login,"
                               " signer_name, role, meaning, step_label, opinion, comment, signed_at,"
                               " content_hash) SELECT round_id, 1, :u, 'zhaoli', '赵丽',"
                               " 'leader_in_charge', 'approval', '分管领导审核', opinion, comment,"
                               " signed_at, content_hash FROM signatures WHERE round_id = :r"
                               " RETURNING id"),
                {{QStringLiteral("u"), o.zhaoli}, {QStringLiteral("r"), round}});
        }
        const VerifyReport report = AuditVerifier::verify(db);
        QVERIFY(!report.ok());
        const VerifyProblem& first = *report.first();
        QVERIFY2(first.kind == kind, qPrintable(first.message));
        QCOMPARE(first.objectType, objectType);
        QCOMPARE(first.objectId, expectedId);
        QVERIFY2(first.message.contains(QString::number(expectedId)), qPrintable(first.message));
    }

    void theDemoOfficeVerifiesAndKeepsTheRules()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        DemoOptions options;
        options.items = 400;
        options.lastDay = QDate(2024, 6, 30);
        const DemoSummary s = DemoGenerator::generate(db, options);
        QVERIFY(s.reviewRounds > 50);
        QVERIFY(s.signatures > 50);
        QVERIFY(s.paperReviews > 50);
        const VerifyReport report = AuditVerifier::verify(db);
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.first()->message));
        QCOMPARE(report.signatures, s.signatures);
        // Every signature keeps the rules: not the author's, one step per person, the step's role and
        // department.
        const auto count = [&db](const char* sql) {
            return db.scalar(QString::fromLatin1(sql)).toLongLong();
        };
        QCOMPARE(count("SELECT COUNT(*) FROM signatures s JOIN review_rounds r ON r.id = s.round_id"
                       " JOIN items i ON i.id = r.item_id WHERE s.signer_id = i.author_id"),
                 0);
        QCOMPARE(count("SELECT COUNT(*) FROM signatures s JOIN user_roles ur ON ur.user_id = s.signer_id"
                       " AND ur.role = s.role"),
                 s.signatures);
        QCOMPARE(count("SELECT COUNT(*) FROM signatures s JOIN review_rounds r ON r.id = s.round_id"
                       " JOIN items i ON i.id = r.item_id JOIN users u ON u.id = s.signer_id"
                       " WHERE s.role = 'section_chief' AND u.department_id <> i.department_id"),
                 0);
        // Approved and published items all have an approval; some are still waiting in an inbox.
        QVERIFY(count("SELECT COUNT(*) FROM review_rounds WHERE state = 'open'") > 0);
        QVERIFY(count("SELECT COUNT(*) FROM send_backs") > 0);
        // Demo accounts sign in with the demo password.
        const Session chief = AuthService(db).login(QStringLiteral("zhaomin"), DemoGenerator::demoPassword());
        QVERIFY(chief.hasRole(Role::SectionChief));
        QVERIFY(!AuthService::needsFirstAdministrator(db));
    }

    void onlyTheAuditorReadsTheTrail()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        ReviewOffice::create(db);
        AuditService audit(db);
        const Session auditor = ReviewOffice::login(db, QStringLiteral("audit"));
        QVERIFY(audit.count(auditor, {}) > 0);
        QVERIFY(audit.verify(auditor).ok());
        AuditFilter failures;
        failures.failuresOnly = true;
        QCOMPARE(audit.count(auditor, failures), 0);
        const Session admin = ReviewOffice::login(db, QStringLiteral("admin"));
        QVERIFY_THROWS_EXCEPTION(PermissionError, audit.list(admin, {}, 0, 10));
        QVERIFY_THROWS_EXCEPTION(PermissionError, audit.verify(admin));
        // The refusal itself is on record, and the auditor sees it.
        const QList<AuditRecord> refused = audit.list(auditor, failures, 0, 10);
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.at(0).login, QStringLiteral("admin"));
        QCOMPARE(refused.at(0).event, AuditEvent::PermissionDenied);

        // The export for Excel: every record, oldest first, and the export is on record too.
        const qint64 before = audit.count(auditor, {});
        QByteArray csv;
        QBuffer buffer(&csv);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QCOMPARE(audit.exportCsv(auditor, {}, &buffer), before);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QStringList lines =
            QString::fromUtf8(csv.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), before + 1);
        QVERIFY2(lines.at(0).startsWith(QStringLiteral("序号,时间,")), qPrintable(lines.at(0)));
        QVERIFY(lines.at(1).startsWith(QStringLiteral("1,")));
        AuditFilter exported;
        exported.events = {AuditEvent::AuditExported};
        QCOMPARE(audit.count(auditor, exported), 1);
        QBuffer other;
        QVERIFY(other.open(QIODevice::WriteOnly));
        QVERIFY_THROWS_EXCEPTION(PermissionError, audit.exportCsv(admin, {}, &other));
        QVERIFY(other.data().isEmpty());
    }

    void everyEventHasItsCode()
    {
        QSet<QString> codes;
        for (AuditEvent e : allAuditEvents()) {
            const QString code = auditEventCode(e);
            QCOMPARE(auditEventFromCode(code), e);
            QVERIFY(!codes.contains(code));
            codes.insert(code);
            QVERIFY(!auditEventDisplayName(e).isEmpty());
        }
        QCOMPARE(auditEventFromCode(QStringLiteral("from_a_later_version")), AuditEvent::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "test_audit.moc"
