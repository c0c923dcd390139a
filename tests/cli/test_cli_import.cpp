#include "reviewoffice.h"
#include "testdatabase.h"

#include "io/csvreader.h"
#include "io/textdecoder.h"
#include "storage/auditlog.h"
#include "storage/departmentrepository.h"
#include "storage/itemrepository.h"
#include "storage/reviewrepository.h"
#include "storage/userrepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
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

    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(code).arg(out, err);
    }
};

/// Runs the built gongkai-cli on one database as a script would: a private home, no display, a UTF-8
/// locale, the user's password in GONGKAI_PASSWORD and the attester's in GONGKAI_ATTEST_PASSWORD (none
/// inherited), standard input not a terminal.
class Cli
{
public:
    explicit Cli(const QString& db) : m_db(db) {}
    QString home() const { return m_home.path(); }
    QString path(const char* name) const { return m_home.filePath(QString::fromLatin1(name)); }

    Result run(const QStringList& args, const QString& password = ReviewOffice::password(),
               const QString& attestPassword = {}) const
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (const char* name :
             {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "GONGKAI_PASSWORD", "GONGKAI_ATTEST_PASSWORD"})
            e.remove(QLatin1String(name));
        if (!password.isEmpty())
            e.insert(QStringLiteral("GONGKAI_PASSWORD"), password);
        if (!attestPassword.isEmpty())
            e.insert(QStringLiteral("GONGKAI_ATTEST_PASSWORD"), attestPassword);
        e.insert(QStringLiteral("HOME"), home());
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), home() + QStringLiteral("/config"));
        e.insert(QStringLiteral("XDG_DATA_HOME"), home() + QStringLiteral("/data"));
        e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        p.setProcessEnvironment(e);
        p.start(QStringLiteral(GONGKAI_CLI_PATH), QStringList{QStringLiteral("--db"), m_db} + args);
        if (!p.waitForStarted())
            return {};
        p.closeWriteChannel();
        p.waitForFinished(300000);
        Result r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.rawOut = p.readAllStandardOutput();
        r.out = QString::fromUtf8(r.rawOut);
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    /// Runs as login (password kPassword), attested by zhouping when attest is set.
    Result as(const char* login, QStringList args, bool attest = false) const
    {
        return run(QStringList{QStringLiteral("--user"), QString::fromLatin1(login)} + args,
                   ReviewOffice::password(), attest ? ReviewOffice::password() : QString());
    }

private:
    QString m_db;
    QTemporaryDir m_home;
};

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out << QString::fromUtf8(a);
    return out;
}

void writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// The CSV's records without the first (id) column.
QList<QStringList> records(const QByteArray& data)
{
    CsvReader reader(TextDecoder::decode(data).text);
    CsvReader::Record record;
    QList<QStringList> out;
    while (reader.next(&record))
        out << record.fields.mid(1);
    return out;
}

/// Row counts of every table an import may touch: equal before and after means nothing was written.
QList<qint64> snapshot(Database& db)
{
    QList<qint64> counts;
    for (const char* table : {"items", "publications", "submissions", "paper_reviews", "departments",
                              "categories", "channels", "users"})
        counts << db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toLongLong();
    return counts;
}

qint64 refusals(Database& db, const QString& login, AuditEvent event)
{
    AuditFilter filter;
    filter.login = login;
    filter.events = {event};
    filter.failuresOnly = true;
    return AuditLog(db).count(filter);
}

/// A small ledger: drafts, and historical items reviewed on paper (attested by 周平) and published.
void fillLedger(Database& db, const ReviewOffice& o)
{
    ItemRepository items(db);
    for (int i = 0; i < 6; ++i) {
        Item item = o.draft(db, QStringLiteral("第%1条").arg(i + 1), i % 2 ? o.liming : 0);
        if (i % 3 == 0)
            continue; // stays a draft
        ReviewOffice::attestPaper(db, item.id, QStringLiteral("zhouping"),
                                  QStringLiteral("纸质审查单 2024-0%1").arg(i),
                                  QStringLiteral("李娜 2024-03-0%1").arg(i));
        if (i % 3 == 1) {
            item = *items.get(item.id);
            item.publications = {{0, 0, o.seed.portal, QDate(2024, 3, 10 + i),
                                  QStringLiteral("https://example.gov.cn/%1").arg(i)}};
            items.update(item);
        }
    }
}

const char* const kHeader = "标题,信息类别,科室,撰稿人,撰稿日期,状态,发布记录,纸质审查\n";
} // namespace

