#include "reviewoffice.h"
#include "testdatabase.h"

#include "demo/demogenerator.h"
#include "domain/workrecord.h"
#include "io/textdecoder.h"
#include "io/workrecordexporter.h"
#include "io/workrecordimporter.h"
#include "review/passwordhasher.h"
#include "review/reviewerrors.h"
#include "review/workrecordservice.h"
#include "storage/auditlog.h"
#include "storage/workrecordrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

namespace {
WorkRecord training(const QDate& date, const QString& title, int attendees = 30)
{
    WorkRecord r;
    r.kind = WorkRecordKind::Training;
    r.heldOn = date;
    r.title = title;
    r.organiser = QStringLiteral("办公室");
    r.attendees = attendees;
    return r;
}

WorkRecord delivery(const QDate& date, int documents)
{
    WorkRecord r;
    r.kind = WorkRecordKind::ReadingRoom;
    r.heldOn = date;
    r.title = QStringLiteral("现行有效文件送阅");
    r.documents = documents;
    r.recipients = QStringLiteral("市档案馆");
    return r;
}

QList<AuditRecord> events(Database& db, AuditEvent event, bool failuresOnly = false)
{
    AuditFilter f;
    f.events = {event};
    f.failuresOnly = failuresOnly;
    return AuditLog(db).list(f, 0, 100);
}

qint64 recordCount(Database& db)
{
    return db.scalar(QStringLiteral("SELECT COUNT(*) FROM work_records")).toLongLong();
}

const char* const kHeader = "类型,日期,主题,组织单位,参加人数,文件数,接收单位,备注,科室\r\n";
} // namespace

