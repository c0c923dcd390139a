#include "reviewoffice.h"
#include "testdatabase.h"

#include "review/authservice.h"
#include "storage/auditlog.h"
#include "storage/departmentrepository.h"
#include "storage/itemrepository.h"

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
struct Result
{
    int code = -1;
    QString out;
    QString err;
};

/// Runs the built gongkai-cli on one database with a private home; env adds environment variables
/// (passwords) for one run.
class Cli
{
public:
    explicit Cli(QString db) : m_db(std::move(db)) {}

    Result run(const QStringList& args, const QMap<QString, QString>& env = {}) const
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("GONGKAI_PASSWORD"));
        e.remove(QStringLiteral("GONGKAI_NEW_PASSWORD"));
        e.insert(QStringLiteral("HOME"), m_home.path());
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
        e.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
        e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(GONGKAI_CLI_PATH), QStringList{QStringLiteral("--db"), m_db} + args);
        if (!p.waitForStarted())
            return {};
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    /// As a signed-in user with the review office's password.
    Result as(const QString& login, QStringList args,
              const QString& password = ReviewOffice::password()) const
    {
        args.prepend(login);
        args.prepend(QStringLiteral("--user"));
        return run(args, {{QStringLiteral("GONGKAI_PASSWORD"), password}});
    }

    QJsonDocument json(const Result& r) const { return QJsonDocument::fromJson(r.out.toUtf8()); }

private:
    QString m_db;
    QTemporaryDir m_home;
};

QString describe(const Result& r)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(r.code).arg(r.out, r.err);
}
} // namespace