/// gongkai-cli import items, import names and export items, signed in as the rules' users; on SQLite
/// and PostgreSQL.
class TestCliImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void helpNamesTheOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("import items") << args({"import", "items", "--help"}) << QStringLiteral("--attest-by");
        QTest::newRow("paper form") << args({"import", "items", "--help"})
                                    << QStringLiteral("GONGKAI_ATTEST_PASSWORD");
        QTest::newRow("import names") << args({"import", "names", "--help"}) << QStringLiteral("author-001");
        QTest::newRow("export items")
            << args({"export", "items", "--help"}) << QStringLiteral("--department");
    }

    void helpNamesTheOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        TestDatabase t;
        if (!t.open())
            return;
        const Cli cli(t.location().toString());
        const Result r = cli.run(arguments, {});
        QVERIFY2(r.code == 0 && r.out.contains(mentions), qPrintable(r.describe()));
        QVERIFY(!r.out.contains(QStringLiteral("--create-missing")));
    }

    void exportImportRoundTrip()
    {
        TestDatabase first;
        TestDatabase second;
        if (!first.open() || !second.open())
            return;
        fillLedger(first.db(), ReviewOffice::create(first.db()));
        const ReviewOffice o = ReviewOffice::create(second.db());
        const Cli a(first.location().toString());
        const QString exported = a.path("ledger.csv");
        Result r = a.as("zhoujie", {QStringLiteral("export"), QStringLiteral("items"), exported});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("6 items exported")), qPrintable(r.describe()));

        // Into the same office elsewhere: the published rows need their paper reviews attested.
        const Cli b(second.location().toString());
        r = b.as("zhoujie",
                 {QStringLiteral("import"), QStringLiteral("items"), exported, QStringLiteral("--check")});
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("--attest-by LOGIN --paper-form REF")),
                 qPrintable(r.describe()));
        QCOMPARE(r.err.count(QStringLiteral("attested by a signer")), 4);

        const QStringList attested{QStringLiteral("--attest-by"), QStringLiteral("zhouping"),
                                   QStringLiteral("--paper-form"), QStringLiteral("旧台账导出 2024-04")};
        // A check needs no attester password.
        r = b.as("zhoujie", QStringList{QStringLiteral("import"), QStringLiteral("items"), exported,
                                        QStringLiteral("--check")} +
                                attested);
        QVERIFY2(r.code == 0 && r.out.startsWith(QStringLiteral("6 rows checked, no problems\n")),
                 qPrintable(r.describe()));
        QCOMPARE(ItemRepository(second.db()).count(), 0);
        // Without the attester's password (no terminal), the import stops before anything.
        r = b.as("zhoujie",
                 QStringList{QStringLiteral("import"), QStringLiteral("items"), exported} + attested);
        QVERIFY2(r.code == 2 && r.err.contains(QStringLiteral("GONGKAI_ATTEST_PASSWORD")),
                 qPrintable(r.describe()));
        r = b.as("zhoujie",
                 QStringList{QStringLiteral("import"), QStringLiteral("items"), exported} + attested, true);
        QVERIFY2(r.code == 0 && r.out.startsWith(QStringLiteral("6 items imported\n")),
                 qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("4 paper review")) &&
                     r.out.contains(QStringLiteral("attested by zhouping")),
                 qPrintable(r.describe()));
        QCOMPARE(ItemRepository(second.db()).count(), 6);

        // The office's verification holds, and the paper reviews name the attester and the file.
        r = b.run({QStringLiteral("verify")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QCOMPARE(
            second.db()
                .scalar(
                    QStringLiteral(
                        "SELECT COUNT(*) FROM paper_reviews WHERE attested_by = :a AND import_hash = :h"),
                    {{QStringLiteral("a"), o.zhouping},
                     {QStringLiteral("h"),
                      QString::fromLatin1(
                          QCryptographicHash::hash(readFile(exported), QCryptographicHash::Sha256).toHex())}})
                .toInt(),
            4);

        // Exported again: the same rows, the new attestation added to each paper review.
        const QString again = b.path("again.csv");
        r = b.as("zhouping", {QStringLiteral("export"), QStringLiteral("items"), again});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const QList<QStringList> before = records(readFile(exported));
        const QList<QStringList> after = records(readFile(again));
        QCOMPARE(after.size(), 7);
        QCOMPARE(after.size(), before.size());
        for (int i = 0; i < before.size(); ++i) {
            QStringList expected = before.at(i);
            if (i > 0 && !expected.constLast().isEmpty())
                expected.last() += QStringLiteral("（审查单 旧台账导出 2024-04，周平 证明）");
            QCOMPARE(after.at(i), expected);
        }

        // Export to standard output gives the same file.
        r = b.as("zhouping", {QStringLiteral("export"), QStringLiteral("items"), QStringLiteral("-")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.rawOut, readFile(again));
    }

    void importReportsEveryProblem()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        const Cli cli(t.location().toString());
        const QString file = cli.path("bad.csv");
        writeFile(file, "标题,信息类别,科室,撰稿人,撰稿日期\n"
                        "第一条,工作动态,没有的科室,zhangwei,2024-03-01\n"
                        "第二条,工作动态,办公室,zhangwei,2024-02-30\n");
        const Result r = cli.as("zhangwei", {QStringLiteral("import"), QStringLiteral("items"), file});
        QCOMPARE(r.code, 1);
        const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(r.err));
        QVERIFY2(lines.at(0).startsWith(QDir::toNativeSeparators(file) +
                                        QStringLiteral(":2: 科室: unknown department")),
                 qPrintable(lines.at(0)));
        QVERIFY2(lines.at(1).startsWith(QDir::toNativeSeparators(file) + QStringLiteral(":3: 撰稿日期: ")),
                 qPrintable(lines.at(1)));
        // What is missing, and who creates it.
        QVERIFY2(r.err.contains(QStringLiteral("departments: 没有的科室")), qPrintable(r.err));
        QVERIFY2(r.err.trimmed().endsWith(QStringLiteral("gongkai-cli --user ADMIN import names ") +
                                          QDir::toNativeSeparators(file)),
                 qPrintable(r.err));
        QCOMPARE(ItemRepository(t.db()).count(), 0);
    }

    void missingNamesAreCreatedByTheAdministrator()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        const Cli cli(t.location().toString());
        const QString file = cli.path("names.csv");
        writeFile(file, QByteArray(kHeader) +
                            "通知一,新类别,新科室,王五,2024-03-01,,新渠道|2024-03-02,\n"
                            "通知二,工作动态,办公室,钱七,2024-03-01,已审核,,李娜 2024-03-01\n");
        const QStringList importing{
            QStringLiteral("import"),      QStringLiteral("items"),    file,
            QStringLiteral("--attest-by"), QStringLiteral("zhouping"), QStringLiteral("--paper-form"),
            QStringLiteral("2024-03")};
        Result r = cli.as("zhoujie", importing + QStringList{QStringLiteral("--check"),
                                                             QStringLiteral("--reviewed-on-paper"),
                                                             QStringLiteral("李娜 2024-03-01")});
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("5 name")) &&
                     r.err.contains(QStringLiteral("the file uses are missing")),
                 qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("import names")), qPrintable(r.describe()));

        // Only the administrator creates names; a publisher is refused, and it is on record.
        const QList<qint64> before = snapshot(t.db());
        r = cli.as("zhoujie", {QStringLiteral("import"), QStringLiteral("names"), file});
        QVERIFY2(r.code == 1, qPrintable(r.describe()));
        QCOMPARE(refusals(t.db(), QStringLiteral("zhoujie"), AuditEvent::PermissionDenied), 1);
        QCOMPARE(snapshot(t.db()), before);

        r = cli.as("admin",
                   {QStringLiteral("import"), QStringLiteral("names"), file, QStringLiteral("--check")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        QVERIFY2(r.out.contains(QStringLiteral("departments: 新科室\n")) &&
                     r.out.contains(QStringLiteral("categories: 新类别\n")) &&
                     r.out.contains(QStringLiteral("channels: 新渠道\n")) &&
                     r.out.contains(QStringLiteral(
                         "authors: 王五 → author-001 (新科室), 钱七 → author-002 (办公室)\n")) &&
                     r.out.contains(QStringLiteral("5 name")) &&
                     r.out.contains(QStringLiteral("missing; run without")),
                 qPrintable(r.describe()));
        // The administrator sees the names, never the items.
        QVERIFY(!r.out.contains(QStringLiteral("通知一")));
        QCOMPARE(snapshot(t.db()), before);

        r = cli.as("admin", {QStringLiteral("import"), QStringLiteral("names"), file});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("5 name")) &&
                     r.out.contains(QStringLiteral("created")) && r.out.contains(QStringLiteral("inactive")),
                 qPrintable(r.describe()));
        QVERIFY(DepartmentRepository(t.db()).byName(QStringLiteral("新科室")));
        const std::optional<User> wangwu = UserRepository(t.db()).byLogin(QStringLiteral("author-001"));
        QVERIFY(wangwu && !wangwu->active && !wangwu->hasPassword);

        r = cli.as("zhoujie",
                   importing +
                       QStringList{QStringLiteral("--reviewed-on-paper"), QStringLiteral("李娜 2024-03-01")},
                   true);
        QVERIFY2(r.code == 0 && r.out.startsWith(QStringLiteral("2 items imported\n")),
                 qPrintable(r.describe()));
        r = cli.run({QStringLiteral("verify")});
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
    }

    void refusedImportsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("attestPassword");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("refusedLogin");
        QTest::addColumn<int>("refusedEvent");

        const QString pw = ReviewOffice::password();
        const QStringList attested{QStringLiteral("--attest-by"), QStringLiteral("zhouping"),
                                   QStringLiteral("--paper-form"), QStringLiteral("2024-03")};
        QTest::newRow("administrator") << args({"--user", "admin", "import", "items", "FILE"}) << QString()
                                       << QStringLiteral("import the ledger") << QStringLiteral("admin")
                                       << int(AuditEvent::PermissionDenied);
        QTest::newRow("auditor") << args({"--user", "audit", "import", "items", "FILE"}) << QString()
                                 << QStringLiteral("import the ledger") << QStringLiteral("audit")
                                 << int(AuditEvent::PermissionDenied);
        QTest::newRow("another author's rows")
            << args({"--user", "liming", "import", "items", "FILE"}) << QString()
            << QStringLiteral("liming imports only their own items") << QStringLiteral("liming")
            << int(AuditEvent::ItemCreated);
        QTest::newRow("wrong attester password")
            << args({"--user", "zhoujie", "import", "items", "FILE"}) + attested << QStringLiteral("wrong")
            << QStringLiteral("could not be signed in") << QStringLiteral("zhouping")
            << int(AuditEvent::LoginFailed);
        QTest::newRow("attester who wrote a row")
            << args({"--user", "zhoujie", "import", "items", "FILE", "--attest-by", "lina", "--paper-form",
                     "2024-03"})
            << pw << QStringLiteral("nobody attests the review of their own item")
            << QStringLiteral("zhoujie") << int(AuditEvent::PaperReviewRecorded);
        QTest::newRow("publisher as attester")
            << args({"--user", "zhoujie", "import", "items", "FILE", "--attest-by", "zhoujie", "--paper-form",
                     "2024-03"})
            << pw << QStringLiteral("cannot attest paper reviews") << QStringLiteral("zhoujie")
            << int(AuditEvent::PermissionDenied);
        QTest::newRow("no attestation")
            << args({"--user", "zhoujie", "import", "items", "FILE"}) << QString()
            << QStringLiteral("--attest-by LOGIN --paper-form REF") << QString() << 0;
        QTest::newRow("nobody signed in")
            << args({"import", "items", "FILE"}) << QString() << QStringLiteral("--user") << QString() << 0;
    }

    void refusedImportsWriteNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, attestPassword);
        QFETCH(QString, message);
        QFETCH(QString, refusedLogin);
        QFETCH(int, refusedEvent);
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        const Cli cli(t.location().toString());
        const QString file = cli.path("ledger.csv");
        writeFile(file,
                  QByteArray(kHeader) +
                      "张伟的,工作动态,办公室,zhangwei,2024-03-01,,门户网站|2024-03-02,李娜 2024-03-01\n"
                      "李娜的,工作动态,办公室,lina,2024-03-01,已审核,,王强 2024-03-01\n");
        arguments.replace(arguments.indexOf(QStringLiteral("FILE")), file);
        const QList<qint64> before = snapshot(t.db());
        const qint64 refusedBefore =
            refusedLogin.isEmpty() ? 0 : refusals(t.db(), refusedLogin, AuditEvent(refusedEvent));
        const Result r = cli.run(arguments, ReviewOffice::password(), attestPassword);
        QVERIFY2(r.code != 0 && r.err.contains(message), qPrintable(r.describe()));
        QCOMPARE(snapshot(t.db()), before);
        if (!refusedLogin.isEmpty())
            QCOMPARE(refusals(t.db(), refusedLogin, AuditEvent(refusedEvent)), refusedBefore + 1);
        if (attestPassword == QLatin1String("wrong"))
            QCOMPARE(UserRepository(t.db()).byLogin(QStringLiteral("zhouping"))->failedLogins, 1);
    }

    void exportIsForReadersOfTheLedger_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("author") << QStringLiteral("zhangwei") << true;
        QTest::newRow("publisher") << QStringLiteral("zhoujie") << true;
        QTest::newRow("leader") << QStringLiteral("zhaoli") << true;
        QTest::newRow("administrator") << QStringLiteral("admin") << false;
        QTest::newRow("auditor") << QStringLiteral("audit") << false;
        QTest::newRow("nobody") << QString() << false;
    }

    void exportIsForReadersOfTheLedger()
    {
        QFETCH(QString, login);
        QFETCH(bool, allowed);
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        o.draft(t.db(), QStringLiteral("台账里的一条"));
        const Cli cli(t.location().toString());
        QStringList arguments{QStringLiteral("export"), QStringLiteral("items"), QStringLiteral("-")};
        if (!login.isEmpty())
            arguments = QStringList{QStringLiteral("--user"), login} + arguments;
        const Result r = cli.run(arguments);
        if (allowed) {
            QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("台账里的一条")), qPrintable(r.describe()));
            return;
        }
        QVERIFY2(r.code != 0 && !r.out.contains(QStringLiteral("台账里的一条")), qPrintable(r.describe()));
        if (!login.isEmpty())
            QCOMPARE(refusals(t.db(), login, AuditEvent::PermissionDenied), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
