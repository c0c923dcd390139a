#include "reviewoffice.h"
#include "testdatabase.h"

#include "demo/demogenerator.h"
#include "io/csvreader.h"
#include "review/itemservice.h"
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
    /// The following runs sign in as login (--user, the password in GONGKAI_PASSWORD); empty: nobody.
    void signIn(const QString& login, const QString& password = ReviewOffice::password())
    {
        m_user = login;
        m_password = password;
    }
    /// An environment variable for the following runs, e.g. GONGKAI_NEW_PASSWORD.
    void setEnv(const QString& name, const QString& value) { m_env.insert(name, value); }

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
        env.remove(QStringLiteral("GONGKAI_PASSWORD"));
        env.remove(QStringLiteral("GONGKAI_NEW_PASSWORD"));
        if (!m_user.isEmpty())
            env.insert(QStringLiteral("GONGKAI_PASSWORD"), m_password);
        for (auto it = m_env.cbegin(); it != m_env.cend(); ++it)
            env.insert(it.key(), it.value());
        p.setProcessEnvironment(env);
        QStringList all;
        if (withDb)
            all << QStringLiteral("--db") << m_db;
        if (!m_user.isEmpty())
            all << QStringLiteral("--user") << m_user;
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
    QString m_user;
    QString m_password;
    QMap<QString, QString> m_env;
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
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        Cli cli;
        cli.setDatabase(dbName(t));
        const QRegularExpression idLine(QStringLiteral("^\\d+\\n$"));
        // The administrator keeps the lists and the accounts.
        cli.signIn(QStringLiteral("admin"));
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
        cli.setEnv(QStringLiteral("GONGKAI_NEW_PASSWORD"), QStringLiteral("First#2024a"));
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
        QJsonObject zhangsan;
        for (const QJsonValue& v :
             cli.jsonArray({QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")}))
            if (v[QStringLiteral("login")].toString() == QLatin1String("zhangsan"))
                zhangsan = v.toObject();
        QCOMPARE(zhangsan[QStringLiteral("department")].toString(), QStringLiteral("外贸科"));
        QCOMPARE(zhangsan[QStringLiteral("roles")].toArray(),
                 (QJsonArray{QStringLiteral("author"), QStringLiteral("section_chief")}));
        QVERIFY(zhangsan[QStringLiteral("mustChangePassword")].toBool());
        QVERIFY(cli.ok({QStringLiteral("category"), QStringLiteral("list")})
                    .contains(QStringLiteral("重点领域信息")));

        // The new author changes the first password, then writes an item as themselves.
        cli.signIn(QStringLiteral("zhangsan"), QStringLiteral("First#2024a"));
        cli.setEnv(QStringLiteral("GONGKAI_NEW_PASSWORD"), QStringLiteral("Mine#2024zs"));
        cli.ok({QStringLiteral("user"), QStringLiteral("passwd")});
        cli.signIn(QStringLiteral("zhangsan"), QStringLiteral("Mine#2024zs"));
        const QString id =
            cli.ok({QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("--title"),
                    QStringLiteral("市商务局召开2024年外贸工作推进会"), QStringLiteral("--category"),
                    QStringLiteral("重点领域信息"), QStringLiteral("--department"), QStringLiteral("外贸科"),
                    QStringLiteral("--drafted"), QStringLiteral("2024-03-01"), QStringLiteral("--doc-number"),
                    QStringLiteral("某商〔2024〕32号")})
                .trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+$")).match(id).hasMatch(), qPrintable(id));
        // Not reviewed yet: nothing is published.
        const Result early =
            cli.run({QStringLiteral("publication"), QStringLiteral("add"), id, QStringLiteral("--channel"),
                     QStringLiteral("外贸简报"), QStringLiteral("--date"), QStringLiteral("2024-03-02")});
        QVERIFY2(early.code == 1 && early.err.contains(QStringLiteral("confidentiality review")),
                 qPrintable(early.err));
        QVERIFY(cli.ok({QStringLiteral("item"), QStringLiteral("show"), id})
                    .contains(QStringLiteral("You may: edit, submit, withdraw")));

        // A leader attests the paper review with their own password.
        cli.signIn(QStringLiteral("zhouping"));
        QVERIFY(cli.ok({QStringLiteral("review"), QStringLiteral("attest"), id, QStringLiteral("--form"),
                        QStringLiteral("纸质审查单 2024-07"), QStringLiteral("--reviewers"),
                        QStringLiteral("李娜 2024-03-01 初审")})
                    .contains(QStringLiteral("周平")));

        cli.signIn(QStringLiteral("zhangsan"), QStringLiteral("Mine#2024zs"));
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
        // A second submission, adopted later.
        QCOMPARE(cli.run({QStringLiteral("submission"), QStringLiteral("add"), id, QStringLiteral("--agency"),
                          QStringLiteral("市委办公厅《每日要情》"), QStringLiteral("--date"),
                          QStringLiteral("2024-03-03")})
                     .code,
                 0);
        const QStringList adopt{QStringLiteral("submission"),
                                QStringLiteral("adopt"),
                                id,
                                QStringLiteral("--agency"),
                                QStringLiteral("市委办公厅《每日要情》"),
                                QStringLiteral("--adopted"),
                                QStringLiteral("2024-03-06"),
                                QStringLiteral("--adopted-in"),
                                QStringLiteral("《每日要情》第9期")};
        QVERIFY(cli.ok(adopt).contains(QStringLiteral("2024-03-06")));
        const Result twice = cli.run(adopt);
        QVERIFY2(twice.code == 1 && twice.err.contains(QStringLiteral("adopted already")),
                 qPrintable(twice.err));

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
        QCOMPARE(item[QStringLiteral("submissions")][1][QStringLiteral("adoptedIn")].toString(),
                 QStringLiteral("《每日要情》第9期"));
        const QJsonObject paper = item[QStringLiteral("paperReview")].toObject();
        QCOMPARE(paper[QStringLiteral("attesterName")].toString(), QStringLiteral("周平"));
        QCOMPARE(paper[QStringLiteral("formRef")].toString(), QStringLiteral("纸质审查单 2024-07"));
        QCOMPARE(paper[QStringLiteral("reviewers")].toString(), QStringLiteral("李娜 2024-03-01 初审"));
        QVERIFY(item[QStringLiteral("reviewedOnPaper")].toString().contains(QStringLiteral("周平")));
        const QJsonArray may = item[QStringLiteral("capabilities")].toArray();
        QVERIFY(may.contains(QStringLiteral("publish")) && may.contains(QStringLiteral("withdraw")));
        QVERIFY(!may.contains(QStringLiteral("attest_paper_review")));

        const QString text = cli.ok({QStringLiteral("item"), QStringLiteral("show"), id});
        QVERIFY(text.contains(QStringLiteral("市商务局召开2024年外贸工作推进会")));
        QVERIFY2(text.contains(QStringLiteral("Reviewed on paper")) && text.contains(QStringLiteral("周平")),
                 qPrintable(text));
        QCOMPARE(cli.run({QStringLiteral("item"), QStringLiteral("withdraw"), id}).code, 0);
        QVERIFY(cli.ok({QStringLiteral("item"), QStringLiteral("show"), id, QStringLiteral("--json")})
                    .contains(QStringLiteral("\"withdrawn\"")));
    }

    void listItemsFilters()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        auto add = [&](const QString& title, qint64 category, qint64 dept, const QDate& drafted,
                       qint64 channel, const QDate& published) {
            Item item = o.seed.item(title, drafted);
            item.categoryId = category;
            item.departmentId = dept;
            ItemService(db).create(author, item);
            if (channel) {
                ReviewOffice::attestPaper(db, item.id);
                ItemService(db).addPublication(author, item.id, {0, 0, channel, published, QString()});
            }
            return item.id;
        };
        const qint64 a = add(QStringLiteral("招商引资工作动态"), o.seed.news, o.seed.office,
                             QDate(2024, 1, 5), o.seed.portal, QDate(2024, 1, 6));
        const qint64 b = add(QStringLiteral("外贸政策解读"), o.seed.policy, o.seed.commerce,
                             QDate(2024, 4, 1), o.seed.wechat, QDate(2024, 4, 2));
        const qint64 c = add(QStringLiteral("招商项目签约"), o.seed.news, o.seed.commerce, QDate(2024, 6, 30),
                             o.seed.wechat, QDate(2024, 7, 1));
        const qint64 d =
            add(QStringLiteral("草稿未发布"), o.seed.news, o.seed.office, QDate(2024, 2, 1), 0, {});

        Cli cli;
        cli.setDatabase(dbName(t));
        cli.signIn(QStringLiteral("lina")); // a section chief reads the whole ledger
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
                       QStringLiteral("--department"), QStringLiteral("商务科")}),
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
        // A publisher reads the ledger too.
        cli.signIn(QStringLiteral("zhoujie"));
        QCOMPARE(list({QStringLiteral("--status"), QStringLiteral("draft")}), (QList<qint64>{d}));
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
        QTest::newRow("author not oneself")
            << QStringList{QStringLiteral("item"),         QStringLiteral("add"),
                           QStringLiteral("--title"),      QStringLiteral("代写"),
                           QStringLiteral("--category"),   QStringLiteral("工作动态"),
                           QStringLiteral("--department"), QStringLiteral("办公室"),
                           QStringLiteral("--author"),     QStringLiteral("liming"),
                           QStringLiteral("--drafted"),    QStringLiteral("2024-03-01")}
            << QStringLiteral("as themselves");
        QTest::newRow("publication in the future")
            << QStringList{QStringLiteral("publication"),
                           QStringLiteral("add"),
                           item,
                           QStringLiteral("--channel"),
                           QStringLiteral("门户网站"),
                           QStringLiteral("--date"),
                           QDate::currentDate().addDays(2).toString(Qt::ISODate)}
            << QStringLiteral("future");
        QTest::newRow("adoption without a submission")
            << QStringList{QStringLiteral("submission"),
                           QStringLiteral("adopt"),
                           item,
                           QStringLiteral("--agency"),
                           QStringLiteral("市委办公厅《每日要情》"),
                           QStringLiteral("--adopted"),
                           QStringLiteral("2024-03-05")}
            << QStringLiteral("no submission");
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
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        Cli cli;
        cli.setDatabase(dbName(t));
        cli.signIn(QStringLiteral("zhangwei"));
        QCOMPARE(
            cli.ok({QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("--title"),
                    QStringLiteral("一条信息"), QStringLiteral("--category"), QStringLiteral("工作动态"),
                    QStringLiteral("--department"), QStringLiteral("办公室"), QStringLiteral("--author"),
                    QStringLiteral("zhangwei"), QStringLiteral("--drafted"), QStringLiteral("2024-03-01")}),
            QStringLiteral("1\n"));
        // Reviewed on paper, so only the mistake in each command stands in its way.
        ReviewOffice::attestPaper(t.db(), 1);

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
        QTest::newRow("program: roles")
            << QStringList{QStringLiteral("--help")} << QStringLiteral("publisher");
        QTest::newRow("program: the --user rule")
            << QStringList{QStringLiteral("--help")} << QStringLiteral("Without --user only --help");
        QTest::newRow("user add: roles")
            << QStringList{QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--help")}
            << QStringLiteral("publisher");
        QTest::newRow("review attest")
            << QStringList{QStringLiteral("review"), QStringLiteral("attest"), QStringLiteral("--help")}
            << QStringLiteral("--reviewers");
        QTest::newRow("submission adopt")
            << QStringList{QStringLiteral("submission"), QStringLiteral("adopt"), QStringLiteral("--help")}
            << QStringLiteral("--adopted-in");
        QTest::newRow("publication add: date")
            << QStringList{QStringLiteral("publication"), QStringLiteral("add"), QStringLiteral("--help")}
            << QStringLiteral("default today");
        QTest::newRow("item add: --user")
            << QStringList{QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("--help")}
            << QStringLiteral("--user LOGIN item add");
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
