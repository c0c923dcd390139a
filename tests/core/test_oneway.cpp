#include "reviewoffice.h"
#include "testdatabase.h"

#include "review/accountservice.h"
#include "review/adminservice.h"
#include "review/authservice.h"
#include "review/itemservice.h"
#include "review/reviewerrors.h"
#include "review/reviewservice.h"
#include "review/wordlistservice.h"
#include "review/workrecordservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/reviewrepository.h"
#include "storage/userrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace gongkai;
using namespace gongkai::test;

namespace {
const QString kPw = QString::fromLatin1(ReviewOffice::kPassword);

/// Everything a refused attempt must leave as it was: row counts of every table a write could touch,
/// and the sum of the items' row versions (any change to an item moves it).
QString snapshot(Database& db)
{
    QStringList parts;
    for (const char* table : {"items", "publications", "submissions", "attachments", "review_rounds",
                              "signatures", "send_backs", "paper_reviews", "users", "user_roles", "departments",
                              "categories", "channels", "word_list", "work_records", "finalized_reports"}) {
        parts << QStringLiteral("%1=%2").arg(QLatin1String(table),
                                              db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1")
                                                            .arg(QLatin1String(table)))
                                                  .toString());
    }
    parts << QStringLiteral("versions=%1").arg(
        db.scalar(QStringLiteral("SELECT COALESCE(SUM(row_version), 0) FROM items")).toString());
    parts << QStringLiteral("statuses=%1").arg(
        db.scalar(QStringLiteral("SELECT COALESCE(SUM(status * id), 0) FROM items")).toString());
    return parts.join(QLatin1Char(' '));
}

/// The newest failed attempt of the trail, after the attempt.
std::optional<AuditRecord> lastFailure(Database& db)
{
    AuditFilter f;
    f.failuresOnly = true;
    const QList<AuditRecord> list = AuditLog(db).list(f, 0, 1);
    return list.isEmpty() ? std::nullopt : std::optional<AuditRecord>(list.first());
}

/// Runs a call that must be refused; gives the message (empty when nothing was thrown).
QString refused(const std::function<void()>& call, QString* kind)
{
    try {
        call();
    } catch (const PermissionError& e) {
        *kind = QStringLiteral("permission");
        return e.message();
    } catch (const RuleError& e) {
        *kind = QStringLiteral("rule:") + RuleError::code(e.rule());
        return e.message();
    } catch (const AuthError& e) {
        *kind = QStringLiteral("auth");
        return e.message();
    } catch (const ValidationError& e) {
        *kind = QStringLiteral("validation");
        QStringList m;
        for (const FieldError& f : e.errors())
            m << f.message;
        return m.join(QLatin1Char(' '));
    } catch (const Error& e) {
        *kind = QStringLiteral("error");
        return e.message();
    }
    *kind = QStringLiteral("none");
    return {};
}

/// The office with items in every state the attempts need.
struct Scene
{
    ReviewOffice o;
    qint64 draft = 0;       ///< 张伟's draft, never reviewed
    qint64 underReview = 0; ///< 张伟's item, submitted
    qint64 approved = 0;    ///< 张伟's item, approved by 李娜 and 赵丽
    qint64 withheldItem = 0; ///< 张伟's item marked 不予公开, attested on paper
    qint64 concludedWithhold = 0; ///< 张伟's item whose review concluded 不予公开
    qint64 chiefsDraft = 0;  ///< 王强's own draft (he is a section chief)