/// gongkai-cli's sign-in, review, audit and verify commands, as scripts run them; on SQLite and PostgreSQL.
class TestCliReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void firstAdministratorAndAccounts()
    {
        TestDatabase t;
        if (!t.open(false))
            return;
        Cli cli(t.location().toString());
        const QMap<QString, QString> rootPw{
            {QStringLiteral("GONGKAI_PASSWORD"), QStringLiteral("Root#2024x")}};
        Result r = cli.run({QStringLiteral("init")});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("init --admin")), qPrintable(describe(r)));
        r = cli.run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("sysadmin")},
                    {{QStringLiteral("GONGKAI_PASSWORD"), QStringLiteral("weak")}});
        QCOMPARE(r.code, 1);
        r = cli.run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("sysadmin"),
                     QStringLiteral("--name"), QStringLiteral("系统管理员")},
                    rootPw);
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("Administrator sysadmin created")),
                 qPrintable(describe(r)));
        // Once there are accounts, init is for a signed-in user; and there is one first administrator.
        r = cli.run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("other")}, rootPw);
        QVERIFY2(r.code == 2 && r.err.contains(QStringLiteral("init needs a signed-in user")),
                 qPrintable(describe(r)));
        r = cli.run({QStringLiteral("--user"), QStringLiteral("sysadmin"), QStringLiteral("init"),
                     QStringLiteral("--admin"), QStringLiteral("other")},
                    {{QStringLiteral("GONGKAI_PASSWORD"), QStringLiteral("Root#2024x")},
                     {QStringLiteral("GONGKAI_NEW_PASSWORD"), QStringLiteral("Other#2024x")}});
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("exists already")), qPrintable(describe(r)));

        r = cli.as(QStringLiteral("sysadmin"),
                   {QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("办公室")},
                   QStringLiteral("Root#2024x"));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        QMap<QString, QString> env = rootPw;
        env.insert(QStringLiteral("GONGKAI_NEW_PASSWORD"), QStringLiteral("First#2024a"));
        const QStringList addZhang{
            QStringLiteral("--user"), QStringLiteral("sysadmin"),     QStringLiteral("user"),
            QStringLiteral("add"),    QStringLiteral("zhangwei"),     QStringLiteral("--name"),
            QStringLiteral("张伟"),   QStringLiteral("--department"), QStringLiteral("办公室"),
            QStringLiteral("--role"), QStringLiteral("author"),       QStringLiteral("--password-from-env")};
        r = cli.run(addZhang, env);
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        // The administrator's first password must be changed before anything else.
        r = cli.as(QStringLiteral("zhangwei"), {QStringLiteral("list"), QStringLiteral("items")},
                   QStringLiteral("First#2024a"));
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("--user zhangwei user passwd")),
                 qPrintable(describe(r)));
        r = cli.run({QStringLiteral("--user"), QStringLiteral("zhangwei"), QStringLiteral("user"),
                     QStringLiteral("passwd")},
                    {{QStringLiteral("GONGKAI_PASSWORD"), QStringLiteral("First#2024a")},
                     {QStringLiteral("GONGKAI_NEW_PASSWORD"), QStringLiteral("Mine#2024z")}});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli.as(QStringLiteral("zhangwei"), {QStringLiteral("list"), QStringLiteral("items")},
                   QStringLiteral("Mine#2024z"));
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        // An author cannot manage accounts; the administrator cannot write the ledger.
        env.insert(QStringLiteral("GONGKAI_PASSWORD"), QStringLiteral("Mine#2024z"));
        QStringList addByAuthor = addZhang;
        addByAuthor[1] = QStringLiteral("zhangwei");
        addByAuthor[4] = QStringLiteral("lisi");
        r = cli.run(addByAuthor, env);
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("manage accounts")), qPrintable(describe(r)));
        r = cli.as(QStringLiteral("sysadmin"),
                   {QStringLiteral("item"), QStringLiteral("add"), QStringLiteral("--title"),
                    QStringLiteral("标题"), QStringLiteral("--category"), QStringLiteral("工作动态"),
                    QStringLiteral("--department"), QStringLiteral("办公室"), QStringLiteral("--author"),
                    QStringLiteral("zhangwei"), QStringLiteral("--drafted"), QStringLiteral("2024-03-01")},
                   QStringLiteral("Root#2024x"));
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("write the ledger")), qPrintable(describe(r)));
        // A reset by the administrator: the user must change it again.
        r = cli.run({QStringLiteral("--user"), QStringLiteral("sysadmin"), QStringLiteral("user"),
                     QStringLiteral("passwd"), QStringLiteral("zhangwei")},
                    {{QStringLiteral("GONGKAI_PASSWORD"), QStringLiteral("Root#2024x")},
                     {QStringLiteral("GONGKAI_NEW_PASSWORD"), QStringLiteral("Reset#2024b")}});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("next sign-in")), qPrintable(describe(r)));
        r = cli.as(QStringLiteral("sysadmin"),
                   {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("--json")},
                   QStringLiteral("Root#2024x"));
        bool found = false;
        for (const QJsonValue& v : cli.json(r).array()) {
            if (v[QStringLiteral("login")].toString() == QLatin1String("zhangwei")) {
                QVERIFY(v[QStringLiteral("mustChangePassword")].toBool());
                found = true;
            }
        }
        QVERIFY(found);
    }

    void reviewFromSubmissionToPublication()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Item item = o.draft(t.db(), QStringLiteral("关于开展政务公开工作的通知"));
        const QString id = QString::number(item.id);
        Cli cli(t.location().toString());

        Result r =
            cli.as(QStringLiteral("zhangwei"), {QStringLiteral("review"), QStringLiteral("submit"), id});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("round 1")), qPrintable(describe(r)));
        r = cli.as(QStringLiteral("zhaoli"), {QStringLiteral("review"), QStringLiteral("approve"), id,
                                              QStringLiteral("--opinion"), QStringLiteral("同意公开")});
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("cannot be signed before step 1")),
                 qPrintable(describe(r)));
        r = cli.as(QStringLiteral("lina"),
                   {QStringLiteral("review"), QStringLiteral("inbox"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonArray inbox = cli.json(r).array();
        QCOMPARE(inbox.size(), 1);
        QCOMPARE(inbox.at(0)[QStringLiteral("item")].toInteger(), item.id);
        QCOMPARE(inbox.at(0)[QStringLiteral("label")].toString(), QStringLiteral("科室负责人初审"));
        // A wrong password signs nothing.
        r = cli.as(QStringLiteral("lina"),
                   {QStringLiteral("review"), QStringLiteral("approve"), id, QStringLiteral("--opinion"),
                    QStringLiteral("同意公开")},
                   QStringLiteral("Wrong#2024"));
        QCOMPARE(r.code, 1);
        r = cli.as(QStringLiteral("lina"),
                   {QStringLiteral("review"), QStringLiteral("approve"), id, QStringLiteral("--opinion"),
                    QStringLiteral("同意公开。无涉密内容"), QStringLiteral("--step"), QStringLiteral("1")});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("李娜")), qPrintable(describe(r)));
        // Signing step 1 again is a conflict naming who signed.
        r = cli.as(QStringLiteral("zhouping"),
                   {QStringLiteral("review"), QStringLiteral("approve"), id, QStringLiteral("--opinion"),
                    QStringLiteral("同意公开"), QStringLiteral("--step"), QStringLiteral("1")});
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("already signed by 李娜")),
                 qPrintable(describe(r)));
        r = cli.as(QStringLiteral("zhaoli"),
                   {QStringLiteral("review"), QStringLiteral("approve"), id, QStringLiteral("--opinion"),
                    QStringLiteral("修改后公开：删去手机号码")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));

        r = cli.as(QStringLiteral("zhangwei"),
                   {QStringLiteral("review"), QStringLiteral("status"), id, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject st = cli.json(r).object();
        QCOMPARE(st[QStringLiteral("status")].toString(), QStringLiteral("approved"));
        const QJsonObject round = st[QStringLiteral("rounds")].toArray().at(0).toObject();
        QCOMPARE(round[QStringLiteral("state")].toString(), QStringLiteral("approved"));
        const QJsonArray steps = round[QStringLiteral("steps")].toArray();
        QCOMPARE(steps.size(), 2);
        const QJsonObject first = steps.at(0)[QStringLiteral("signature")].toObject();
        QCOMPARE(first[QStringLiteral("name")].toString(), QStringLiteral("李娜"));
        QCOMPARE(first[QStringLiteral("comment")].toString(), QStringLiteral("无涉密内容"));
        QVERIFY(first[QStringLiteral("valid")].toBool());
        const QJsonObject second = steps.at(1)[QStringLiteral("signature")].toObject();
        QCOMPARE(second[QStringLiteral("opinion")].toString(), QStringLiteral("disclose_with_changes"));
        QCOMPARE(second[QStringLiteral("comment")].toString(), QStringLiteral("删去手机号码"));

        const QString today = QDate::currentDate().toString(Qt::ISODate);
        r = cli.as(QStringLiteral("zhangwei"),
                   {QStringLiteral("publication"), QStringLiteral("add"), id, QStringLiteral("--channel"),
                    QStringLiteral("门户网站"), QStringLiteral("--date"), today});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli.as(QStringLiteral("zhoujie"), {QStringLiteral("review"), QStringLiteral("status"), id});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("赵丽")), qPrintable(describe(r)));
        r = cli.run({QStringLiteral("verify")});
        QVERIFY2(r.code == 0 && r.out.startsWith(QStringLiteral("verify: OK")), qPrintable(describe(r)));
    }

    void sendBackWithAReason()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Item item = o.draft(t.db(), QStringLiteral("待退回的信息"));
        const QString id = QString::number(item.id);
        Cli cli(t.location().toString());
        QCOMPARE(
            cli.as(QStringLiteral("zhangwei"), {QStringLiteral("review"), QStringLiteral("submit"), id}).code,
            0);
        Result r = cli.as(QStringLiteral("lina"), {QStringLiteral("review"), QStringLiteral("reject"), id});
        QCOMPARE(r.code, 2); // --reason is required
        r = cli.as(QStringLiteral("lina"),
                   {QStringLiteral("review"), QStringLiteral("reject"), id, QStringLiteral("--reason"),
                    QStringLiteral("含个人手机号码，请脱敏")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli.as(QStringLiteral("zhangwei"), {QStringLiteral("review"), QStringLiteral("status"), id});
        QVERIFY2(r.out.contains(QStringLiteral("含个人手机号码，请脱敏")) &&
                     r.out.contains(QStringLiteral("Sent back")),
                 qPrintable(describe(r)));
        QCOMPARE(ItemRepository(t.db()).get(item.id)->status, ItemStatus::Rejected);
    }

    void highFindingsNeedAReasonAndTheWordList()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        Item item = o.draft(t.db(), QStringLiteral("含标志的信息"));
        item.body = QStringLiteral("机密★长期\n正文");
        ItemRepository(t.db()).update(item);
        const QString id = QString::number(item.id);
        Cli cli(t.location().toString());
        Result r = cli.as(QStringLiteral("zhangwei"), {QStringLiteral("review"), QStringLiteral("submit"), id});
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("机密★长期")), qPrintable(describe(r)));
        r = cli.as(QStringLiteral("zhangwei"), {QStringLiteral("review"), QStringLiteral("submit"), id,
                                                QStringLiteral("--override-reason"), QStringLiteral("历史档案原文")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli.as(QStringLiteral("lina"), {QStringLiteral("review"), QStringLiteral("status"), id});
        QVERIFY2(r.out.contains(QStringLiteral("历史档案原文")), qPrintable(describe(r)));

        // The word list: the administrator edits it; an author may not.
        r = cli.as(QStringLiteral("admin"), {QStringLiteral("words"), QStringLiteral("add"), QStringLiteral("旧称甲"),
                                             QStringLiteral("--correction"), QStringLiteral("新称甲"),
                                             QStringLiteral("--severity"), QStringLiteral("high")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli.as(QStringLiteral("zhangwei"), {QStringLiteral("words"), QStringLiteral("remove"), QStringLiteral("旧称甲")});
        QVERIFY2(r.code != 0, qPrintable(describe(r)));
        r = cli.as(QStringLiteral("zhangwei"), {QStringLiteral("words"), QStringLiteral("list")});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("新称甲")), qPrintable(describe(r)));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("words.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("导入词\t改正词\thigh\n").toUtf8());
        f.close();
        r = cli.as(QStringLiteral("admin"), {QStringLiteral("words"), QStringLiteral("import"), file});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli.as(QStringLiteral("admin"), {QStringLiteral("words"), QStringLiteral("remove"), QStringLiteral("旧称甲")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli.as(QStringLiteral("zhangwei"), {QStringLiteral("words"), QStringLiteral("list")});
        QVERIFY2(r.out.contains(QStringLiteral("改正词")) && !r.out.contains(QStringLiteral("新称甲")),
                 qPrintable(describe(r)));

        // screen --office-words uses the office's list: the imported high term blocks.
        const QString text = dir.filePath(QStringLiteral("t.txt"));
        QFile tf(text);
        QVERIFY(tf.open(QIODevice::WriteOnly));
        tf.write(QStringLiteral("本文含导入词一处。\n").toUtf8());
        tf.close();
        r = cli.run({QStringLiteral("screen"), text});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli.run({QStringLiteral("screen"), QStringLiteral("--office-words"), text});
        QVERIFY2(r.code == 1 && r.out.contains(QStringLiteral("改正词")), qPrintable(describe(r)));
    }

    void auditListVerifyAndTampering()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Item item = o.draft(t.db(), QStringLiteral("将被篡改的信息"));
        const QString id = QString::number(item.id);
        Cli cli(t.location().toString());
        cli.as(QStringLiteral("zhangwei"), {QStringLiteral("review"), QStringLiteral("submit"), id});
        cli.as(QStringLiteral("lina"), {QStringLiteral("review"), QStringLiteral("approve"), id,
                                        QStringLiteral("--opinion"), QStringLiteral("同意公开")});
        cli.as(QStringLiteral("zhaoli"), {QStringLiteral("review"), QStringLiteral("approve"), id,
                                          QStringLiteral("--opinion"), QStringLiteral("同意公开")});

        Result r = cli.as(QStringLiteral("audit"),
                          {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--json"),
                           QStringLiteral("--event"), QStringLiteral("review_signed")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonArray signedRecords = cli.json(r).array();
        QCOMPARE(signedRecords.size(), 2);
        QCOMPARE(signedRecords.at(0)[QStringLiteral("login")].toString(),
                 QStringLiteral("zhaoli")); // newest first
        QCOMPARE(signedRecords.at(0)[QStringLiteral("after")][QStringLiteral("name")].toString(),
                 QStringLiteral("赵丽"));
        r = cli.as(QStringLiteral("admin"), {QStringLiteral("audit"), QStringLiteral("list")});
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("administrator cannot read")),
                 qPrintable(describe(r)));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("audit.csv"));
        r = cli.as(QStringLiteral("audit"),
                   {QStringLiteral("audit"), QStringLiteral("export"), file, QStringLiteral("--item"), id});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("audit records exported")),
                 qPrintable(describe(r)));
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(QStringLiteral("review_submitted")) &&
                     text.contains(QStringLiteral("item_created")),
                 qPrintable(text));

        QVERIFY(cli.run({QStringLiteral("verify")}).code == 0);
        // Someone changes the signed title in the database, behind the program's back.
        t.db().exec(QStringLiteral("UPDATE items SET title = '改过的标题' WHERE id = :id"),
                    {{QStringLiteral("id"), item.id}});
        r = cli.run({QStringLiteral("verify")});
        QVERIFY2(r.code == 1 && r.err.startsWith(QStringLiteral("verify: FAILED: Item %1").arg(id)),
                 qPrintable(describe(r)));
        QVERIFY(r.err.contains(QStringLiteral("赵丽")));
        r = cli.run({QStringLiteral("verify"), QStringLiteral("--json")});
        QCOMPARE(r.code, 1);
        QCOMPARE(cli.json(r)
                     .object()[QStringLiteral("problems")]
                     .toArray()
                     .at(0)[QStringLiteral("objectId")]
                     .toInteger(),
                 item.id);
    }

    void lockOutAndUnlock()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        Cli cli(t.location().toString());
        Result r;
        for (int i = 0; i < AuthService::kMaxFailedSignIns; ++i)
            r = cli.as(QStringLiteral("lina"), {QStringLiteral("review"), QStringLiteral("inbox")},
                       QStringLiteral("Wrong#2024"));
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("locked")), qPrintable(describe(r)));
        r = cli.as(QStringLiteral("lina"), {QStringLiteral("review"), QStringLiteral("inbox")});
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("locked")), qPrintable(describe(r)));
        r = cli.as(QStringLiteral("admin"), {QStringLiteral("user"), QStringLiteral("list")});
        QVERIFY2(r.out.contains(QStringLiteral("locked until")), qPrintable(describe(r)));
        r = cli.as(QStringLiteral("admin"),
                   {QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("lina")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        r = cli.as(QStringLiteral("lina"), {QStringLiteral("review"), QStringLiteral("inbox")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
    }

    void commandsWithoutAUserAreRefused()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        Cli cli(t.location().toString());
        const Result r =
            cli.run({QStringLiteral("department"), QStringLiteral("add"), QStringLiteral("外贸科")});
        QVERIFY2(r.code == 2 &&
                     r.err ==
                         QStringLiteral("gongkai-cli: department add needs a signed-in user: give --user "
                                        "LOGIN (password in GONGKAI_PASSWORD)\n"),
                 qPrintable(describe(r)));
        QVERIFY(!DepartmentRepository(t.db()).byName(QStringLiteral("外贸科")));
        AuditFilter f;
        f.events = {AuditEvent::PermissionDenied};
        const QList<AuditRecord> records = AuditLog(t.db()).list(f, 0, 10);
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).login, QStringLiteral("(anonymous)"));
        QVERIFY(!records.at(0).success);
        QVERIFY(records.at(0).after.contains(QStringLiteral("department add")));
        // There is no local "cli" account to act as.
        f.events.clear();
        f.login = QStringLiteral("cli");
        QCOMPARE(AuditLog(t.db()).count(f), 0);
        const Result inbox = cli.run({QStringLiteral("review"), QStringLiteral("inbox")});
        QVERIFY2(inbox.code == 2 && inbox.err.contains(QStringLiteral("--user")),
                 qPrintable(describe(inbox)));
    }

    void paperReviewAttestedBySigner()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Item item = o.draft(t.db(), QStringLiteral("历史纸质审查的信息"));
        const QString id = QString::number(item.id);
        Cli cli(t.location().toString());
        const QStringList attest{QStringLiteral("review"),
                                 QStringLiteral("attest"),
                                 id,
                                 QStringLiteral("--form"),
                                 QStringLiteral("审查单 2023-17"),
                                 QStringLiteral("--reviewers"),
                                 QStringLiteral("李娜 2023-03-01；王强 2023-03-02")};
        // The form is required; a wrong password attests nothing.
        Result r = cli.as(QStringLiteral("zhouping"), attest.mid(0, 3) + attest.mid(5));
        QCOMPARE(r.code, 2);
        r = cli.as(QStringLiteral("zhouping"), attest, QStringLiteral("Wrong#2024"));
        QVERIFY2(r.code == 1, qPrintable(describe(r)));
        QCOMPARE(ItemRepository(t.db()).get(item.id)->status, ItemStatus::Draft);
        // An author is no signer; a signer does not attest their own item.
        r = cli.as(QStringLiteral("zhangwei"), attest);
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("attest a paper review")),
                 qPrintable(describe(r)));
        const Item own = o.draft(t.db(), QStringLiteral("李娜自己的信息"), o.seed.chief);
        QStringList attestOwn = attest;
        attestOwn[2] = QString::number(own.id);
        r = cli.as(QStringLiteral("lina"), attestOwn);
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("their own item")), qPrintable(describe(r)));
        r = cli.as(QStringLiteral("zhouping"), attest);
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("周平")), qPrintable(describe(r)));
        QCOMPARE(ItemRepository(t.db()).get(item.id)->status, ItemStatus::Approved);
        // Once is enough.
        r = cli.as(QStringLiteral("qianjun"), attest);
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("recorded already")), qPrintable(describe(r)));

        r = cli.as(QStringLiteral("zhangwei"),
                   {QStringLiteral("review"), QStringLiteral("status"), id, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(describe(r)));
        const QJsonObject st = cli.json(r).object();
        QCOMPARE(st[QStringLiteral("approval")].toString(), QStringLiteral("paper"));
        const QJsonObject paper = st[QStringLiteral("paperReview")].toObject();
        QCOMPARE(paper[QStringLiteral("attestedBy")].toInteger(), o.zhouping);
        QCOMPARE(paper[QStringLiteral("attesterName")].toString(), QStringLiteral("周平"));
        QCOMPARE(paper[QStringLiteral("formRef")].toString(), QStringLiteral("审查单 2023-17"));
        QCOMPARE(paper[QStringLiteral("reviewers")].toString(),
                 QStringLiteral("李娜 2023-03-01；王强 2023-03-02"));
        r = cli.as(QStringLiteral("zhangwei"), {QStringLiteral("review"), QStringLiteral("status"), id});
        QVERIFY2(r.out.contains(QStringLiteral("Reviewed on paper")) &&
                     r.out.contains(QStringLiteral("周平")) &&
                     r.out.contains(QStringLiteral("审查单 2023-17")),
                 qPrintable(describe(r)));
        AuditFilter f;
        f.events = {AuditEvent::PaperReviewRecorded};
        f.login = QStringLiteral("zhouping");
        QCOMPARE(AuditLog(t.db()).count(f), 1);
        QCOMPARE(cli.run({QStringLiteral("verify")}).code, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "test_cli_review.moc"