/// Work records: the kinds and their rules, the repository and the service's permissions and audit
/// trail, and the CSV export and all-or-nothing import; on SQLite and PostgreSQL.
class TestWorkRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void kindNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind"); ///< -1: not a kind
        QTest::newRow("code") << QStringLiteral("reading_room") << int(WorkRecordKind::ReadingRoom);
        QTest::newRow("code upper") << QStringLiteral("TRAINING") << int(WorkRecordKind::Training);
        QTest::newRow("english") << QStringLiteral("press conference") << int(WorkRecordKind::Press);
        QTest::newRow("chinese training") << QStringLiteral("培训") << int(WorkRecordKind::Training);
        QTest::newRow("chinese interview") << QStringLiteral("在线访谈") << int(WorkRecordKind::Interview);
        QTest::newRow("chinese press") << QStringLiteral("新闻发布会") << int(WorkRecordKind::Press);
        QTest::newRow("chinese delivery")
            << QStringLiteral(" 公共查阅室送阅 ") << int(WorkRecordKind::ReadingRoom);
        QTest::newRow("chinese other") << QStringLiteral("其他工作") << int(WorkRecordKind::Other);
        QTest::newRow("unknown") << QStringLiteral("会议") << -1;
        QTest::newRow("empty") << QString() << -1;
    }

    void kindNames()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        const std::optional<WorkRecordKind> parsed = workRecordKindFromString(text);
        QCOMPARE(parsed ? int(*parsed) : -1, kind);
        if (parsed) {
            // Every name of a kind leads back to it.
            QCOMPARE(workRecordKindFromString(workRecordKindCode(*parsed)), parsed);
            QCOMPARE(workRecordKindFromString(workRecordKindChinese(*parsed)), parsed);
        }
    }

    void validation_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("attendees");
        QTest::addColumn<int>("documents");
        QTest::addColumn<QString>("fields"); ///< the failing fields, comma-separated

        const QDate d(2024, 5, 10);
        const int training = int(WorkRecordKind::Training);
        const int reading = int(WorkRecordKind::ReadingRoom);
        const int press = int(WorkRecordKind::Press);
        const QString t = QStringLiteral("保密审查培训");
        QTest::newRow("valid training") << training << d << t << 40 << 0 << QString();
        QTest::newRow("valid delivery") << reading << d << t << 0 << 12 << QString();
        QTest::newRow("valid press, no counts") << press << d << t << 0 << 0 << QString();
        QTest::newRow("no date") << press << QDate() << t << 0 << 0 << QStringLiteral("heldOn");
        QTest::newRow("no title") << press << d << QStringLiteral("  ") << 0 << 0 << QStringLiteral("title");
        QTest::newRow("long title") << press << d << QString(201, QLatin1Char('x')) << 0 << 0
                                    << QStringLiteral("title");
        QTest::newRow("training without attendees")
            << training << d << t << 0 << 0 << QStringLiteral("attendees");
        QTest::newRow("negative attendees") << press << d << t << -1 << 0 << QStringLiteral("attendees");
        QTest::newRow("delivery without documents")
            << reading << d << t << 0 << 0 << QStringLiteral("documents");
        QTest::newRow("negative documents") << press << d << t << 0 << -3 << QStringLiteral("documents");
        QTest::newRow("everything wrong") << training << QDate() << QString() << -2 << -2
                                          << QStringLiteral("heldOn,title,attendees,documents");
    }

    void validation()
    {
        QFETCH(int, kind);
        QFETCH(QDate, date);
        QFETCH(QString, title);
        QFETCH(int, attendees);
        QFETCH(int, documents);
        QFETCH(QString, fields);
        WorkRecord r;
        r.kind = WorkRecordKind(kind);
        r.heldOn = date;
        r.title = title;
        r.attendees = attendees;
        r.documents = documents;
        QStringList failing;
        for (const FieldError& e : r.validate()) {
            QVERIFY(!e.message.isEmpty());
            failing << e.field;
        }
        QCOMPARE(failing.join(QLatin1Char(',')), fields);
    }

    void repository()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const Seed seed = Seed::create(db);
        db.setActor({seed.author, QStringLiteral("zhangwei")});
        WorkRecordRepository repo(db);

        WorkRecord a = training(QDate(2024, 3, 31), QStringLiteral("第一季度培训"), 25);
        a.departmentId = seed.office;
        WorkRecord b = delivery(QDate(2024, 4, 1), 8);
        WorkRecord c = training(QDate(2024, 1, 5), QStringLiteral("年初培训"), 60);
        repo.add(a);
        repo.add(b);
        repo.add(c);
        QVERIFY(a.id > 0);
        QCOMPARE(a.rowVersion, 1);
        QCOMPARE(a.createdBy, QStringLiteral("zhangwei"));
        QVERIFY(a.createdAt.isValid());

        const std::optional<WorkRecord> got = repo.get(a.id);
        QVERIFY(got);
        QCOMPARE(*got, a);
        QCOMPARE(got->departmentId, seed.office);
        QCOMPARE(repo.get(b.id)->departmentId, qint64(0));
        QVERIFY(!repo.get(99999));

        // Date order, inclusive ends, kinds.
        QList<qint64> ids;
        for (const WorkRecord& r : repo.list())
            ids << r.id;
        QCOMPARE(ids, (QList<qint64>{c.id, a.id, b.id}));
        QCOMPARE(repo.list(QDate(2024, 1, 1), QDate(2024, 3, 31)).size(), 2);
        QCOMPARE(repo.list(QDate(2024, 3, 31), QDate(2024, 3, 31)).constFirst().id, a.id);
        QCOMPARE(repo.list(QDate(2024, 4, 1)).size(), 1);
        QCOMPARE(repo.list({}, {}, {WorkRecordKind::ReadingRoom}).constFirst().id, b.id);
        QCOMPARE(repo.list({}, {}, {WorkRecordKind::ReadingRoom, WorkRecordKind::Training}).size(), 3);
        QVERIFY(repo.list({}, {}, {WorkRecordKind::Press}).isEmpty());
        // A hostile text is a value, not SQL.
        WorkRecord odd = training(QDate(2024, 2, 2), QStringLiteral("x'); DROP TABLE work_records; --"));
        repo.add(odd);
        QCOMPARE(repo.get(odd.id)->title, odd.title);

        // Invalid records and unknown departments are refused before anything is written.
        WorkRecord bad = training(QDate(2024, 2, 2), QStringLiteral("无人数"), 0);
        QVERIFY_THROWS_EXCEPTION(ValidationError, repo.add(bad));
        bad.attendees = 5;
        bad.departmentId = 4242;
        try {
            repo.add(bad);
            QFAIL("an unknown department was accepted");
        } catch (const ValidationError& e) {
            QCOMPARE(e.errors().constFirst().field, QStringLiteral("department"));
        }
        QCOMPARE(recordCount(db), 4);

        // Update, then a stale copy conflicts.
        WorkRecord stale = a;
        a.attendees = 26;
        a.note = QStringLiteral("补录");
        repo.update(a);
        QCOMPARE(a.rowVersion, 2);
        QCOMPARE(repo.get(a.id)->attendees, 26);
        stale.title = QStringLiteral("别人的修改");
        QVERIFY_THROWS_EXCEPTION(ConflictError, repo.update(stale));
        QCOMPARE(repo.get(a.id)->title, QStringLiteral("第一季度培训"));
        QVERIFY_THROWS_EXCEPTION(ConflictError, repo.remove(a.id, 1));
        repo.remove(a.id, 2);
        QVERIFY(!repo.get(a.id));
        QVERIFY_THROWS_EXCEPTION(Error, repo.remove(a.id, 2));

        // The trail: four added, one change naming only what changed, one deletion with the old values.
        QCOMPARE(events(db, AuditEvent::WorkRecordAdded).size(), 4);
        const QList<AuditRecord> changed = events(db, AuditEvent::WorkRecordChanged);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().login, QStringLiteral("zhangwei"));
        const QJsonObject after = QJsonDocument::fromJson(changed.constFirst().after.toUtf8()).object();
        QCOMPARE(after.keys(), (QStringList{QStringLiteral("attendees"), QStringLiteral("note")}));
        QCOMPARE(after.value(QStringLiteral("attendees")).toInt(), 26);
        const QList<AuditRecord> deleted = events(db, AuditEvent::WorkRecordDeleted);
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.constFirst().objectId, a.id);
        QVERIFY(deleted.constFirst().before.contains(QStringLiteral("第一季度培训")));
    }

    void servicePermissions()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        ReviewOffice::create(db);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        const Session leader = ReviewOffice::login(db, QStringLiteral("zhaoli")); // reads, does not write
        const Session admin = ReviewOffice::login(db, QStringLiteral("admin"));
        const Session auditor = ReviewOffice::login(db, QStringLiteral("audit"));
        WorkRecordService service(db);

        WorkRecord r = training(QDate(2024, 6, 3), QStringLiteral("政务公开业务培训"));
        service.add(author, r);
        QVERIFY(r.id > 0);
        QCOMPARE(r.createdBy, QStringLiteral("zhangwei"));
        const QList<AuditRecord> added = events(db, AuditEvent::WorkRecordAdded);
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.constFirst().login, QStringLiteral("zhangwei"));
        QCOMPARE(added.constFirst().userId, author.userId());

        QCOMPARE(service.list(leader).size(), 1);
        QVERIFY(service.record(leader, r.id));
        QCOMPARE(
            service.list(author, QDate(2024, 6, 3), QDate(2024, 6, 3), {WorkRecordKind::Training}).size(), 1);

        // Refusals: each one is a PermissionError and a failed record in the trail.
        WorkRecord other = delivery(QDate(2024, 6, 4), 10);
        QVERIFY_THROWS_EXCEPTION(PermissionError, service.add(leader, other));
        WorkRecord change = r;
        change.attendees = 99;
        QVERIFY_THROWS_EXCEPTION(PermissionError, service.update(leader, change));
        QVERIFY_THROWS_EXCEPTION(PermissionError, service.remove(leader, r.id, r.rowVersion));
        QVERIFY_THROWS_EXCEPTION(PermissionError, service.list(admin));
        QVERIFY_THROWS_EXCEPTION(PermissionError, service.list(auditor));
        QVERIFY_THROWS_EXCEPTION(
            PermissionError,
            service.importCsv(leader, QByteArray(kHeader) + "培训,2024-06-05,导入,,10,,,,\r\n"));
        QVERIFY_THROWS_EXCEPTION(PermissionError, service.exportCsv(admin));
        const QList<AuditRecord> denied = events(db, AuditEvent::PermissionDenied, true);
        QCOMPARE(denied.size(), 7);
        QCOMPARE(denied.constLast().objectType, QStringLiteral("work_record")); // newest first: the add
        QCOMPARE(recordCount(db), 1);
        QCOMPARE(service.record(author, r.id)->attendees, 30);

        // A conflict is refused and audited as a failed change.
        WorkRecord first = r;
        WorkRecord second = r;
        first.attendees = 31;
        service.update(author, first);
        second.attendees = 32;
        QVERIFY_THROWS_EXCEPTION(ConflictError, service.update(author, second));
        const QList<AuditRecord> failedChange = events(db, AuditEvent::WorkRecordChanged, true);
        QCOMPARE(failedChange.size(), 1);
        QCOMPARE(failedChange.constFirst().objectId, r.id);
        QCOMPARE(service.record(author, r.id)->attendees, 31);

        // Writers import and delete; readers export.
        const ImportResult imported =
            service.importCsv(author, QByteArray(kHeader) + "新闻发布会,2024-06-05,新闻发布会,,,,,,\r\n");
        QVERIFY(imported.ok());
        QCOMPARE(imported.imported, 1);
        int count = 0;
        const QByteArray csv = service.exportCsv(leader, {}, {}, &count);
        QCOMPARE(count, 2);
        QVERIFY(csv.contains("新闻发布会"));
        service.remove(author, first.id, first.rowVersion);
        QCOMPARE(service.list(author).size(), 1);
    }

    void csvRoundTrip()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const Seed seed = Seed::create(db);
        WorkRecordRepository repo(db);
        WorkRecord a = training(QDate(2024, 3, 12), QStringLiteral("培训, 含逗号与\"引号\""), 45);
        a.departmentId = seed.commerce;
        a.note = QStringLiteral("第一行\n第二行");
        WorkRecord b = delivery(QDate(2024, 3, 28), 17);
        b.recipients = QStringLiteral("市档案馆、市图书馆");
        WorkRecord c;
        c.kind = WorkRecordKind::Interview;
        c.heldOn = QDate(2024, 7, 1);
        c.title = QStringLiteral("局长在线访谈");
        repo.add(a);
        repo.add(b);
        repo.add(c);

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("records.csv"));
        QCOMPARE(WorkRecordExporter(db).exportFile(path, QDate(2024, 1, 1), QDate(2024, 3, 31)), 2);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(
            data.startsWith("\xEF\xBB\xBF类型,日期,主题,组织单位,参加人数,文件数,接收单位,备注,科室\r\n"));
        QVERIFY(data.contains("公共查阅室送阅,2024-03-28,现行有效文件送阅,,0,17,市档案馆、市图书馆,,\r\n"));
        QVERIFY(!data.contains("局长在线访谈"));

        const QList<WorkRecord> before = repo.list(QDate(2024, 1, 1), QDate(2024, 3, 31));
        for (const WorkRecord& r : before)
            repo.remove(r.id, r.rowVersion);
        const ImportResult result = WorkRecordImporter(db).importFile(path);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).reason));
        QCOMPARE(result.imported, 2);
        QCOMPARE(result.encoding, QStringLiteral("UTF-8 (BOM)"));
        const QList<WorkRecord> after = repo.list(QDate(2024, 1, 1), QDate(2024, 3, 31));
        QCOMPARE(after.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(after.at(i).kind, before.at(i).kind);
            QCOMPARE(after.at(i).heldOn, before.at(i).heldOn);
            QCOMPARE(after.at(i).title, before.at(i).title);
            QCOMPARE(after.at(i).organiser, before.at(i).organiser);
            QCOMPARE(after.at(i).attendees, before.at(i).attendees);
            QCOMPARE(after.at(i).documents, before.at(i).documents);
            QCOMPARE(after.at(i).recipients, before.at(i).recipients);
            QCOMPARE(after.at(i).note, before.at(i).note);
            QCOMPARE(after.at(i).departmentId, before.at(i).departmentId);
        }
    }

    void importEncodings_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("encoding");
        const QString text =
            QStringLiteral("类型,日期,主题,参加人数,科室\r\n培训,2024年5月6日,保密培训,33,办公室\r\n"
                           "training,2024/5/7,English kind,12,\r\n");
        QTest::newRow("utf-8") << text.toUtf8() << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8()
                                   << QStringLiteral("UTF-8 (BOM)");
        QTest::newRow("gb18030") << TextDecoder::encodeGb18030(text) << QStringLiteral("GB18030");
        QTest::newRow("english headers")
            << QByteArray("kind,date,title,attendees,department\n培训,2024-05-06,保密培训,33,办公室\n"
                          "training,2024-05-07,English kind,12,\n")
            << QStringLiteral("UTF-8");
    }

    void importEncodings()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, encoding);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const Seed seed = Seed::create(db);
        const ImportResult result = WorkRecordImporter(db).importData(data);
        QVERIFY2(result.ok(), qPrintable(result.problems.value(0).reason));
        QCOMPARE(result.encoding, encoding);
        QCOMPARE(result.imported, 2);
        const QList<WorkRecord> list = WorkRecordRepository(db).list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).title, QStringLiteral("保密培训"));
        QCOMPARE(list.at(0).heldOn, QDate(2024, 5, 6));
        QCOMPARE(list.at(0).attendees, 33);
        QCOMPARE(list.at(0).departmentId, seed.office);
        QCOMPARE(list.at(1).kind, WorkRecordKind::Training);
        QCOMPARE(events(db, AuditEvent::WorkRecordAdded).size(), 2);
    }

    void importErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason"); ///< a part of the reason

        // Line 2 is always a good row: it must not be written either.
        const QByteArray good = QByteArray(kHeader) + "培训,2024-05-06,保密培训,办公室,30,0,,,\r\n";
        QTest::newRow("unknown kind") << good + "会议,2024-05-07,例会,,,,,,\r\n"
                                      << 3 << QStringLiteral("类型") << QStringLiteral("unknown kind");
        QTest::newRow("missing kind") << good + ",2024-05-07,例会,,,,,,\r\n"
                                      << 3 << QStringLiteral("类型") << QStringLiteral("kind is required");
        QTest::newRow("bad date") << good + "培训,2024-13-40,培训,,5,,,,\r\n"
                                  << 3 << QStringLiteral("日期") << QStringLiteral("not a date");
        QTest::newRow("missing date") << good + "培训,,培训,,5,,,,\r\n"
                                      << 3 << QStringLiteral("日期") << QStringLiteral("date is required");
        QTest::newRow("missing title") << good + "新闻发布会,2024-05-07,,,,,,,\r\n"
                                       << 3 << QStringLiteral("主题") << QStringLiteral("topic is required");
        QTest::newRow("attendees not a number")
            << good + "培训,2024-05-07,培训,,三十,,,,\r\n"
            << 3 << QStringLiteral("参加人数") << QStringLiteral("not a whole number");
        QTest::newRow("negative documents") << good + "其他工作,2024-05-07,其他,,,-4,,,\r\n"
                                            << 3 << QStringLiteral("文件数") << QStringLiteral("negative");
        QTest::newRow("training without attendees")
            << good + "培训,2024-05-07,培训,,0,,,,\r\n"
            << 3 << QStringLiteral("参加人数") << QStringLiteral("attendees");
        QTest::newRow("delivery without documents")
            << good + "公共查阅室送阅,2024-05-07,送阅,,,,市档案馆,,\r\n"
            << 3 << QStringLiteral("文件数") << QStringLiteral("documents");
        QTest::newRow("unknown department")
            << good + "培训,2024-05-07,培训,,5,,,,不存在科\r\n"
            << 3 << QStringLiteral("科室") << QStringLiteral("unknown department");
        QTest::newRow("wrong field count") << good + "培训,2024-05-07,培训\r\n"
                                           << 3 << QString() << QStringLiteral("wrong number of fields");
        QTest::newRow("unterminated quote") << good + "培训,2024-05-07,\"培训,,5,,,,\r\n"
                                            << 3 << QString() << QStringLiteral("quote");
        QTest::newRow("unknown column")
            << QByteArray("类型,日期,主题,地点\r\n培训,2024-05-06,保密培训,会议室\r\n") << 1
            << QStringLiteral("地点") << QStringLiteral("unknown column");
        QTest::newRow("repeated column")
            << QByteArray("类型,日期,主题,日期\r\n培训,2024-05-06,保密培训,2024-05-06\r\n") << 1
            << QStringLiteral("日期") << QStringLiteral("twice");
        QTest::newRow("missing column") << QByteArray("类型,主题\r\n培训,保密培训\r\n") << 1
                                        << QStringLiteral("日期") << QStringLiteral("missing");
        QTest::newRow("training, no attendees column")
            << QByteArray("kind,date,title\r\ntraining,2024-05-06,no count\r\n") << 2
            << QStringLiteral("参加人数") << QStringLiteral("attendees");
        QTest::newRow("empty file") << QByteArray("\r\n\r\n") << 0 << QString() << QStringLiteral("empty");
        QTest::newRow("not text")
            << QByteArray("kind,date,title,attendees\r\ntraining,2024-05-06,\x81\x20\xFF,5\r\n") << 2
            << QString() << QStringLiteral("neither UTF-8 nor GB18030");
    }

    void importErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        Seed::create(db);
        const qint64 trail = AuditLog(db).count({});
        for (bool checkOnly : {true, false}) {
            const ImportResult result = WorkRecordImporter(db).importData(data, checkOnly);
            QVERIFY(!result.ok());
            QCOMPARE(result.imported, 0);
            const ImportProblem& p = result.problems.constFirst();
            QVERIFY2(p.reason.contains(reason, Qt::CaseInsensitive), qPrintable(p.reason));
            QCOMPARE(p.line, line);
            QCOMPARE(p.column, column);
        }
        QCOMPARE(recordCount(db), 0);
        QCOMPARE(AuditLog(db).count({}), trail);
    }

    void importReportsEveryProblem()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        Seed::create(db);
        const QByteArray data = QByteArray(kHeader) + "培训,2024-05-06,好的,,30,,,,\r\n"
                                                      "培训,2024-02-30,坏日期,,0,,,,\r\n"
                                                      "未知,2024-05-08,,,,,,,\r\n";
        const ImportResult result = WorkRecordImporter(db).importData(data);
        QStringList seen;
        for (const ImportProblem& p : result.problems)
            seen << QStringLiteral("%1:%2").arg(p.line).arg(p.column);
        QCOMPARE(seen, (QStringList{QStringLiteral("3:日期"), QStringLiteral("3:参加人数"),
                                    QStringLiteral("4:类型"), QStringLiteral("4:主题")}));
        QCOMPARE(result.rows, 3);
        QCOMPARE(recordCount(db), 0);
    }

    void demoOffice()
    {
        PasswordHasher::setFastHashingForTests(true);
        TestDatabase a;
        TestDatabase b;
        if (!a.open() || !b.open())
            return;
        DemoOptions options;
        options.items = 60;
        options.lastDay =
            QDate(2025, 8, 20); // covers 2023-08-21 … 2025-08-20: nine quarters, 25 months
        const DemoSummary summary = DemoGenerator::generate(a.db(), options);
        const QList<WorkRecord> records = WorkRecordRepository(a.db()).list();
        QCOMPARE(summary.workRecords, qint64(records.size()));
        QSet<QString> quartersTrained;
        QSet<QString> monthsDelivered;
        int interviews = 0;
        int press = 0;
        for (const WorkRecord& r : records) {
            QVERIFY2(r.validate().isEmpty(), qPrintable(r.title));
            QVERIFY(r.heldOn >= QDate(2023, 8, 21) && r.heldOn <= options.lastDay);
            QVERIFY2(r.heldOn.dayOfWeek() <= 5, qPrintable(r.heldOn.toString(Qt::ISODate)));
            switch (r.kind) {
            case WorkRecordKind::Training:
                QVERIFY(r.attendees >= 20 && r.attendees <= 80);
                quartersTrained
                    << QStringLiteral("%1Q%2").arg(r.heldOn.year()).arg((r.heldOn.month() + 2) / 3);
                break;
            case WorkRecordKind::ReadingRoom:
                QVERIFY(r.documents >= 5 && r.documents <= 30);
                QVERIFY(r.recipients == QStringLiteral("市档案馆") ||
                        r.recipients == QStringLiteral("市图书馆"));
                monthsDelivered << r.heldOn.toString(QStringLiteral("yyyy-MM"));
                break;
            case WorkRecordKind::Interview:
                ++interviews;
                break;
            case WorkRecordKind::Press:
                ++press;
                break;
            case WorkRecordKind::Other:
                break;
            }
        }
        QCOMPARE(quartersTrained.size(), 9);
        QCOMPARE(monthsDelivered.size(), 25);
        QCOMPARE(interviews, 4); // November and May
        QCOMPARE(press, 4);      // September and March

        // The same seed gives the same records.
        DemoGenerator::generate(b.db(), options);
        const QList<WorkRecord> again = WorkRecordRepository(b.db()).list();
        QCOMPARE(again.size(), records.size());
        for (qsizetype i = 0; i < records.size(); ++i) {
            QCOMPARE(again.at(i).heldOn, records.at(i).heldOn);
            QCOMPARE(again.at(i).title, records.at(i).title);
            QCOMPARE(again.at(i).attendees, records.at(i).attendees);
            QCOMPARE(again.at(i).documents, records.at(i).documents);
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkRecords)
#include "test_workrecords.moc"