    static Scene create(Database& db)
    {
        Scene s;
        s.o = ReviewOffice::create(db);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        const Session chief = ReviewOffice::login(db, QStringLiteral("lina"));
        const Session leader = ReviewOffice::login(db, QStringLiteral("zhaoli"));
        ItemService items(db);
        ReviewService reviews(db);
        auto add = [&](const QString& title) {
            Item item = s.o.seed.item(title);
            item.authorId = 0;
            return items.create(author, item);
        };
        s.draft = add(QStringLiteral("未审查的信息"));
        s.underReview = add(QStringLiteral("审查中的信息"));
        reviews.submit(author, s.underReview);
        s.approved = add(QStringLiteral("已审核的信息"));
        reviews.submit(author, s.approved);
        reviews.approve(chief, s.approved, kPw, ReviewOpinion::Disclose, {});
        reviews.approve(leader, s.approved, kPw, ReviewOpinion::Disclose, {});
        Item withheld = s.o.seed.item(QStringLiteral("不予公开的信息"));
        withheld.authorId = 0;
        withheld.attribute = DisclosureAttribute::Withheld;
        withheld.withheldGround = QStringLiteral("《条例》第十四条");
        s.withheldItem = items.create(author, withheld);
        ReviewOffice::attestPaper(db, s.withheldItem);
        s.concludedWithhold = add(QStringLiteral("审查结论为不予公开的信息"));
        reviews.submit(author, s.concludedWithhold);
        reviews.approve(chief, s.concludedWithhold, kPw, ReviewOpinion::Disclose, {});
        reviews.approve(leader, s.concludedWithhold, kPw, ReviewOpinion::Withhold, {});
        const Session wangqiang = ReviewOffice::login(db, QStringLiteral("wangqiang"));
        Item own = s.o.seed.item(QStringLiteral("王强自己的信息"));
        own.authorId = 0;
        own.departmentId = s.o.seed.commerce;
        s.chiefsDraft = items.create(wangqiang, own);
        return s;
    }
};
} // namespace

