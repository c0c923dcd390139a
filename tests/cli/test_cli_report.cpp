#include "reportledger.h"
#include "reviewoffice.h"
#include "clirunner.h"
#include "testdatabase.h"

#include "report/officesettings.h"
#include "review/passwordhasher.h"

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

/// As user (an author unless named) with the review office's password.
Result runCli(const QString& db, const QStringList& args, const QString& home,
              const QString& user = QStringLiteral("zhangwei"))
{
    return gongkai::test::runCli(QStringLiteral(GONGKAI_CLI_PATH), db,
                                 QStringList{QStringLiteral("--user"), user} + args, home,
                                 ReviewOffice::password(), QStringLiteral("Asia/Shanghai"));
}

QString describe(const Result& r)
{
    return r.describe();
}

QJsonDocument readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll());
}
} // namespace

/// gongkai-cli report quarterly / finalize / list / show / trace, without a display; on SQLite and
/// PostgreSQL.
class TestCliReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }
    void initTestCase()
    {
        qputenv("TZ", "Asia/Shanghai");
        PasswordHasher::setFastHashingForTests(true);
    }

    void reportCommands()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        OfficeSettings::setUnitName(db, QStringLiteral("阜阳市商务局"));
        const ReportLedger l = ReportLedger::create(db, o.seed);
        const QString location = t.location().toString();
        QTemporaryDir home;
        const QString pdf = home.filePath(QStringLiteral("q3.pdf"));
        const QStringList q3 = {QStringLiteral("--year"), QStringLiteral("2024"), QStringLiteral("--quarter"),
                                QStringLiteral("3")};

        Result r = runCli(location,
                          QStringList{QStringLiteral("report"), QStringLiteral("quarterly")} + q3 +
                              QStringList{QStringLiteral("--format"), QStringLiteral("pdf"),
                                          QStringLiteral("--out"), pdf, QStringLiteral("--pdfa")},
                          home.path());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.contains("pdfaid:part"));

        const QString json = home.filePath(QStringLiteral("q3.json"));
        r = runCli(location,
                   QStringList{QStringLiteral("report"), QStringLiteral("quarterly")} + q3 +
                       QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--out"), json},
                   home.path());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QJsonObject figures = readJson(json).object().value(QStringLiteral("figures")).toObject();
        QCOMPARE(figures.value(QStringLiteral("label")).toString(), QStringLiteral("2024年第三季度"));
        QCOMPARE(figures.value(QStringLiteral("publishedItems")).toArray().at(0).toInt(), 6);
        QVERIFY(readJson(json)
                    .object()
                    .value(QStringLiteral("text"))
                    .toString()
                    .contains(QStringLiteral("门户网站公开各类信息6条")));

        // Cumulative and a date range.
        r = runCli(location,
                   QStringList{QStringLiteral("report"), QStringLiteral("quarterly"),
                               QStringLiteral("--cumulative")} +
                       q3 +
                       QStringList{QStringLiteral("--format"), QStringLiteral("json"),
                                   QStringLiteral("--out"), json},
                   home.path());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        figures = readJson(json).object().value(QStringLiteral("figures")).toObject();
        QCOMPARE(figures.value(QStringLiteral("label")).toString(), QStringLiteral("2024年前三季度"));
        const QString html = home.filePath(QStringLiteral("range.html"));
        r = runCli(location,
                   {QStringLiteral("report"), QStringLiteral("quarterly"), QStringLiteral("--from"),
                    QStringLiteral("2024-07-01"), QStringLiteral("--to"), QStringLiteral("2024-07-31"),
                    QStringLiteral("--format"), QStringLiteral("html"), QStringLiteral("--out"), html},
                   home.path());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(h.readAll()).contains(QStringLiteral("2024年7月1日至2024年7月31日")));

        // The auditor cannot finalize; an author can, twice: two versions.
        r = runCli(location, QStringList{QStringLiteral("report"), QStringLiteral("finalize")} + q3,
                   home.path(), QStringLiteral("audit"));
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("write the ledger")), qPrintable(describe(r)));
        r = runCli(location, QStringList{QStringLiteral("report"), QStringLiteral("list")}, home.path(),
                   QStringLiteral("admin"));
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("read the ledger")), qPrintable(describe(r)));
        for (int i = 0; i < 2; ++i) {
            r = runCli(location, QStringList{QStringLiteral("report"), QStringLiteral("finalize")} + q3,
                       home.path());
            QVERIFY2(r.code == 0, qPrintable(describe(r)));
            QVERIFY2(r.out.contains(QStringLiteral("version %1").arg(i + 1)), qPrintable(r.out));
        }
        r = runCli(location, {QStringLiteral("report"), QStringLiteral("list"), QStringLiteral("--json")},
                   home.path(), QStringLiteral("zhaoli"));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("version")).toInt(), 2);
        QVERIFY(list.at(1).toObject().value(QStringLiteral("superseded")).toBool());
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("finalizedBy")).toString(),
                 QStringLiteral("zhangwei"));
        const qint64 first = qint64(list.at(1).toObject().value(QStringLiteral("id")).toDouble());
        r = runCli(location, {QStringLiteral("report"), QStringLiteral("list")}, home.path());
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("2024年第三季度")), qPrintable(describe(r)));

        // The ledger changes; the reprint of version 1 does not.
        const qint64 extra = ReportLedger::item(db, l.seed, QStringLiteral("后补录"), QDate(2024, 9, 1), 0,
                                                l.seed.news, l.seed.office);
        ReportLedger::publish(db, extra, l.seed.portal, QDate(2024, 9, 2));
        const QString shown = home.filePath(QStringLiteral("shown.json"));
        r = runCli(location,
                   {QStringLiteral("report"), QStringLiteral("show"), QString::number(first),
                    QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), shown},
                   home.path());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject stored = readJson(shown).object();
        QVERIFY(stored.value(QStringLiteral("hashValid")).toBool());
        QCOMPARE(stored.value(QStringLiteral("figures"))
                     .toObject()
                     .value(QStringLiteral("publishedItems"))
                     .toArray()
                     .at(0)
                     .toInt(),
                 6);
        const QString reprint = home.filePath(QStringLiteral("reprint.pdf"));
        r = runCli(location,
                   {QStringLiteral("report"), QStringLiteral("show"), QString::number(first),
                    QStringLiteral("--out"), reprint},
                   home.path());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QVERIFY(QFile::exists(reprint));

        // Trace.
        r = runCli(location,
                   QStringList{QStringLiteral("report"), QStringLiteral("trace"),
                               QStringLiteral("reviews.unreviewed")} +
                       q3,
                   home.path());
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        // d, and the item added later without a review.
        QCOMPARE(r.out.trimmed(), QStringLiteral("%1\n%2").arg(l.d).arg(extra));

        // Usage errors.
        r = runCli(location,
                   {QStringLiteral("report"), QStringLiteral("quarterly"), QStringLiteral("--year"),
                    QStringLiteral("2024"), QStringLiteral("--quarter"), QStringLiteral("5"),
                    QStringLiteral("--out"), pdf},
                   home.path());
        QCOMPARE(r.code, 2);
        r = runCli(
            location,
            QStringList{QStringLiteral("report"), QStringLiteral("quarterly")} + q3 +
                QStringList{QStringLiteral("--format"), QStringLiteral("doc"), QStringLiteral("--out"), pdf},
            home.path());
        QCOMPARE(r.code, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "test_cli_report.moc"
