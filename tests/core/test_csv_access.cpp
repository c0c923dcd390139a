#include "csvtesting.h"
#include "reviewoffice.h"
#include "testdatabase.h"

#include "io/itemexporter.h"
#include "io/itemimporter.h"
#include "review/auditverifier.h"
#include "review/authservice.h"
#include "review/reviewerrors.h"
#include "storage/auditlog.h"
#include "storage/categoryrepository.h"
#include "storage/channelrepository.h"
#include "storage/departmentrepository.h"
#include "storage/itemrepository.h"
#include "storage/reviewrepository.h"
#include "storage/userrepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

/// Who may import and export the ledger, on SQLite and PostgreSQL: authors import their own items,
/// publishers the historical ledger with a signer's attestation of its paper reviews, the administrator
/// creates the names a file lacks and neither imports nor exports, nor does the auditor. Every refusal
/// writes nothing and is on record.
class TestCsvAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void authorImportsOwnItemsOnly()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Session author = ReviewOffice::login(t.db(), QStringLiteral("zhangwei"));
        const QByteArray own = utf8(kHeader) +
                               "草稿一,工作动态,,办公室,zhangwei,2024-03-01,,,\n"
                               "草稿二,工作动态,,办公室,张伟,2024-03-02,,,市政务公开办|2024-03-03\n";
        const ImportResult ok = ItemImporter(t.db()).importData(author, own, {});
        QVERIFY2(ok.ok(), qPrintable(describe(ok)));
        QCOMPARE(ok.imported, 2);
        // Created as the author's, and the audit trail names them.
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE author_id = :a"),
                             {{QStringLiteral("a"), o.seed.author}})
                     .toInt(),
                 2);
        QCOMPARE(auditCount(t.db(), QStringLiteral("zhangwei"), AuditEvent::ItemCreated, false), 2);

        // Another author's rows are problems with their lines; nothing is written, the refusal is on record.
        const QList<qint64> before = snapshot(t.db());
        const QByteArray mixed = utf8(kHeader) + "草稿三,工作动态,,办公室,zhangwei,2024-03-01,,,\n"
                                                 "别人的,工作动态,,办公室,lina,2024-03-01,,,\n"
                                                 "也是别人的,工作动态,,商务科,王强,2024-03-01,,,\n";
        const ImportResult refused = ItemImporter(t.db()).importData(author, mixed, {});
        QVERIFY(hasProblem(refused, 3, QStringLiteral("撰稿人"), QStringLiteral("the row's author is lina")));
        QVERIFY(hasProblem(refused, 4, QStringLiteral("撰稿人"), QStringLiteral("the row's author is 王强")));
        QCOMPARE(refused.problems.size(), 2);
        QCOMPARE(refused.imported, 0);
        QCOMPARE(snapshot(t.db()), before);
        AuditFilter failures;
        failures.login = QStringLiteral("zhangwei");
        failures.failuresOnly = true;
        const QList<AuditRecord> refusals = AuditLog(t.db()).list(failures, 0, 10);
        QCOMPARE(refusals.size(), 1);
        QCOMPARE(refusals.at(0).event, AuditEvent::ItemCreated);
        QCOMPARE(refusals.at(0).objectType, QStringLiteral("import"));
        QVERIFY(refusals.at(0).after.contains(QStringLiteral("not_author")));

        // An author's own published row needs an attestation like any other, by someone else.
        const QByteArray published =
            utf8(kHeader) + "已发布,工作动态,,办公室,lina,2024-03-01,,门户网站|2024-03-02,\n";
        const Session lina = ReviewOffice::login(t.db(), QStringLiteral("lina"));
        ImportOptions self;
        self.attestation = attestation(QStringLiteral("lina"), QStringLiteral("王强 2024-03-01"));
        const ImportResult selfAttested = ItemImporter(t.db()).importData(lina, published, self);
        QVERIFY2(hasProblem(selfAttested, 2, QStringLiteral("撰稿人"), QStringLiteral("nobody attests")),
                 qPrintable(describe(selfAttested)));
        QCOMPARE(snapshot(t.db()), before);
        const ImportResult attested =
            ItemImporter(t.db()).importData(lina, published, historical(QStringLiteral("王强 2024-03-01")));
        QVERIFY2(attested.ok(), qPrintable(describe(attested)));
        QCOMPARE(attested.imported, 1);
    }

    void publisherImportsTheHistoricalLedger()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Session publisher = ReviewOffice::login(t.db(), QStringLiteral("zhoujie"));
        const QByteArray data =
            utf8("标题,信息类别,科室,撰稿人,撰稿日期,状态,发布记录,纸质审查\n"
                 "旧通知一,工作动态,办公室,zhangwei,2023-02-01,,门户网站|2023-02-03,李娜 2023-02-02；周平 "
                 "2023-02-02\n"
                 "旧通知二,工作动态,商务科,王强,2023-05-10,已审核,,\n"
                 "旧通知三,工作动态,办公室,liming,2023-09-30,已发布,微信公众号|2023-10-01,\n"
                 "未发出的草稿,工作动态,办公室,liming,2023-11-01,,,\n");
        ImportOptions options = historical(QStringLiteral("王强 2023 年纸质审查"));
        const qint64 auditBefore = AuditLog(t.db()).head().seq;
        const ImportResult r = ItemImporter(t.db()).importData(publisher, data, options);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.imported, 4);
        QCOMPARE(r.needingAttestation, 3);

        ItemRepository items(t.db());
        ReviewRepository reviews(t.db());
        const QList<qint64> ids = itemIds(t.db());
        const QList<ItemStatus> statuses{ItemStatus::Published, ItemStatus::Approved, ItemStatus::Published,
                                         ItemStatus::Draft};
        const QStringList reviewers{QStringLiteral("李娜 2023-02-02；周平 2023-02-02"),
                                    QStringLiteral("王强 2023 年纸质审查"),
                                    QStringLiteral("王强 2023 年纸质审查")};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(items.get(ids.at(i))->status, statuses.at(i));
            const std::optional<PaperReview> review = reviews.paperReview(ids.at(i));
            if (i == 3) {
                QVERIFY(!review); // a draft that never went out needs no review
                continue;
            }
            QVERIFY(review);
            QCOMPARE(review->reviewers, reviewers.at(i));
            QCOMPARE(review->attestedBy, o.zhouping);
            QCOMPARE(review->attesterName, QStringLiteral("周平"));
            QCOMPARE(review->formRef, QStringLiteral("2023年纸质审查单"));
            QCOMPARE(review->importHash, sha256(data));
            QCOMPARE(review->recordedBy, QStringLiteral("zhoujie"));
        }

        // The trail names the publisher for every item and holds one record for the file's attestation.
        QCOMPARE(auditCount(t.db(), QStringLiteral("zhoujie"), AuditEvent::ItemCreated, false), 4);
        QCOMPARE(
            auditCount(t.db(), QString(), AuditEvent::PaperReviewRecorded, false, QStringLiteral("item")), 0);
        AuditFilter file;
        file.events = {AuditEvent::PaperReviewRecorded};
        file.objectType = QStringLiteral("import");
        const QList<AuditRecord> records = AuditLog(t.db()).list(file, 0, 10);
        QCOMPARE(records.size(), 1);
        QVERIFY(records.at(0).seq > auditBefore);
        QCOMPARE(records.at(0).login, QStringLiteral("zhoujie"));
        const QJsonObject after = QJsonDocument::fromJson(records.at(0).after.toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("sha256")).toString(), sha256(data));
        QCOMPARE(after.value(QStringLiteral("rows")).toString(), QStringLiteral("3"));
        QCOMPARE(after.value(QStringLiteral("from")).toString(), QStringLiteral("2023-02-01"));
        QCOMPARE(after.value(QStringLiteral("to")).toString(), QStringLiteral("2023-09-30"));
        QCOMPARE(after.value(QStringLiteral("formRef")).toString(), QStringLiteral("2023年纸质审查单"));
        QCOMPARE(after.value(QStringLiteral("attester")).toString(), QStringLiteral("zhouping"));
        QCOMPARE(after.value(QStringLiteral("attesterName")).toString(), QStringLiteral("周平"));

        // What verify checks holds: every approved or published item is vouched for by its paper review.
        const VerifyReport report = AuditVerifier::verify(t.db());
        QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.first()->message));
        QCOMPARE(report.itemsChecked, 3); // the three that went out

        // The export writes the attested record in the 纸质审查 column.
        const QByteArray exported = ItemExporter(t.db()).exportData(publisher);
        QVERIFY(exported.contains(
            QStringLiteral("李娜 2023-02-02；周平 2023-02-02（审查单 2023年纸质审查单，周平 证明）")
                .toUtf8()));
    }

    void withoutAttestationHistoricalRowsAreProblems()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        const Session publisher = ReviewOffice::login(t.db(), QStringLiteral("zhoujie"));
        const QByteArray data = utf8("标题,信息类别,科室,撰稿人,撰稿日期,状态,发布记录,纸质审查\n"
                                     "草稿,工作动态,办公室,zhangwei,2023-02-01,,,\n"
                                     "已发布,工作动态,办公室,zhangwei,2023-02-01,,门户网站|2023-02-03,\n"
                                     "已审核,工作动态,办公室,zhangwei,2023-02-01,已审核,,\n"
                                     "有纸质审查,工作动态,办公室,zhangwei,2023-02-01,,,李娜 2023-02-02\n");
        const QList<qint64> before = snapshot(t.db());
        for (bool checkOnly : {true, false}) {
            ImportOptions options;
            options.checkOnly = checkOnly;
            const ImportResult r = ItemImporter(t.db()).importData(publisher, data, options);
            QCOMPARE(r.problems.size(), 3);
            for (int line : {3, 4, 5})
                QVERIFY2(
                    hasProblem(r, line, QStringLiteral("纸质审查"), QStringLiteral("attested by a signer")),
                    qPrintable(describe(r)));
            QCOMPARE(r.needingAttestation, 3);
            QCOMPARE(snapshot(t.db()), before);
        }
        // With an attestation but no reviewers for the rows that name none.
        ImportOptions unnamed = historical();
        unnamed.checkOnly = true;
        const ImportResult r = ItemImporter(t.db()).importData(publisher, data, unnamed);
        QCOMPARE(r.problems.size(), 2);
        QVERIFY(hasProblem(r, 3, QStringLiteral("纸质审查"), QStringLiteral("give its paper reviewers")));
        QVERIFY(hasProblem(r, 4, QStringLiteral("纸质审查"), QStringLiteral("give its paper reviewers")));
    }

    void attesterMustSignInAndSign_data()
    {
        QTest::addColumn<QString>("attester");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("formRef");
        QTest::addColumn<QString>("reason");
        const QString pw = ReviewOffice::password();
        const QString form = QStringLiteral("2023年纸质审查单");
        QTest::newRow("wrong password") << QStringLiteral("zhouping") << QStringLiteral("wrong") << form
                                        << QStringLiteral("could not be signed in");
        QTest::newRow("unknown attester")
            << QStringLiteral("nobody") << pw << form << QStringLiteral("could not be signed in");
        QTest::newRow("not a signer")
            << QStringLiteral("zhoujie") << pw << form << QStringLiteral("cannot attest paper reviews");
        QTest::newRow("an author") << QStringLiteral("liming") << pw << form
                                   << QStringLiteral("cannot attest paper reviews");
        QTest::newRow("no paper form")
            << QStringLiteral("zhouping") << pw << QString() << QStringLiteral("paper review form");
    }

    void attesterMustSignInAndSign()
    {
        QFETCH(QString, attester);
        QFETCH(QString, password);
        QFETCH(QString, formRef);
        QFETCH(QString, reason);
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        const Session publisher = ReviewOffice::login(t.db(), QStringLiteral("zhoujie"));
        const QByteArray data = withHeader("");
        const QList<qint64> before = snapshot(t.db());
        ImportOptions options = historical(QStringLiteral("李娜 2024-03-01"));
        options.attestation.login = attester;
        options.attestation.password = password;
        options.attestation.formRef = formRef;
        const qint64 failedBefore = UserRepository(t.db()).byLogin(attester).value_or(User{}).failedLogins;
        const ImportResult r = ItemImporter(t.db()).importData(publisher, data, options);
        QVERIFY2(hasProblem(r, 0, QString(), reason), qPrintable(describe(r)));
        QCOMPARE(r.imported, 0);
        QCOMPARE(snapshot(t.db()), before);
        if (password != ReviewOffice::password()) {
            // A sign-in like any other: the failure counts toward the lock-out and is on record.
            QCOMPARE(UserRepository(t.db()).byLogin(attester)->failedLogins, failedBefore + 1);
            QCOMPARE(auditCount(t.db(), attester, AuditEvent::LoginFailed, true), 1);
        }
        if (reason.contains(QStringLiteral("cannot attest"))) {
            QCOMPARE(auditCount(t.db(), attester, AuditEvent::PermissionDenied, true), 1);
            // A check already says so, without the password.
            options.checkOnly = true;
            options.attestation.password.clear();
            const ImportResult check = ItemImporter(t.db()).importData(publisher, data, options);
            QVERIFY2(hasProblem(check, 0, QString(), reason), qPrintable(describe(check)));
        }
    }

    void attesterWhoWroteARowIsRefused()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        const Session publisher = ReviewOffice::login(t.db(), QStringLiteral("zhoujie"));
        // 王强 is a section chief and an author: he may attest, but not the file where he wrote a published
        // row.
        const QByteArray data =
            utf8("标题,信息类别,科室,撰稿人,撰稿日期,状态,发布记录,纸质审查\n"
                 "张伟的,工作动态,办公室,zhangwei,2023-02-01,,门户网站|2023-02-03,李娜 2023-02-02\n"
                 "王强的草稿,工作动态,商务科,wangqiang,2023-02-01,,,\n"
                 "王强的,工作动态,商务科,wangqiang,2023-02-01,已审核,,李娜 2023-02-02\n");
        const QList<qint64> before = snapshot(t.db());
        for (bool checkOnly : {true, false}) {
            ImportOptions options = historical();
            options.attestation.login = QStringLiteral("wangqiang");
            options.checkOnly = checkOnly;
            const ImportResult r = ItemImporter(t.db()).importData(publisher, data, options);
            QCOMPARE(r.problems.size(), 1);
            QVERIFY2(hasProblem(r, 4, QStringLiteral("撰稿人"),
                                QStringLiteral("nobody attests the review of their own")),
                     qPrintable(describe(r)));
            QCOMPARE(snapshot(t.db()), before);
        }
        AuditFilter refused;
        refused.login = QStringLiteral("zhoujie");
        refused.events = {AuditEvent::PaperReviewRecorded};
        refused.failuresOnly = true;
        const QList<AuditRecord> records = AuditLog(t.db()).list(refused, 0, 10);
        QCOMPARE(records.size(), 1); // the import, not the check
        QVERIFY(records.at(0).after.contains(QStringLiteral("own_item")));
    }

    void administratorAndAuditorNeitherImportNorExport_data()
    {
        QTest::addColumn<QString>("login");
        QTest::newRow("administrator") << QStringLiteral("admin");
        QTest::newRow("auditor") << QStringLiteral("audit");
    }

    void administratorAndAuditorNeitherImportNorExport()
    {
        QFETCH(QString, login);
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        o.draft(t.db(), QStringLiteral("台账里的一条"));
        const Session session = ReviewOffice::login(t.db(), login);
        const QList<qint64> before = snapshot(t.db());
        const QByteArray data = utf8(kHeader) + "草稿一,工作动态,,办公室,zhangwei,2024-03-01,,,\n";
        ImportOptions check;
        check.checkOnly = true;
        QVERIFY_THROWS_EXCEPTION(PermissionError, ItemImporter(t.db()).importData(session, data, {}));
        QVERIFY_THROWS_EXCEPTION(PermissionError, ItemImporter(t.db()).importData(session, data, check));
        QVERIFY_THROWS_EXCEPTION(PermissionError, ItemImporter(t.db()).importFile(
                                                      session, QStringLiteral("/no/such/file.csv"), {}));
        QCOMPARE(snapshot(t.db()), before);
        QCOMPARE(auditCount(t.db(), login, AuditEvent::PermissionDenied, true, QStringLiteral("import")), 3);

        QVERIFY_THROWS_EXCEPTION(PermissionError, ItemExporter(t.db()).exportData(session));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.csv"));
        QVERIFY_THROWS_EXCEPTION(PermissionError, ItemExporter(t.db()).exportFile(session, path));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(auditCount(t.db(), login, AuditEvent::PermissionDenied, true, QStringLiteral("ledger")), 2);
    }

    void missingNamesAreCreatedByTheAdministrator()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        // The first generated login is taken: the next free one is used.
        User taken;
        taken.login = QStringLiteral("author-001");
        taken.name = QStringLiteral("赵六");
        taken.roles = {Role::Author};
        UserRepository(t.db()).add(taken);

        const QByteArray data =
            withHeader("通知二,新类别,,新科室,王五,2024-03-01,,新渠道|2024-03-02,新单位|2024-03-02\n"
                       "通知三,新类别,,新科室,王五,2024-03-01,,新渠道|2024-03-03,\n"
                       "通知四,工作动态,,办公室,钱七,2024-03-01,,,新单位|2024-03-05\n");
        const Session publisher = ReviewOffice::login(t.db(), QStringLiteral("zhoujie"));
        const ImportOptions options = historical(QStringLiteral("纸质审查单"));
        const QList<qint64> before = snapshot(t.db());
        const ImportResult refused = ItemImporter(t.db()).importData(publisher, data, options);
        QVERIFY(
            hasProblem(refused, 3, QStringLiteral("科室"), QStringLiteral("unknown department “新科室”")));
        QVERIFY(hasProblem(refused, 3, QStringLiteral("撰稿人"), QStringLiteral("unknown author “王五”")));
        QVERIFY(hasProblem(refused, 5, QStringLiteral("报送记录"),
                           QStringLiteral("unknown upper agency “新单位”")));
        QCOMPARE(refused.missing.count(), 6);
        QCOMPARE(snapshot(t.db()), before);

        // Only the administrator creates names; everyone else is refused, on record, and nothing changes.
        for (const char* login : {"zhoujie", "zhangwei", "zhouping", "audit"}) {
            const Session other = ReviewOffice::login(t.db(), QString::fromLatin1(login));
            QVERIFY_THROWS_EXCEPTION(PermissionError, ItemImporter(t.db()).createMissingNames(other, data));
            QCOMPARE(auditCount(t.db(), QString::fromLatin1(login), AuditEvent::PermissionDenied, true), 1);
        }
        QCOMPARE(snapshot(t.db()), before);

        const Session admin = ReviewOffice::login(t.db(), QStringLiteral("admin"));
        const NamesResult check = ItemImporter(t.db()).createMissingNames(admin, data, true);
        QVERIFY2(check.ok(), qPrintable(describe(check)));
        QVERIFY(!check.created);
        QCOMPARE(check.names.departments, QStringList{QStringLiteral("新科室")});
        QCOMPARE(check.names.categories, QStringList{QStringLiteral("新类别")});
        QCOMPARE(check.names.channels, QStringList{QStringLiteral("新渠道")});
        QCOMPARE(check.names.agencies, QStringList{QStringLiteral("新单位")});
        QCOMPARE(check.names.authors.size(), 2);
        QCOMPARE(check.names.authors.at(0).login, QStringLiteral("author-002"));
        QCOMPARE(check.names.authors.at(1).login, QStringLiteral("author-003"));
        QCOMPARE(snapshot(t.db()), before);

        const NamesResult created = ItemImporter(t.db()).createMissingNames(admin, data);
        QVERIFY2(created.ok(), qPrintable(describe(created)));
        QVERIFY(created.created);
        const auto department = DepartmentRepository(t.db()).byName(QStringLiteral("新科室"));
        QVERIFY(department);
        QVERIFY(CategoryRepository(t.db()).byName(QStringLiteral("新类别")));
        const auto channel = ChannelRepository(t.db()).byName(QStringLiteral("新渠道"));
        QVERIFY(channel && !channel->isAgency);
        const auto agency = ChannelRepository(t.db()).byName(QStringLiteral("新单位"));
        QVERIFY(agency && agency->isAgency);
        const auto wangwu = UserRepository(t.db()).byLogin(QStringLiteral("author-002"));
        QVERIFY(wangwu);
        QCOMPARE(wangwu->name, QStringLiteral("王五"));
        QCOMPARE(wangwu->departmentId, department->id);
        QCOMPARE(wangwu->roles, QList<Role>{Role::Author});
        // Inactive and without a password: nobody signs in as them until the administrator says so.
        QVERIFY(!wangwu->active);
        QVERIFY(!wangwu->hasPassword);
        QVERIFY_THROWS_EXCEPTION(AuthError,
                                 AuthService(t.db()).login(QStringLiteral("author-002"), QString()));
        const auto qianqi = UserRepository(t.db()).byLogin(QStringLiteral("author-003"));
        QVERIFY(qianqi);
        QCOMPARE(qianqi->name, QStringLiteral("钱七"));
        QCOMPARE(qianqi->departmentId, o.seed.office);
        QCOMPARE(auditCount(t.db(), QStringLiteral("admin"), AuditEvent::ListEntryAdded, false), 4);
        QCOMPARE(auditCount(t.db(), QStringLiteral("admin"), AuditEvent::UserCreated, false), 2);

        // Nothing is missing any more: a second run creates nothing, and the import goes through.
        const NamesResult again = ItemImporter(t.db()).createMissingNames(admin, data);
        QVERIFY(again.ok() && again.names.isEmpty());
        const ImportResult r = ItemImporter(t.db()).importData(publisher, data, options);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.imported, 4);
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE author_id = :a"),
                             {{QStringLiteral("a"), wangwu->id}})
                     .toInt(),
                 2);
    }

    void missingNamesProblemsCreateNothing()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        for (const char* login : {"wangfang", "wang.fang"}) {
            User u;
            u.login = QString::fromLatin1(login);
            u.name = QStringLiteral("王芳");
            u.departmentId = o.seed.office;
            u.roles = {Role::Author};
            UserRepository(t.db()).add(u);
        }
        const Session admin = ReviewOffice::login(t.db(), QStringLiteral("admin"));
        const QList<qint64> before = snapshot(t.db());
        // A new name used both as a channel and as an agency, an ambiguous author, a name too long.
        const QByteArray data =
            withHeader("通知二,工作动态,,新科室,王芳,2024-03-01,,两用|2024-03-02,两用|2024-03-02\n"
                       "通知三,工作动态,,新科室,王五,2024-13-45,,,\n");
        const NamesResult r = ItemImporter(t.db()).createMissingNames(admin, data);
        QVERIFY(!r.created);
        QVERIFY2(hasProblem(r.problems, 3, QStringLiteral("报送记录"),
                            QStringLiteral("both as a publication channel")),
                 qPrintable(describe(r)));
        QVERIFY2(hasProblem(r.problems, 3, QStringLiteral("撰稿人"), QStringLiteral("ambiguous")),
                 qPrintable(describe(r)));
        QCOMPARE(r.problems.size(), 2); // the bad date is the import's business, not the names'
        QCOMPARE(snapshot(t.db()), before);

        const QByteArray tooLong = withHeader(
            QByteArray("通知二,工作动态,,新科室,王五,2024-03-01,,," + QByteArray(300, 'x') + "|2024-03-02\n")
                .constData());
        const NamesResult failed = ItemImporter(t.db()).createMissingNames(admin, tooLong);
        QVERIFY(!failed.created);
        QCOMPARE(failed.problems.size(), 1);
        QVERIFY2(hasProblem(failed.problems, 3, QStringLiteral("报送记录"),
                            QStringLiteral("cannot create upper agency")),
                 qPrintable(describe(failed)));
        QCOMPARE(snapshot(t.db()), before); // the department created before it rolled back too
    }
};

QTEST_GUILESS_MAIN(TestCsvAccess)
#include "test_csv_access.moc"
