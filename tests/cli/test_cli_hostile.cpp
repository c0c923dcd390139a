#include "reviewoffice.h"
#include "testdatabase.h"

#include "review/itemservice.h"
#include "review/reviewservice.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/wordlistrepository.h"
#include "storage/workrecordrepository.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
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

    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(code).arg(out, err);
    }
};

/// Runs the built gongkai-cli as a hostile script would: on the office's database, with whatever
/// environment it likes (passwords included), nothing inherited.
Result runCli(const QString& db, const QStringList& args, const QString& home,
              const QMap<QString, QString>& env = {})
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char* name :
         {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "GONGKAI_PASSWORD", "GONGKAI_NEW_PASSWORD"})
        e.remove(QLatin1String(name));
    e.insert(QStringLiteral("HOME"), home);
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    e.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        e.insert(it.key(), it.value());
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(GONGKAI_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
    if (!p.waitForStarted())
        return {};
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

/// The program's own error lines (Qt may add a warning about the environment of a print command).
QStringList messages(const QString& err)
{
    QStringList out;
    for (const QString& line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(QLatin1String("gongkai-cli: ")))
            out << line;
    }
    return out;
}

QStringList args(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* a : list)
        out << QString::fromUtf8(a);
    return out;
}

/// Everything a refused command could have written, but the audit trail: the row counts of the
/// ledger, lists, accounts, reviews, records and reports, and each item's status and row version.
QStringList snapshot(Database& db)
{
    QStringList out;
    for (const char* table : {"items", "publications", "submissions", "attachments", "paper_reviews",
                              "review_rounds", "signatures", "users", "user_roles", "departments", "channels",
                              "categories", "word_list", "work_records", "finalized_reports"}) {
        const QString name = QString::fromLatin1(table);
        out << name + QLatin1Char('=') +
                   db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(name)).toString();
    }
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, status, row_version FROM items ORDER BY id"));
    while (q.next())
        out << QStringLiteral("item %1: %2 v%3")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    QSqlQuery w = db.exec(QStringLiteral("SELECT term, severity FROM word_list ORDER BY term"));
    while (w.next())
        out << QStringLiteral("word %1: %2").arg(w.value(0).toString(), w.value(1).toString());
    return out;
}

AuditFilter failures()
{
    AuditFilter f;
    f.failuresOnly = true;
    return f;
}

/// The office under attack: items in every state the attempts need.
struct Office
{
    ReviewOffice o;
    qint64 underReview = 0;      ///< 张伟's, submitted
    qint64 unreviewed = 0;       ///< 张伟's draft
    qint64 othersDraft = 0;      ///< 李明's draft with an attached file a.txt
    qint64 approvedMine = 0;     ///< 张伟's, reviewed on paper
    qint64 approvedTheirs = 0;   ///< 李明's, reviewed on paper
    qint64 withheld = 0;         ///< 张伟's, marked 不予公开, reviewed on paper
    qint64 reviewedWithhold = 0; ///< 张伟's, whose review concluded 不予公开
    qint64 record = 0;           ///< a work record
    QString attachment;          ///< a file to attach
    QString highTerm;            ///< a high-severity term of the word list