/// One way in, tried as a hostile user would: every attempt is refused by core with a message that names
/// what is missing, writes nothing, and is in the audit trail; on SQLite and PostgreSQL.
class TestOneWay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void hostileAttemptsAreRefused_data()
    {
        QTest::addColumn<QString>("attempt");
        QTest::addColumn<QString>("kind");     ///< what is thrown
        QTest::addColumn<QString>("mentions"); ///< a word the message must contain
        QTest::newRow("author names another author") << "create-as-other" << "rule:not_author" << "author";
        QTest::newRow("publisher creates an item") << "publisher-creates" << "permission" << "write the ledger";
        QTest::newRow("author attests a paper review") << "author-attests" << "permission" << "section chief";
        QTest::newRow("author attests own item") << "author-attests-own" << "permission" << "paper";
        QTest::newRow("signer attests own item") << "chief-attests-own" << "rule:own_item" << "own item";
        QTest::newRow("signer attests with a wrong password") << "wrong-password" << "auth" << "password";
        QTest::newRow("attest without a form") << "no-form" << "validation" << "form";
        QTest::newRow("attest an item under review") << "attest-under-review" << "rule:already_under_review"
                                                     << "reviewed in the program";
        QTest::newRow("publish unreviewed") << "publish-draft" << "rule:not_reviewed" << "review";
        QTest::newRow("publish under review") << "publish-under-review" << "rule:not_reviewed" << "under review";
        QTest::newRow("publish a withheld item") << "publish-withheld" << "rule:not_reviewed" << "不予公开";
        QTest::newRow("publish after a withhold conclusion") << "publish-concluded-withhold"
                                                             << "rule:not_reviewed" << "withheld";
        QTest::newRow("publish in the future") << "publish-future" << "rule:not_reviewed" << "future";
        QTest::newRow("author publishes another's item") << "publish-others" << "rule:not_author" << "publisher";
        QTest::newRow("publisher sets distribution on a draft") << "distribution-draft" << "rule:not_reviewed"
                                                                << "review";
        QTest::newRow("administrator reads an item") << "admin-reads" << "permission" << "read the ledger";
        QTest::newRow("auditor lists the ledger") << "auditor-lists" << "permission" << "read the ledger";
        QTest::newRow("administrator signs") << "admin-signs" << "permission" << "sign";
        QTest::newRow("author changes an item under review") << "edit-frozen" << "rule:already_under_review"
                                                             << "frozen";
        QTest::newRow("another author changes an item") << "edit-others" << "rule:not_author" << "author";
        QTest::newRow("author withdraws another's item") << "withdraw-others" << "permission" << "withdraw";
        QTest::newRow("author removes a word") << "word-remove" << "permission" << "manage";
        QTest::newRow("author adds a department") << "department-add" << "permission" << "manage";
        QTest::newRow("administrator mixes roles") << "role-mix" << "validation" << "separation of duties";
        QTest::newRow("auditor adds a work record") << "auditor-record" << "permission" << "auditor";
        QTest::newRow("publisher sets the unit name") << "unit-name" << "permission" << "manage";
    }

    void hostileAttemptsAreRefused()
    {
        QFETCH(QString, attempt);
        QFETCH(QString, kind);
        QFETCH(QString, mentions);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const Scene s = Scene::create(db);
        auto as = [&db](const char* login) { return ReviewOffice::login(db, QLatin1String(login)); };
        ItemService items(db);
        const Publication today{0, 0, s.o.seed.portal, QDate(), QString()};
        PaperAttestation paper;
        paper.formRef = QStringLiteral("纸质审查单 2024-3");
        paper.reviewers = QStringLiteral("李娜 2024-03-01");

        std::function<void()> call;
        if (attempt == QLatin1String("create-as-other")) {
            const Session author = as("zhangwei");
            call = [&, author] {
                Item item = s.o.seed.item(QStringLiteral("冒名的信息"));
                item.authorId = s.o.liming;
                items.create(author, item);
            };
        } else if (attempt == QLatin1String("publisher-creates")) {
            const Session publisher = as("zhoujie");
            call = [&, publisher] {
                Item item = s.o.seed.item(QStringLiteral("发布员写的信息"));
                item.authorId = 0;
                items.create(publisher, item);
            };
        } else if (attempt == QLatin1String("author-attests") || attempt == QLatin1String("author-attests-own")) {
            const Session author = as(attempt == QLatin1String("author-attests") ? "liming" : "zhangwei");
            call = [&, author] { items.attestPaperReview(author, s.draft, kPw, paper); };
        } else if (attempt == QLatin1String("chief-attests-own")) {
            const Session chief = as("wangqiang");
            call = [&, chief] { items.attestPaperReview(chief, s.chiefsDraft, kPw, paper); };
        } else if (attempt == QLatin1String("wrong-password")) {
            const Session chief = as("lina");
            call = [&, chief] { items.attestPaperReview(chief, s.draft, QStringLiteral("Guess#2024"), paper); };
        } else if (attempt == QLatin1String("no-form")) {
            const Session chief = as("lina");
            paper.formRef.clear();
            call = [&, chief] { items.attestPaperReview(chief, s.draft, kPw, paper); };
        } else if (attempt == QLatin1String("attest-under-review")) {
            const Session chief = as("lina");
            call = [&, chief] { items.attestPaperReview(chief, s.underReview, kPw, paper); };
        } else if (attempt == QLatin1String("publish-draft")) {
            const Session author = as("zhangwei");
            call = [&, author] { items.addPublication(author, s.draft, today); };
        } else if (attempt == QLatin1String("publish-under-review")) {
            const Session publisher = as("zhoujie");
            call = [&, publisher] { items.addPublication(publisher, s.underReview, today); };
        } else if (attempt == QLatin1String("publish-withheld")) {
            const Session publisher = as("zhoujie");
            call = [&, publisher] { items.addPublication(publisher, s.withheldItem, today); };
        } else if (attempt == QLatin1String("publish-concluded-withhold")) {
            const Session author = as("zhangwei");
            call = [&, author] { items.addPublication(author, s.concludedWithhold, today); };
        } else if (attempt == QLatin1String("publish-future")) {
            const Session publisher = as("zhoujie");
            call = [&, publisher] {
                items.addPublication(publisher, s.approved,
                                     {0, 0, s.o.seed.portal, QDate::currentDate().addDays(3), QString()});
            };
        } else if (attempt == QLatin1String("publish-others")) {
            const Session other = as("liming");
            call = [&, other] { items.addPublication(other, s.approved, today); };
        } else if (attempt == QLatin1String("distribution-draft")) {
            const Session publisher = as("zhoujie");
            const Item stored = *ItemRepository(db).get(s.draft);
            call = [&, publisher, stored] {
                items.setDistribution(publisher, s.draft, {{0, 0, s.o.seed.portal, QDate::currentDate(), {}}}, {},
                                      stored.rowVersion);
            };
        } else if (attempt == QLatin1String("admin-reads")) {
            const Session admin = as("admin");
            call = [&, admin] { items.item(admin, s.approved); };
        } else if (attempt == QLatin1String("auditor-lists")) {
            const Session auditor = as("audit");
            call = [&, auditor] { items.ledgerPage(auditor, {}, {}, 0, 10); };
        } else if (attempt == QLatin1String("admin-signs")) {
            const Session admin = as("admin");
            call = [&, admin] { ReviewService(db).approve(admin, s.underReview, kPw, ReviewOpinion::Disclose, {}); };
        } else if (attempt == QLatin1String("edit-frozen")) {
            const Session author = as("zhangwei");
            call = [&, author] {
                Item item = *ItemRepository(db).get(s.underReview);
                item.title = QStringLiteral("偷偷改的标题");
                items.update(author, item);
            };
        } else if (attempt == QLatin1String("edit-others")) {
            const Session other = as("liming");
            call = [&, other] {
                Item item = *ItemRepository(db).get(s.draft);
                item.title = QStringLiteral("别人改的标题");
                items.update(other, item);
            };
        } else if (attempt == QLatin1String("withdraw-others")) {
            const Session other = as("liming");
            call = [&, other] { items.withdraw(other, s.underReview, ItemRepository(db).get(s.underReview)->rowVersion); };
        } else if (attempt == QLatin1String("word-remove")) {
            const Session author = as("zhangwei");
            call = [&, author] { WordListService(db).remove(author, QStringLiteral("秘密")); };
        } else if (attempt == QLatin1String("department-add")) {
            const Session author = as("zhangwei");
            call = [&, author] { AdminService(db).addDepartment(author, QStringLiteral("新科室")); };
        } else if (attempt == QLatin1String("role-mix")) {
            const Session admin = as("admin");
            call = [&, admin] {
                User u;
                u.login = QStringLiteral("mallory");
                u.name = QStringLiteral("马某");
                u.departmentId = s.o.seed.office;
                u.roles = {Role::Administrator, Role::Auditor, Role::SectionChief};
                AccountService(db).addUser(admin, u, QStringLiteral("Mallory#2024"));
            };
        } else if (attempt == QLatin1String("auditor-record")) {
            const Session auditor = as("audit");
            call = [&, auditor] {
                WorkRecord r;
                r.kind = WorkRecordKind::Training;
                r.heldOn = QDate(2024, 3, 1);
                r.title = QStringLiteral("培训");
                r.attendees = 10;
                WorkRecordService(db).add(auditor, r);
            };
        } else if (attempt == QLatin1String("unit-name")) {
            const Session publisher = as("zhoujie");
            call = [&, publisher] { AdminService(db).setUnitName(publisher, QStringLiteral("某局")); };
        }
        QVERIFY2(call, qPrintable(attempt));

        const QString before = snapshot(db);
        const qint64 trailBefore = AuditLog(db).count({});
        QSignalSpy announced(&db.changes(), &ChangeNotifier::changed);
        QString thrown;
        const QString message = refused(call, &thrown);
        QCOMPARE(thrown, kind);
        QVERIFY2(message.contains(mentions, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(snapshot(db), before);
        QCOMPARE(announced.count(), 0); // nothing committed, nothing announced
        // The refusal is in the trail, after the attempt, as a failure.
        QVERIFY(AuditLog(db).count({}) > trailBefore);
        const std::optional<AuditRecord> last = lastFailure(db);
        QVERIFY(last.has_value());
        QVERIFY(last->seq > trailBefore);
        QVERIFY(!last->success);
    }

    /// The same rules say yes where they should: a publisher records a publication on any approved item,
    /// the author on their own; a signer's attestation makes a never-reviewed item publishable; each
    /// write is announced once committed.
    void theRightPeopleMayDoIt()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const Scene s = Scene::create(db);
        ItemService items(db);
        const Session publisher = ReviewOffice::login(db, QStringLiteral("zhoujie"));
        QVERIFY(items.capabilities(publisher, s.approved).publish);
        QVERIFY(!items.capabilities(publisher, s.approved).edit);
        QVERIFY(!items.capabilities(publisher, s.draft).publish);

        QSignalSpy announced(&db.changes(), &ChangeNotifier::changed);
        items.addPublication(publisher, s.approved, {0, 0, s.o.seed.portal, QDate(), QString()});
        const Item published = *ItemRepository(db).get(s.approved);
        QCOMPARE(published.status, ItemStatus::Published);
        QCOMPARE(published.publications.constFirst().date, QDate::currentDate()); // defaults to today
        QCOMPARE(announced.count(), 1);
        const QList<ChangeEvent> events = announced.first().first().value<QList<ChangeEvent>>();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.constFirst().kind, ChangeKind::Item);
        QCOMPARE(events.constFirst().itemId, s.approved);
        AuditFilter mine;
        mine.login = QStringLiteral("zhoujie");
        QVERIFY(AuditLog(db).count(mine) >= 1);

        // A section chief attests the draft's paper review: approved, the attester named.
        const Session chief = ReviewOffice::login(db, QStringLiteral("lina"));
        QVERIFY(items.capabilities(chief, s.draft).attestPaperReview);
        PaperAttestation a;
        a.formRef = QStringLiteral("纸质审查单〔2023〕12号");
        a.reviewers = QStringLiteral("李娜 2023-03-01；赵丽 2023-03-02");
        items.attestPaperReview(chief, s.draft, kPw, a);
        const auto paper = ReviewRepository(db).paperReview(s.draft);
        QVERIFY(paper && paper->isAttested());
        QCOMPARE(paper->attesterName, QStringLiteral("李娜"));
        QCOMPARE(paper->attesterRole, QStringLiteral("section_chief"));
        QCOMPARE(paper->formRef, QStringLiteral("纸质审查单〔2023〕12号"));
        QVERIFY(paper->describe().contains(QStringLiteral("李娜")));
        QCOMPARE(ItemRepository(db).get(s.draft)->status, ItemStatus::Approved);
        // Now the author may record its publication on their own item.
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        QVERIFY(items.capabilities(author, s.draft).publish);
        items.addPublication(author, s.draft, {0, 0, s.o.seed.wechat, QDate::currentDate(), QString()});
        QCOMPARE(ItemRepository(db).get(s.draft)->status, ItemStatus::Published);

        // A change to the approved item's content starts a new round, with the checks of a submission.
        Item changed = *ItemRepository(db).get(s.draft);
        QVERIFY(items.capabilities(author, changed).editStartsNewRound);
        changed.title = QStringLiteral("未审查的信息（修订）");
        items.update(author, changed);
        QCOMPARE(changed.status, ItemStatus::UnderReview);
        QVERIFY(ReviewRepository(db).hasOpenRound(s.draft));
    }

    /// A rolled-back transaction announces nothing; nested transactions announce once, after the outer
    /// commit.
    void changesAreAnnouncedAfterCommitOnly()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        ReviewOffice::create(db);
        const Session admin = ReviewOffice::login(db, QStringLiteral("admin"));
        QSignalSpy announced(&db.changes(), &ChangeNotifier::changed);
        {
            TransactionGuard outer(db);
            AdminService(db).addDepartment(admin, QStringLiteral("法规科"));
            QCOMPARE(announced.count(), 0); // still inside the outer transaction
            // no commit: rolled back
        }
        QCOMPARE(announced.count(), 0);
        {
            TransactionGuard outer(db);
            AdminService(db).addDepartment(admin, QStringLiteral("法规科"));
            AdminService(db).addCategory(admin, QStringLiteral("重点领域信息"));
            QCOMPARE(announced.count(), 0);
            outer.commit();
        }
        QCOMPARE(announced.count(), 1);
        const QList<ChangeEvent> events = announced.first().first().value<QList<ChangeEvent>>();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.at(0).kind, ChangeKind::ListEntry);
        QCOMPARE(events.at(0).objectType, QStringLiteral("department"));
        QCOMPARE(events.at(1).objectType, QStringLiteral("category"));
    }
};

QTEST_GUILESS_MAIN(TestOneWay)
#include "test_oneway.moc"
