#include "testdatabase.h"

#include "demo/demogenerator.h"
#include "storage/migrations.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

namespace {
struct Result
{
    int code = -1;
    QString out;
    QString err;
    QByteArray rawOut;
};

/// Runs the built gongkai-cli with a private home, so no test reads or writes the user's settings.
class Cli
{
public:
    Cli() = default;
    void setDatabase(const QString& db) { m_db = db; }
    QString home() const { return m_home.path(); }

    Result run(const QStringList& args, const QByteArray& input = {}, bool withDb = true) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + QStringLiteral("/cache"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(env);
        QStringList all;
        if (withDb)
            all << QStringLiteral("--db") << m_db;
        all << args;
        p.start(QStringLiteral(GONGKAI_CLI_PATH), all);
        if (!p.waitForStarted())
            return {};
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        Result r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.rawOut = p.readAllStandardOutput();
        r.out = QString::fromUtf8(r.rawOut);
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// Runs a command that must succeed; returns its standard output.
    QString ok(const QStringList& args, const QByteArray& input = {}) const
    {
        const Result r = run(args, input);
        if (r.code != 0)
            qWarning("gongkai-cli %s failed (%d): %s", qPrintable(args.join(QLatin1Char(' '))), r.code,
                     qPrintable(r.err));
        return r.code == 0 ? r.out : QStringLiteral("<failed>");
    }

    QJsonArray jsonArray(const QStringList& args) const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(ok(args).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON: %s", qPrintable(error.errorString()));
        return doc.array();
    }

private:
    QString m_db;
    QTemporaryDir m_home;
};

QString dbName(const TestDatabase& t)
{
    return t.location().toString();
}

QList<qint64> ids(const QJsonArray& array)
{
    QList<qint64> out;
    for (const QJsonValue& v : array)
        out << v.toObject().value(QStringLiteral("id")).toInteger();
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

/// gongkai-cli as a user or a script runs it, on SQLite and on PostgreSQL.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void initCreatesThenMigrates()
    {
        TestDatabase t;
        if (!t.open(false))
            return;
        Cli cli;
        cli.setDatabase(dbName(t));
        const QString version = QStringLiteral("schema version %1").arg(Migrations::latestVersion());
        Result r = cli.run({QStringLiteral("init")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Created")) && r.out.contains(version), qPrintable(r.out));
        r = cli.run({QStringLiteral("init")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("up to date")) && r.out.contains(version), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void referenceListsItemsPublicationsSubmissions()
    {
        TestDatabase t;
        if (!t.open(false))
            return;
        Cli cli;
        cli.setDatabase(dbName(t));
        const QRegularExpression idLine(QStringLiteral("^\\d+\\n$"));
        QVERIFY(idLine
                    .match(cli.ok(
                        {QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("外贸科")}))
                    .hasMatch());
        QVERIFY(
            idLine
                .match(cli.ok({QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("外贸简报")}))
                .hasMatch());
        QVERIFY(idLine
                    .match(cli.ok({QStringLiteral("channel"), QStringLiteral("add"),
                                   QStringLiteral("省商务厅《商务信息》"), QStringLiteral("--agency")}))
                    .hasMatch());
        QVERIFY(idLine
                    .match(cli.ok(
                        {QStringLiteral("category"), QStringLiteral("add"), QStringLiteral("重点领域信息")}))
                    .hasMatch());
        QVERIFY(idLine
                    .match(cli.ok({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhangsan"),
                                   QStringLiteral("--name"), QStringLiteral("张三"),
                                   QStringLiteral("--department"), QStringLiteral("外贸科"),
                                   QStringLiteral("--role"), QStringLiteral("author,section_chief")}))
                    .hasMatch());

        bool agencyFlag = false;
        for (const QJsonValue& v :
             cli.jsonArray({QStringLiteral("channel"), QStringLiteral("list"), QStringLiteral("--json")}))
            if (v[QStringLiteral("name")].toString() == QStringLiteral("省商务厅《商务信息》"))
                agencyFlag = v[QStringLiteral("agency")].toBool();
        QVERIFY(agencyFlag);
        const QJsonArray users =
            cli.jsonArray({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(users.size(), 1);
        QCOMPARE(users[0][QStringLiteral("department")].toString(), QStringLiteral("外贸科"));
        QCOMPARE(users[0][QStringLiteral("roles")].toArray(),
                 (QJsonArray{QStringLiteral("author"), QStringLiteral("section_chief")}));
        QVERIFY(cli.ok({QStringLiteral("category"), QStringLiteral("list")})
                    .contains(QStringLiteral("重点领域信息")));

        const QString id =
            cli.ok({QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("--title"),
                    QStringLiteral("市商务局召开2024年外贸工作推进会"), QStringLiteral("--category"),
                    QStringLiteral("重点领域信息"), QStringLiteral("--department"), QStringLiteral("外贸科"),
                    QStringLiteral("--author"), QStringLiteral("zhangsan"), QStringLiteral("--drafted"),
                    QStringLiteral("2024-03-01"), QStringLiteral("--doc-number"),
                    QStringLiteral("某商〔2024〕32号"), QStringLiteral("--reviewed-on-paper"),
                    QStringLiteral("李娜 2024-03-01 初审")})
                .trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+$")).match(id).hasMatch(), qPrintable(id));
        QCOMPARE(
            cli.run({QStringLiteral("publication"), QStringLiteral("add"), id, QStringLiteral("--channel"),
                     QStringLiteral("外贸简报"), QStringLiteral("--date"), QStringLiteral("2024-03-02"),
                     QStringLiteral("--ref"), QStringLiteral("《外贸简报》第8期")})
                .code,
            0);
        QCOMPARE(
            cli.run({QStringLiteral("submission"), QStringLiteral("add"), id, QStringLiteral("--agency"),
                     QStringLiteral("省商务厅《商务信息》"), QStringLiteral("--date"),
                     QStringLiteral("2024-03-02"), QStringLiteral("--adopted"), QStringLiteral("2024-03-05"),
                     QStringLiteral("--adopted-in"), QStringLiteral("《商务信息》第12期")})
                .code,
            0);

        const QJsonObject item =
            QJsonDocument::fromJson(
                cli.ok({QStringLiteral("item"), QStringLiteral("show"), id, QStringLiteral("--json")})
                    .toUtf8())
                .object();
        QCOMPARE(item[QStringLiteral("status")].toString(), QStringLiteral("published"));
        QCOMPARE(item[QStringLiteral("docNumber")].toString(), QStringLiteral("某商〔2024〕32号"));
        QCOMPARE(item[QStringLiteral("author")].toString(), QStringLiteral("zhangsan"));
        QCOMPARE(item[QStringLiteral("publications")][0][QStringLiteral("channel")].toString(),
                 QStringLiteral("外贸简报"));
        QCOMPARE(item[QStringLiteral("publications")][0][QStringLiteral("reference")].toString(),
                 QStringLiteral("《外贸简报》第8期"));
        QVERIFY(item[QStringLiteral("submissions")][0][QStringLiteral("adopted")].toBool());
        QCOMPARE(item[QStringLiteral("submissions")][0][QStringLiteral("adoptedOn")].toString(),
                 QStringLiteral("2024-03-05"));

        const QString text = cli.ok({QStringLiteral("item"), QStringLiteral("show"), id});
        QVERIFY(text.contains(QStringLiteral("市商务局召开2024年外贸工作推进会")));
        QCOMPARE(cli.run({QStringLiteral("item"), QStringLiteral("withdraw"), id}).code, 0);
        QVERIFY(cli.ok({QStringLiteral("item"), QStringLiteral("show"), id, QStringLiteral("--json")})
                    .contains(QStringLiteral("\"withdrawn\"")));
    }

    void listItemsFilters()
    {
        TestDatabase t;
        if (!t.open(false))
            return;
        Cli cli;
        cli.setDatabase(dbName(t));
        cli.ok({QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("办公室")});
        cli.ok({QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("外贸科")});
        cli.ok({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhangwei"),
                QStringLiteral("--name"), QStringLiteral("张伟"), QStringLiteral("--department"),
                QStringLiteral("办公室"), QStringLiteral("--role"), QStringLiteral("author")});
        auto add = [&](const QString& title, const QString& category, const QString& dept,
                       const QString& drafted, const QString& channel, const QString& published) {
            const QString id =
                cli.ok({QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("--title"), title,
                        QStringLiteral("--category"), category, QStringLiteral("--department"), dept,
                        QStringLiteral("--author"), QStringLiteral("zhangwei"), QStringLiteral("--drafted"),
                        drafted, QStringLiteral("--reviewed-on-paper"), QStringLiteral("纸质审查单")})
                    .trimmed();
            if (!channel.isEmpty())
                cli.ok({QStringLiteral("publication"), QStringLiteral("add"), id, QStringLiteral("--channel"),
                        channel, QStringLiteral("--date"), published});
            return id.toLongLong();
        };
        const qint64 a =
            add(QStringLiteral("招商引资工作动态"), QStringLiteral("工作动态"), QStringLiteral("办公室"),
                QStringLiteral("2024-01-05"), QStringLiteral("门户网站"), QStringLiteral("2024-01-06"));
        const qint64 b =
            add(QStringLiteral("外贸政策解读"), QStringLiteral("政策解读"), QStringLiteral("外贸科"),
                QStringLiteral("2024-04-01"), QStringLiteral("微信公众号"), QStringLiteral("2024-04-02"));
        const qint64 c =
            add(QStringLiteral("招商项目签约"), QStringLiteral("工作动态"), QStringLiteral("外贸科"),
                QStringLiteral("2024-06-30"), QStringLiteral("微信公众号"), QStringLiteral("2024-07-01"));
        const qint64 d = add(QStringLiteral("草稿未发布"), QStringLiteral("工作动态"),
                             QStringLiteral("办公室"), QStringLiteral("2024-02-01"), QString(), QString());

        auto list = [&](QStringList args) {
            args.prepend(QStringLiteral("items"));
            args.prepend(QStringLiteral("list"));
            args << QStringLiteral("--json");
            return ids(cli.jsonArray(args));
        };
        QCOMPARE(list({}), (QList<qint64>{a, b, c, d}));
        QCOMPARE(list({QStringLiteral("--text"), QStringLiteral("招商")}), (QList<qint64>{a, c}));
        QCOMPARE(list({QStringLiteral("--channel"), QStringLiteral("微信公众号")}), (QList<qint64>{b, c}));
        QCOMPARE(list({QStringLiteral("--channel"), QStringLiteral("微信公众号"), QStringLiteral("--from"),
                       QStringLiteral("2024-04-01"), QStringLiteral("--to"), QStringLiteral("2024-06-30")}),
                 (QList<qint64>{b}));
        QCOMPARE(list({QStringLiteral("--category"), QStringLiteral("工作动态"),
                       QStringLiteral("--department"), QStringLiteral("外贸科")}),
                 (QList<qint64>{c}));
        QCOMPARE(list({QStringLiteral("--status"), QStringLiteral("draft")}), (QList<qint64>{d}));
        QCOMPARE(list({QStringLiteral("--limit"), QStringLiteral("2")}).size(), 2);
        QCOMPARE(list({QStringLiteral("--text"), QStringLiteral("没有这样的标题")}), QList<qint64>{});

        const QJsonArray rows =
            cli.jsonArray({QStringLiteral("list"), QStringLiteral("items"), QStringLiteral("--json"),
                           QStringLiteral("--channel"), QStringLiteral("门户网站")});
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][QStringLiteral("title")].toString(), QStringLiteral("招商引资工作动态"));
        QCOMPARE(rows[0][QStringLiteral("channels")].toArray(), QJsonArray{QStringLiteral("门户网站")});
        QCOMPARE(rows[0][QStringLiteral("drafted")].toString(), QStringLiteral("2024-01-05"));

        const QString table = cli.ok({QStringLiteral("list"), QStringLiteral("items")});
        QCOMPARE(table.count(QLatin1Char('\n')), 5); // header and four items
        QVERIFY(table.contains(QStringLiteral("外贸政策解读")));
    }

    void errorsExitWithOneLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString item = QStringLiteral("1");
        QTest::newRow("unknown channel") << QStringList{QStringLiteral("publication"),
                                                        QStringLiteral("add"),
                                                        item,
                                                        QStringLiteral("--channel"),
                                                        QStringLiteral("不存在的渠道"),
                                                        QStringLiteral("--date"),
                                                        QStringLiteral("2024-03-02")}
                                         << QStringLiteral("unknown channel “不存在的渠道”");
        QTest::newRow("bad date") << QStringList{QStringLiteral("publication"),
                                                 QStringLiteral("add"),
                                                 item,
                                                 QStringLiteral("--channel"),
                                                 QStringLiteral("门户网站"),
                                                 QStringLiteral("--date"),
                                                 QStringLiteral("2024-02-30")}
                                  << QStringLiteral("2024-02-30");
        QTest::newRow("missing required option")
            << QStringList{QStringLiteral("item"),         QStringLiteral("add"),
                           QStringLiteral("--category"),   QStringLiteral("工作动态"),
                           QStringLiteral("--department"), QStringLiteral("办公室"),
                           QStringLiteral("--author"),     QStringLiteral("zhangwei"),
                           QStringLiteral("--drafted"),    QStringLiteral("2024-03-01")}
            << QStringLiteral("--title");
        QTest::newRow("unknown department")
            << QStringList{QStringLiteral("list"), QStringLiteral("items"), QStringLiteral("--department"),
                           QStringLiteral("宣传科")}
            << QStringLiteral("宣传科");
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("list"), QStringLiteral("items"), QStringLiteral("--colour")}
            << QStringLiteral("colour");
        QTest::newRow("unknown command")
            << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("frobnicate");
        QTest::newRow("unknown role")
            << QStringList{QStringLiteral("user"),   QStringLiteral("add"),    QStringLiteral("lisi"),
                           QStringLiteral("--name"), QStringLiteral("李四"),   QStringLiteral("--department"),
                           QStringLiteral("办公室"), QStringLiteral("--role"), QStringLiteral("boss")}
            << QStringLiteral("boss");
        QTest::newRow("no such item")
            << QStringList{QStringLiteral("item"), QStringLiteral("show"), QStringLiteral("424242")}
            << QStringLiteral("424242");
        QTest::newRow("agency as channel") << QStringList{QStringLiteral("publication"),
                                                          QStringLiteral("add"),
                                                          item,
                                                          QStringLiteral("--channel"),
                                                          QStringLiteral("市委办公厅《每日要情》"),
                                                          QStringLiteral("--date"),
                                                          QStringLiteral("2024-03-02")}
                                           << QStringLiteral("upper agency");
        QTest::newRow("publication before drafting") << QStringList{QStringLiteral("publication"),
                                                                    QStringLiteral("add"),
                                                                    item,
                                                                    QStringLiteral("--channel"),
                                                                    QStringLiteral("门户网站"),
                                                                    QStringLiteral("--date"),
                                                                    QStringLiteral("2024-02-01")}
                                                     << QStringLiteral("before");
    }

    void errorsExitWithOneLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        TestDatabase t;
        if (!t.open(false))
            return;
        Cli cli;
        cli.setDatabase(dbName(t));
        cli.ok({QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("办公室")});
        cli.ok({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhangwei"),
                QStringLiteral("--name"), QStringLiteral("张伟"), QStringLiteral("--department"),
                QStringLiteral("办公室"), QStringLiteral("--role"), QStringLiteral("author")});
        QCOMPARE(
            cli.ok({QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("--title"),
                    QStringLiteral("一条信息"), QStringLiteral("--category"), QStringLiteral("工作动态"),
                    QStringLiteral("--department"), QStringLiteral("办公室"), QStringLiteral("--author"),
                    QStringLiteral("zhangwei"), QStringLiteral("--drafted"), QStringLiteral("2024-03-01")}),
            QStringLiteral("1\n"));

        const Result r = cli.run(args);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.endsWith(QLatin1Char('\n')) && r.err.count(QLatin1Char('\n')) == 1, qPrintable(r.err));
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        // Nothing changed: the one item has no publications.
        QCOMPARE(cli.jsonArray({QStringLiteral("list"), QStringLiteral("items"),
                                QStringLiteral("--json")})[0][QStringLiteral("channels")]
                     .toArray()
                     .size(),
                 0);
    }

    void helpForEveryCommand_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("program") << QStringList{QStringLiteral("--help")} << QStringLiteral("list items");
        QTest::newRow("item add") << QStringList{QStringLiteral("item"), QStringLiteral("add"),
                                                 QStringLiteral("--help")}
                                  << QStringLiteral("--withheld-ground");
        QTest::newRow("list items") << QStringList{QStringLiteral("list"), QStringLiteral("items"),
                                                   QStringLiteral("--help")}
                                    << QStringLiteral("--status");
        QTest::newRow("demo") << QStringList{QStringLiteral("demo"), QStringLiteral("--help")}
                              << QStringLiteral("--seed");
    }