    static Office create(Database& db, const QString& dir)
    {
        Office f;
        f.o = ReviewOffice::create(db);
        const QString pw = ReviewOffice::password();
        const Session zhangwei = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        ReviewService reviews(db);

        f.underReview = f.o.draft(db, QStringLiteral("审查中的信息")).id;
        reviews.submit(zhangwei, f.underReview);
        f.unreviewed = f.o.draft(db, QStringLiteral("未审查的信息")).id;

        f.attachment = dir + QStringLiteral("/a.txt");
        QFile file(f.attachment);
        file.open(QIODevice::WriteOnly);
        file.write("附件正文。\n");
        file.close();
        Item theirs = f.o.draft(db, QStringLiteral("李明的草稿"), f.o.liming);
        theirs.attachments.append(Attachment::fromFile(f.attachment));
        ItemService(db).update(ReviewOffice::login(db, QStringLiteral("liming")), theirs);
        f.othersDraft = theirs.id;

        f.approvedMine = f.o.draft(db, QStringLiteral("张伟的已审核信息")).id;
        ReviewOffice::attestPaper(db, f.approvedMine);
        f.approvedTheirs = f.o.draft(db, QStringLiteral("李明的已审核信息"), f.o.liming).id;
        ReviewOffice::attestPaper(db, f.approvedTheirs);

        Item withheld = f.o.seed.item(QStringLiteral("不予公开的信息"));
        withheld.attribute = DisclosureAttribute::Withheld;
        withheld.withheldGround = QStringLiteral("《条例》第十四条");
        ItemRepository(db).add(withheld);
        f.withheld = withheld.id;
        ReviewOffice::attestPaper(db, f.withheld);

        f.reviewedWithhold = f.o.draft(db, QStringLiteral("审查结论不予公开的信息")).id;
        reviews.submit(zhangwei, f.reviewedWithhold);
        reviews.approve(ReviewOffice::login(db, QStringLiteral("lina")), f.reviewedWithhold, pw,
                        ReviewOpinion::Disclose, QString());
        reviews.approve(ReviewOffice::login(db, QStringLiteral("zhaoli")), f.reviewedWithhold, pw,
                        ReviewOpinion::Withhold, QString());

        f.highTerm = QStringLiteral("绝密代号甲");
        WordListRepository(db).add({f.highTerm, QStringLiteral("（删去）"), Severity::High});
        WorkRecord r;
        r.kind = WorkRecordKind::Press;
        r.heldOn = QDate(2024, 3, 20);
        r.title = QStringLiteral("新闻发布会");
        f.record = WorkRecordRepository(db).add(r);
        return f;
    }

    /// Fills in the placeholders of a data row: {underReview}, {file} …
    QStringList fill(QStringList list) const
    {
        const QList<QPair<const char*, QString>> values{
            {"{underReview}", QString::number(underReview)},
            {"{unreviewed}", QString::number(unreviewed)},
            {"{othersDraft}", QString::number(othersDraft)},
            {"{approvedMine}", QString::number(approvedMine)},
            {"{approvedTheirs}", QString::number(approvedTheirs)},
            {"{withheld}", QString::number(withheld)},
            {"{reviewedWithhold}", QString::number(reviewedWithhold)},
            {"{record}", QString::number(record)},
            {"{file}", attachment},
            {"{highTerm}", highTerm},
            {"{tomorrow}", QDate::currentDate().addDays(1).toString(Qt::ISODate)},
        };
        for (QString& a : list) {
            for (const auto& [key, value] : values)
                a.replace(QLatin1String(key), value);
        }
        return list;
    }
};
} // namespace

