#include "reviewoffice.h"
#include "clirunner.h"
#include "testdatabase.h"

#include "storage/auditlog.h"
#include "storage/workrecordrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

namespace {
using Result = CliResult;

Result runCli(const QString& db, const QStringList& args, const QString& home, const QString& password = {})
{
    return gongkai::test::runCli(QStringLiteral(GONGKAI_CLI_PATH), db, args, home, password);
}

QString describe(const Result& r)
{
    return r.describe();
}

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out << QString::fromUtf8(a);
    return out;
}
} // namespace

/// gongkai-cli record add/list/edit/delete/import/export, signed in; on SQLite and PostgreSQL.
class TestCliRecords : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void recordCommands()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        ReviewOffice::create(db);
        QTemporaryDir dir;
        const QString home = dir.filePath(QStringLiteral("home"));
        const QString location = t.location().toString();
        const QString pw = ReviewOffice::password();

        // Adding, by two authors.
        Result r = runCli(
            location,
            args({"--user", "liming", "record", "add", "--kind", "培训", "--date", "2024-03-20", "--title",
                  "保密审查培训", "--organiser", "办公室", "--attendees", "42", "--department", "办公室"}),
            home, pw);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = runCli(
            location,
            args({"--user", "zhangwei", "record", "add", "--kind", "reading_room", "--date", "2024-03-28",
                  "--title", "现行有效文件送阅", "--documents", "12", "--recipients", "市档案馆"}),
            home, pw);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QList<WorkRecord> stored = WorkRecordRepository(db).list();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).attendees, 42);
        QCOMPARE(stored.at(0).createdBy, QStringLiteral("liming"));
        QCOMPARE(stored.at(1).createdBy, QStringLiteral("zhangwei"));
        QCOMPARE(stored.at(1).documents, 12);

        // Rules and usage: a training without attendees, a bad kind, a missing title.
        r = runCli(location,
                   args({"--user", "zhangwei", "record", "add", "--kind", "training", "--date", "2024-03-21",
                         "--title", "x"}),
                   home, pw);
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("attendees")), qPrintable(describe(r)));
        r = runCli(location,
                   args({"--user", "zhangwei", "record", "add", "--kind", "meeting", "--date", "2024-03-21",
                         "--title", "x"}),
                   home, pw);
        QVERIFY2(r.code == 2 && r.err.contains(QStringLiteral("meeting")), qPrintable(describe(r)));
        r = runCli(location,
                   args({"--user", "zhangwei", "record", "add", "--kind", "press", "--date", "2024-03-21"}),
                   home, pw);
        QCOMPARE(r.code, 2);
        QCOMPARE(WorkRecordRepository(db).list().size(), 2);

        // A leader reads but may not write; the refusal is audited.
        r = runCli(location,
                   args({"--user", "zhaoli", "record", "add", "--kind", "press", "--date", "2024-03-22",
                         "--title", "发布会"}),
                   home, pw);
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        AuditFilter denied;
        denied.login = QStringLiteral("zhaoli");
        denied.failuresOnly = true;
        QCOMPARE(AuditLog(db).count(denied), 1);
        r = runCli(location, args({"--user", "zhaoli", "record", "list", "--json"}), home, pw);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("training"));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("department")).toString(),
                 QStringLiteral("办公室"));
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("documents")).toInt(), 12);

        // Filters.
        r = runCli(location, args({"--user", "zhaoli", "record", "list", "--kind", "reading_room", "--json"}),
                   home, pw);
        list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("title")).toString(),
                 QStringLiteral("现行有效文件送阅"));
        r = runCli(location,
                   args({"--user", "zhaoli", "record", "list", "--from", "2024-03-21", "--to", "2024-03-31"}),
                   home, pw);
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("现行有效文件送阅")) &&
                     !r.out.contains(QStringLiteral("保密审查培训")),
                 qPrintable(describe(r)));

        // Edit and delete.
        const QString id = QString::number(stored.at(0).id);
        const QStringList asAuthor{QStringLiteral("--user"), QStringLiteral("zhangwei")};
        r = runCli(location,
                   asAuthor + QStringList{QStringLiteral("record"), QStringLiteral("edit"), id,
                                          QStringLiteral("--attendees"), QStringLiteral("45")},
                   home, pw);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(WorkRecordRepository(db).get(stored.at(0).id)->attendees, 45);
        QCOMPARE(WorkRecordRepository(db).get(stored.at(0).id)->title, QStringLiteral("保密审查培训"));
        r = runCli(location,
                   asAuthor + QStringList{QStringLiteral("record"), QStringLiteral("edit"), id,
                                          QStringLiteral("--attendees"), QStringLiteral("0")},
                   home, pw);
        QCOMPARE(r.code, 1);
        r = runCli(location, args({"--user", "zhangwei", "record", "delete", "99999"}), home, pw);
        QCOMPARE(r.code, 1);

        // Export a period, then import it back after deleting.
        const QString csv = dir.filePath(QStringLiteral("records.csv"));
        r = runCli(location,
                   asAuthor + QStringList{QStringLiteral("record"), QStringLiteral("export"), csv,
                                          QStringLiteral("--from"), QStringLiteral("2024-03-01"),
                                          QStringLiteral("--to"), QStringLiteral("2024-03-25")},
                   home, pw);
        QVERIFY2(r.code == 0 && r.out.contains(QLatin1Char('1')), qPrintable(describe(r)));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.contains("培训,2024-03-20,保密审查培训,办公室,45,0,,,办公室"));
        QVERIFY(!data.contains("现行有效文件送阅"));
        r = runCli(location, asAuthor + QStringList{QStringLiteral("record"), QStringLiteral("delete"), id},
                   home, pw);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(WorkRecordRepository(db).list().size(), 1);
        r = runCli(location,
                   {QStringLiteral("--user"), QStringLiteral("lina"), QStringLiteral("record"),
                    QStringLiteral("import"), csv},
                   home, pw);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QCOMPARE(WorkRecordRepository(db).list().size(), 2);

        // A bad file: every problem on stderr with file, line and column; nothing written.
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QFile badFile(bad);
        QVERIFY(badFile.open(QIODevice::WriteOnly));
        badFile.write("类型,日期,主题,参加人数\n培训,2024-04-01,好的一行,10\n培训,2024-04-31,坏日期,10\n会议,"
                      "2024-04-02,未知,\n");
        badFile.close();
        r = runCli(location, asAuthor + QStringList{QStringLiteral("record"), QStringLiteral("import"), bad},
                   home, pw);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("bad.csv:3: 日期: ")) &&
                     r.err.contains(QStringLiteral("bad.csv:4: 类型: ")),
                 qPrintable(describe(r)));
        QCOMPARE(WorkRecordRepository(db).list().size(), 2);

        // Without --user nothing is read or written.
        r = runCli(location, args({"record", "list"}), home);
        QVERIFY2(r.code == 2 && r.out.isEmpty() &&
                     r.err.contains(QStringLiteral("record list needs a signed-in user")),
                 qPrintable(describe(r)));
        const QString existing = QString::number(WorkRecordRepository(db).list().constFirst().id);
        r = runCli(location, {QStringLiteral("record"), QStringLiteral("delete"), existing}, home, pw);
        QCOMPARE(r.code, 2);
        QCOMPARE(WorkRecordRepository(db).list().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliRecords)
#include "test_cli_records.moc"