    void helpForEveryCommand()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        TestDatabase t;
        if (!t.open(false))
            return;
        Cli cli;
        cli.setDatabase(dbName(t));
        const Result r = cli.run(args);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(mentions), qPrintable(r.out));
    }

    void demoFillsOnlyAnEmptyLedger()
    {
        TestDatabase t;
        if (!t.open(false))
            return;
        Cli cli;
        cli.setDatabase(dbName(t));
        const QString summary = cli.ok({QStringLiteral("demo"), QStringLiteral("--items"),
                                        QStringLiteral("60"), QStringLiteral("--seed"), QStringLiteral("3")});
        QVERIFY2(summary.contains(QStringLiteral(" 60 items")) && summary.count(QLatin1Char('\n')) == 2,
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("work records")), qPrintable(summary));
        const Result again = cli.run({QStringLiteral("demo")});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(QStringLiteral("--force")));
        cli.ok({QStringLiteral("demo"), QStringLiteral("--items"), QStringLiteral("10"),
                QStringLiteral("--force")});
        QCOMPARE(
            cli.jsonArray({QStringLiteral("list"), QStringLiteral("items"), QStringLiteral("--json")}).size(),
            70);
        QCOMPARE(
            cli.jsonArray({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")}).size(),
            DemoGenerator::accounts().size());
    }

    void defaultDatabaseLivesInTheUsersDataFolder()
    {
        // Whatever the back end of the other tests, the default is the embedded SQLite file.
        Cli cli;
        const Result r = cli.run({QStringLiteral("init")}, {}, false);
        QCOMPARE(r.code, 0);
        QDirIterator it(cli.home(), {QStringLiteral("gongkai.sqlite")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QVERIFY2(it.hasNext(), qPrintable(r.out));
        QVERIFY(r.out.contains(QDir::toNativeSeparators(it.next())));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