/// Every attempt of a hostile script on gongkai-cli meets core's checks: refused with a message naming
/// what is missing, nothing written, the refusal in the audit trail. On SQLite and PostgreSQL.
class TestCliHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void withoutUser_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("attempted");
        QTest::newRow("item add") << args({"item", "add", "--title", "偷加的信息", "--category", "工作动态",
                                           "--department", "办公室", "--author", "zhangwei", "--drafted",
                                           "2024-03-01"})
                                  << QStringLiteral("item add");
        QTest::newRow("item withdraw under review")
            << args({"item", "withdraw", "{underReview}"}) << QStringLiteral("item withdraw");
        QTest::newRow("words remove high")
            << args({"words", "remove", "{highTerm}"}) << QStringLiteral("words remove");
        QTest::newRow("user add administrator+auditor+chief")
            << args({"user", "add", "mole", "--name", "内鬼", "--department", "办公室", "--role",
                     "administrator,auditor,section_chief", "--password-from-env"})
            << QStringLiteral("user add");
        QTest::newRow("attachment add")
            << args({"attachment", "add", "{othersDraft}", "{file}"}) << QStringLiteral("attachment add");
        QTest::newRow("attachment remove") << args({"attachment", "remove", "{othersDraft}", "a.txt"})
                                           << QStringLiteral("attachment remove");
        QTest::newRow("department add")
            << args({"department", "add", "影子科"}) << QStringLiteral("department add");
        QTest::newRow("channel add") << args({"channel", "add", "影子渠道"}) << QStringLiteral("channel add");
        QTest::newRow("category add")
            << args({"category", "add", "影子类别"}) << QStringLiteral("category add");
        QTest::newRow("record add") << args({"record", "add", "--kind", "press", "--date", "2024-03-22",
                                             "--title", "发布会"})
                                    << QStringLiteral("record add");
        QTest::newRow("record delete")
            << args({"record", "delete", "{record}"}) << QStringLiteral("record delete");
        QTest::newRow("report finalize") << args({"report", "finalize", "--year", "2024", "--quarter", "1"})
                                         << QStringLiteral("report finalize");
        QTest::newRow("list items") << args({"list", "items", "--json"}) << QStringLiteral("list items");
        QTest::newRow("export") << args({"export", "items", "{file}.csv"}) << QStringLiteral("export items");
        QTest::newRow("publication add")
            << args({"publication", "add", "{approvedMine}", "--channel", "门户网站"})
            << QStringLiteral("publication add");
        QTest::newRow("review attest") << args({"review", "attest", "{unreviewed}", "--form", "2024-01",
                                                "--reviewers", "李娜 2024-03-01"})
                                       << QStringLiteral("review attest");
        QTest::newRow("init on a database with accounts") << args({"init"}) << QStringLiteral("init");
    }

    void withoutUser()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, attempted);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        QTemporaryDir dir;
        const Office office = Office::create(db, dir.path());
        const QStringList before = snapshot(db);
        const qint64 refusals = AuditLog(db).count(failures());

        // Passwords in the environment do not stand in for --user.
        const Result r =
            runCli(t.location().toString(), office.fill(command), dir.filePath(QStringLiteral("home")),
                   {{QStringLiteral("GONGKAI_PASSWORD"), ReviewOffice::password()},
                    {QStringLiteral("GONGKAI_NEW_PASSWORD"), QStringLiteral("Mole#2024xyz")}});
        QVERIFY2(r.code != 0, qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        const QStringList lines = messages(r.err);
        QVERIFY2(lines.size() == 1, qPrintable(r.describe()));
        QVERIFY2(lines.constFirst().contains(QStringLiteral("%1 needs a signed-in user").arg(attempted)) &&
                     lines.constFirst().contains(QStringLiteral("--user LOGIN")),
                 qPrintable(r.describe()));
        QCOMPARE(snapshot(db), before);
        QVERIFY(!QFile::exists(office.attachment + QStringLiteral(".csv")));

        QCOMPARE(AuditLog(db).count(failures()), refusals + 1);
        const AuditRecord last = AuditLog(db).list(failures(), 0, 1).constFirst();
        QCOMPARE(last.login, QStringLiteral("(anonymous)"));
        QCOMPARE(last.event, AuditEvent::PermissionDenied);
        QCOMPARE(last.userId, qint64(0));
        const QJsonObject details = QJsonDocument::fromJson(last.after.toUtf8()).object();
        QCOMPARE(details.value(QStringLiteral("attempted")).toString(), attempted);
    }

    void withUser_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("author adds an item for another author")
            << QStringLiteral("zhangwei")
            << args({"item", "add", "--title", "替别人写的信息", "--category", "工作动态", "--department",
                     "办公室", "--author", "liming", "--drafted", "2024-03-01"})
            << QStringLiteral("created by their authors, as themselves");
        QTest::newRow("author attests a paper review")
            << QStringLiteral("zhangwei")
            << args({"review", "attest", "{othersDraft}", "--form", "纸质审查单 2024-01", "--reviewers",
                     "李娜 2024-03-01；周平 2024-03-02"})
            << QStringLiteral("attest a paper review");
        QTest::newRow("administrator lists items")
            << QStringLiteral("admin") << args({"list", "items", "--json"})
            << QStringLiteral("read the ledger");
        QTest::newRow("auditor lists items")
            << QStringLiteral("audit") << args({"list", "items"}) << QStringLiteral("read the ledger");
        QTest::newRow("administrator shows an item")
            << QStringLiteral("admin") << args({"item", "show", "{approvedMine}"})
            << QStringLiteral("read the ledger");
        QTest::newRow("auditor shows an item")
            << QStringLiteral("audit") << args({"item", "show", "{approvedMine}", "--json"})
            << QStringLiteral("read the ledger");
        QTest::newRow("author publishes an unreviewed item")
            << QStringLiteral("zhangwei")
            << args({"publication", "add", "{unreviewed}", "--channel", "门户网站"})
            << QStringLiteral("has not passed its confidentiality review");
        QTest::newRow("publication of an item marked 不予公开")
            << QStringLiteral("zhoujie")
            << args({"publication", "add", "{withheld}", "--channel", "门户网站"})
            << QStringLiteral("不予公开");
        QTest::newRow("publication of an item reviewed 不予公开")
            << QStringLiteral("zhoujie")
            << args({"publication", "add", "{reviewedWithhold}", "--channel", "门户网站"})
            << QStringLiteral("withheld");
        QTest::newRow("publication dated in the future")
            << QStringLiteral("zhoujie")
            << args({"publication", "add", "{approvedMine}", "--channel", "门户网站", "--date", "{tomorrow}"})
            << QStringLiteral("in the future");
        QTest::newRow("author publishes another author's approved item")
            << QStringLiteral("zhangwei")
            << args({"publication", "add", "{approvedTheirs}", "--channel", "门户网站"})
            << QStringLiteral("Only the author of item");
        QTest::newRow("author records another author's submission")
            << QStringLiteral("zhangwei")
            << args({"submission", "add", "{approvedTheirs}", "--agency", "市委办公厅《每日要情》"})
            << QStringLiteral("Only the author of item");
        QTest::newRow("author attaches to another author's item")
            << QStringLiteral("zhangwei") << args({"attachment", "add", "{othersDraft}", "{file}"})
            << QStringLiteral("Only the author of item");
        QTest::newRow("author removes another author's attachment")
            << QStringLiteral("zhangwei") << args({"attachment", "remove", "{othersDraft}", "a.txt"})
            << QStringLiteral("Only the author of item");
        QTest::newRow("author withdraws another author's item")
            << QStringLiteral("zhangwei") << args({"item", "withdraw", "{othersDraft}"})
            << QStringLiteral("can withdraw it");
        QTest::newRow("leader removes a high-severity word")
            << QStringLiteral("zhaoli") << args({"words", "remove", "{highTerm}"})
            << QStringLiteral("manage departments, categories and channels");
        QTest::newRow("author adds a department")
            << QStringLiteral("zhangwei") << args({"department", "add", "影子科"})
            << QStringLiteral("manage departments");
        QTest::newRow("auditor finalizes a report")
            << QStringLiteral("audit") << args({"report", "finalize", "--year", "2024", "--quarter", "1"})
            << QStringLiteral("write the ledger");
        QTest::newRow("leader deletes a work record")
            << QStringLiteral("zhaoli") << args({"record", "delete", "{record}"})
            << QStringLiteral("write the ledger");
        QTest::newRow("administrator adds an administrator and auditor")
            << QStringLiteral("admin")
            << args({"user", "add", "mole", "--name", "内鬼", "--department", "办公室", "--role",
                     "administrator,auditor"})
            << QStringLiteral("cannot be combined with other roles");
    }

    void withUser()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, command);
        QFETCH(QString, mentions);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        QTemporaryDir dir;
        const Office office = Office::create(db, dir.path());
        const QStringList before = snapshot(db);
        const qint64 refusals = AuditLog(db).count(failures());

        const Result r = runCli(t.location().toString(),
                                QStringList{QStringLiteral("--user"), user} + office.fill(command),
                                dir.filePath(QStringLiteral("home")),
                                {{QStringLiteral("GONGKAI_PASSWORD"), ReviewOffice::password()},
                                 {QStringLiteral("GONGKAI_NEW_PASSWORD"), QStringLiteral("Mole#2024xyz")}});
        QVERIFY2(r.code != 0, qPrintable(r.describe()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.describe()));
        const QStringList lines = messages(r.err);
        QVERIFY2(lines.size() == 1 && lines.constFirst().contains(mentions), qPrintable(r.describe()));
        QCOMPARE(snapshot(db), before);

        // The refusal is on the trail, as the user who tried.
        AuditFilter mine = failures();
        mine.login = user;
        QCOMPARE(AuditLog(db).count(failures()), refusals + 1);
        QCOMPARE(AuditLog(db).count(mine), 1);
    }

    void publisherRecordsOnAnyApprovedItem()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        QTemporaryDir dir;
        const Office office = Office::create(db, dir.path());
        const QString home = dir.filePath(QStringLiteral("home"));
        const QMap<QString, QString> env{{QStringLiteral("GONGKAI_PASSWORD"), ReviewOffice::password()}};
        const QString theirs = QString::number(office.approvedTheirs);

        // 周杰 records on 李明's item what 张伟 may not.
        Result r = runCli(t.location().toString(),
                          args({"--user", "zhangwei", "publication", "add"}) +
                              QStringList{theirs, QStringLiteral("--channel"), QStringLiteral("门户网站")},
                          home, env);
        QVERIFY2(r.code == 1 && r.err.contains(QStringLiteral("or a publisher")), qPrintable(r.describe()));
        QVERIFY(ItemRepository(db).get(office.approvedTheirs)->publications.isEmpty());
        r = runCli(t.location().toString(),
                   args({"--user", "zhoujie", "publication", "add"}) +
                       QStringList{theirs, QStringLiteral("--channel"), QStringLiteral("门户网站")},
                   home, env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const Item published = *ItemRepository(db).get(office.approvedTheirs);
        QCOMPARE(published.status, ItemStatus::Published);
        QCOMPARE(published.publications.size(), 1);
        QCOMPARE(published.publications.constFirst().date, QDate::currentDate()); // default: today
        r = runCli(
            t.location().toString(),
            args({"--user", "zhoujie", "submission", "add"}) +
                QStringList{theirs, QStringLiteral("--agency"), QStringLiteral("市委办公厅《每日要情》")},
            home, env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        r = runCli(t.location().toString(),
                   args({"--user", "zhoujie", "submission", "adopt"}) +
                       QStringList{theirs, QStringLiteral("--agency"),
                                   QStringLiteral("市委办公厅《每日要情》"), QStringLiteral("--adopted"),
                                   QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--adopted-in"),
                                   QStringLiteral("《每日要情》第3期")},
                   home, env);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        const Item adopted = *ItemRepository(db).get(office.approvedTheirs);
        QCOMPARE(adopted.submissions.size(), 1);
        QVERIFY(adopted.submissions.constFirst().adopted);
        QCOMPARE(adopted.submissions.constFirst().adoptedIn, QStringLiteral("《每日要情》第3期"));
        QCOMPARE(adopted.publications.size(), 1);
        AuditFilter byPublisher;
        byPublisher.login = QStringLiteral("zhoujie");
        byPublisher.events = {AuditEvent::PublicationAdded};
        QCOMPARE(AuditLog(db).count(byPublisher), 1);
    }

    void aRefusalCreatesNoDatabase()
    {
        TestDatabase t;
        if (!t.open())
            return;
        QTemporaryDir dir;
        DbLocation missing = t.location();
        if (missing.isServer())
            missing.database += QStringLiteral("_missing");
        else
            missing.path = dir.filePath(QStringLiteral("missing.sqlite"));
        const Result r = runCli(missing.toString(), args({"department", "add", "影子科"}),
                                dir.filePath(QStringLiteral("home")));
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("department add needs a signed-in user")),
                 qPrintable(r.describe()));
        if (!missing.isServer())
            QVERIFY(!QFileInfo::exists(missing.path));
    }

    void whatRunsWithoutAUser()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        QTemporaryDir dir;
        const Office office = Office::create(db, dir.path());
        const QString home = dir.filePath(QStringLiteral("home"));
        const QStringList before = snapshot(db);
        const qint64 refusals = AuditLog(db).count(failures());
        Result r = runCli(t.location().toString(), args({"verify"}), home);
        QVERIFY2(r.code == 0 && r.out.startsWith(QStringLiteral("verify: OK")), qPrintable(r.describe()));
        r = runCli(t.location().toString(), QStringList{QStringLiteral("screen"), office.attachment}, home);
        QVERIFY2(r.code == 0, qPrintable(r.describe()));
        r = runCli(t.location().toString(), args({"item", "add", "--help"}), home);
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("--user LOGIN item add")),
                 qPrintable(r.describe()));
        r = runCli(t.location().toString(), args({"--help"}), home);
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("publisher")), qPrintable(r.describe()));
        QCOMPARE(snapshot(db), before);
        QCOMPARE(AuditLog(db).count(failures()), refusals);
    }
};

QTEST_GUILESS_MAIN(TestCliHostile)
#include "test_cli_hostile.moc"
