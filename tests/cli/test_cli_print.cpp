#include "reviewoffice.h"
#include "clirunner.h"
#include "testdatabase.h"

#include "review/reviewservice.h"
#include "storage/itemrepository.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

namespace {
using Result = CliResult;

/// As the signed-in user (the review office's password).
Result runAs(const QString& db, const QString& user, const QStringList& args, const QString& home)
{
    return gongkai::test::runCli(QStringLiteral(GONGKAI_CLI_PATH), db,
                                 QStringList{QStringLiteral("--user"), user} + args, home,
                                 ReviewOffice::password());
}

QString describe(const Result& r)
{
    return r.describe();
}
} // namespace

/// gongkai-cli print review-form / monthly-summary / unit, without a display; on SQLite and PostgreSQL.
class TestCliPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void printCommands()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const QString pw = ReviewOffice::password();
        const QDateTime at(QDate(2026, 11, 14), QTime(2, 0), Qt::UTC);
        db.setClock([at] { return at; });
        Item item = o.seed.item(QStringLiteral("命令行打印的信息"));
        ItemRepository(db).add(item);
        ReviewService reviews(db);
        reviews.submit(ReviewOffice::login(db, QStringLiteral("zhangwei")), item.id);
        reviews.approve(ReviewOffice::login(db, QStringLiteral("lina")), item.id, pw, ReviewOpinion::Disclose,
                        QString());
        reviews.approve(ReviewOffice::login(db, QStringLiteral("zhaoli")), item.id, pw,
                        ReviewOpinion::Disclose, QString());

        QTemporaryDir dir;
        const QString home = dir.filePath(QStringLiteral("home"));
        const QString location = t.location().toString();
        Result r =
            runAs(location, QStringLiteral("admin"),
                  {QStringLiteral("print"), QStringLiteral("unit"), QStringLiteral("阜阳市商务局")}, home);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = runAs(location, QStringLiteral("zhangwei"), {QStringLiteral("print"), QStringLiteral("unit")},
                  home);
        QVERIFY2(r.code == 0 && r.out.trimmed() == QStringLiteral("阜阳市商务局"), qPrintable(describe(r)));

        const QString pdf = dir.filePath(QStringLiteral("form.pdf"));
        r = runAs(location, QStringLiteral("lina"),
                  {QStringLiteral("print"), QStringLiteral("review-form"), QString::number(item.id),
                   QStringLiteral("--out"), pdf},
                  home);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QFile form(pdf);
        QVERIFY(form.open(QIODevice::ReadOnly));
        QVERIFY(form.read(5) == "%PDF-");
        QVERIFY(form.size() > 2000);

        r = runAs(location, QStringLiteral("lina"),
                  {QStringLiteral("print"), QStringLiteral("review-form"), QString::number(item.id),
                   QStringLiteral("--json")},
                  home);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("unit")).toString(), QStringLiteral("阜阳市商务局"));
        QCOMPARE(json.value(QStringLiteral("conclusion")).toString(), QStringLiteral("approved"));

        for (const QString& name : {QStringLiteral("summary.pdf"), QStringLiteral("summary.csv")}) {
            const QString out = dir.filePath(name);
            r = runAs(location, QStringLiteral("lina"),
                      {QStringLiteral("print"), QStringLiteral("monthly-summary"), QStringLiteral("--month"),
                       QStringLiteral("2026-11"), QStringLiteral("--out"), out},
                      home);
            QVERIFY2(r.code == 0 && QFile::exists(out), qPrintable(describe(r)));
        }
        QFile csv(dir.filePath(QStringLiteral("summary.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains(QStringLiteral("命令行打印的信息").toUtf8()));
        QVERIFY(bytes.contains(QStringLiteral("李娜；赵丽").toUtf8()));

        // Wrong usage and missing items.
        r = runAs(location, QStringLiteral("lina"),
                  {QStringLiteral("print"), QStringLiteral("monthly-summary"), QStringLiteral("--month"),
                   QStringLiteral("2026/11"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.pdf"))},
                  home);
        QCOMPARE(r.code, 2);
        r = runAs(location, QStringLiteral("lina"),
                  {QStringLiteral("print"), QStringLiteral("review-form"), QStringLiteral("99999"),
                   QStringLiteral("--out"), dir.filePath(QStringLiteral("y.pdf"))},
                  home);
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("y.pdf"))));
        // Only the administrator names the unit; only readers of the ledger print from it.
        r = runAs(location, QStringLiteral("zhangwei"),
                  {QStringLiteral("print"), QStringLiteral("unit"), QStringLiteral("某局")}, home);
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("manage")), qPrintable(describe(r)));
        r = runAs(location, QStringLiteral("admin"),
                  {QStringLiteral("print"), QStringLiteral("review-form"), QString::number(item.id),
                   QStringLiteral("--json")},
                  home);
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("read the ledger")) && r.out.isEmpty(),
                 qPrintable(describe(r)));
        r = runAs(location, QStringLiteral("audit"),
                  {QStringLiteral("print"), QStringLiteral("monthly-summary"), QStringLiteral("--month"),
                   QStringLiteral("2026-11"), QStringLiteral("--json")},
                  home);
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("read the ledger")) && r.out.isEmpty(),
                 qPrintable(describe(r)));
        r = runAs(location, QStringLiteral("zhangwei"), {QStringLiteral("print"), QStringLiteral("unit")},
                  home);
        QVERIFY2(r.code == 0 && r.out.trimmed() == QStringLiteral("阜阳市商务局"), qPrintable(describe(r)));
        // Other commands still run as a plain console program.
        r = runAs(location, QStringLiteral("zhangwei"), {QStringLiteral("list"), QStringLiteral("items")},
                  home);
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("命令行打印的信息")), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestCliPrint)
#include "test_cli_print.moc"
