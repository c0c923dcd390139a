#include "seed.h"
#include "testdatabase.h"

#include "io/csvreader.h"
#include "io/itemexporter.h"
#include "io/itemimporter.h"
#include "io/textdecoder.h"
#include "storage/categoryrepository.h"
#include "storage/channelrepository.h"
#include "storage/departmentrepository.h"
#include "storage/itemrepository.h"
#include "storage/userrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

namespace {
QByteArray readData(const QString& name)
{
    QFile file(QStringLiteral(GONGKAI_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
}

QByteArray utf8(const char* text)
{
    return QByteArray(text);
}

/// Row counts of every table an import may touch: equal before and after means nothing was written.
QList<qint64> snapshot(Database& db)
{
    QList<qint64> counts;
    for (const char* table : {"items", "publications", "submissions", "departments", "categories", "channels",
                              "users", "user_roles"})
        counts << db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toLongLong();
    return counts;
}

QString describe(const ImportResult& result)
{
    QStringList lines;
    for (const ImportProblem& p : result.problems)
        lines << QStringLiteral("line %1 [%2]: %3").arg(p.line).arg(p.column, p.reason);
    return lines.join(QLatin1Char('\n'));
}

bool hasProblem(const ImportResult& result, int line, const QString& column, const QString& reason)
{
    for (const ImportProblem& p : result.problems) {
        if (p.line == line && p.column == column && p.reason.contains(reason))
            return true;
    }
    return false;
}

/// Every item of the ledger as one line of text with names instead of ids, in id order: two
/// ledgers are the same when these lists are equal.
QStringList ledgerText(Database& db)
{
    QHash<qint64, QString> names;
    for (const Department& d : DepartmentRepository(db).list())
        names.insert(d.id, QStringLiteral("D:") + d.name);
    QHash<qint64, QString> categories;
    for (const Category& c : CategoryRepository(db).list())
        categories.insert(c.id, c.name);
    QHash<qint64, QString> channels;
    for (const Channel& c : ChannelRepository(db).list())
        channels.insert(c.id, c.name + (c.isAgency ? QStringLiteral("(agency)") : QString()));
    QHash<qint64, QString> users;
    for (const User& u : UserRepository(db).list())
        users.insert(u.id, u.name);
    QList<qint64> ids;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id FROM items ORDER BY id"));
    while (q.next())
        ids << q.value(0).toLongLong();
    QStringList out;
    ItemRepository items(db);
    for (qint64 id : ids) {
        const Item item = *items.get(id);
        QStringList parts{item.title,
                          item.docNumber,
                          categories.value(item.categoryId),
                          attributeCode(item.attribute),
                          item.withheldGround,
                          names.value(item.departmentId),
                          users.value(item.authorId),
                          item.drafted.toString(Qt::ISODate),
                          statusCode(item.status),
                          item.summary,
                          item.body};
        for (const Publication& p : item.publications)
            parts << QStringLiteral("P:%1/%2/%3")
                         .arg(channels.value(p.channelId), p.date.toString(Qt::ISODate), p.reference);
        for (const Submission& s : item.submissions)
            parts << QStringLiteral("S:%1/%2/%3/%4/%5")
                         .arg(channels.value(s.agencyId), s.date.toString(Qt::ISODate))
                         .arg(int(s.adopted))
                         .arg(s.adoptedOn.toString(Qt::ISODate), s.adoptedIn);
        out << parts.join(QLatin1Char(';'));
    }
    return out;
}

/// A ledger with the awkward cases a round trip must survive.
void fillLedger(Database& db, const Seed& s, bool duplicateNames)
{
    ItemRepository items(db);
    const qint64 paper = ChannelRepository(db).byName(QStringLiteral("报刊"))->id;
    const qint64 gov = ChannelRepository(db).byName(QStringLiteral("市政府办公室《政务信息》"))->id;

    Item a = s.item(QStringLiteral("关于\"双随机、一公开\"监管的通知, 第二批"), QDate(2024, 1, 5));
    a.docNumber = QStringLiteral("阜政办〔2024〕3号");
    a.summary = QStringLiteral("摘要，含逗号, and a comma");
    a.body = QStringLiteral("第一段\n第二段\n\n第四段，含\"引号\"");
    a.publications = {{0, 0, s.portal, QDate(2024, 1, 8), QStringLiteral("https://example.gov.cn/a?x=1|2")},
                      {0, 0, paper, QDate(2024, 1, 9), QStringLiteral("《商务动态》第8期")}};
    a.submissions = {
        {0, 0, s.agency, QDate(2024, 1, 6), true, QDate(2024, 1, 7), QStringLiteral("《每日要情》第52期")},
        {0, 0, gov, QDate(2024, 1, 6), false, QDate(), QString()}};
    a.paperReview = QStringLiteral("李娜 2024-01-06 初审；王强 2024-01-07 审核");
    items.add(a);

    Item b = s.item(QStringLiteral("某专项资金使用情况"), QDate(2024, 2, 3));
    b.attribute = DisclosureAttribute::Withheld;
    b.withheldGround = QStringLiteral("属于内部事务信息");
    b.departmentId = s.commerce;
    b.authorId = s.chief;
    b.categoryId = s.policy;
    b.status = ItemStatus::UnderReview;
    b.submissions = {{0, 0, s.agency, QDate(2024, 2, 4), true, QDate(), QString()},
                     {0, 0, gov, QDate(2024, 2, 4), true, QDate(), QStringLiteral("《政务信息》")}};
    items.add(b);

    Item c = s.item(QStringLiteral("Withdrawn, with a publication"), QDate(2024, 3, 1));
    c.attribute = DisclosureAttribute::OnRequest;
    c.publications = {{0, 0, s.wechat, QDate(2024, 3, 2), QString()}};
    c.paperReview = QStringLiteral("李娜 2024-03-01");
    items.add(c);
    items.withdraw(c.id, c.rowVersion);

    Item d = s.item(QStringLiteral("Approved, not yet out"), QDate(2024, 3, 5));
    d.status = ItemStatus::Approved;
    d.paperReview = QStringLiteral("李娜 2024-03-05，王强 2024-03-06");
    if (duplicateNames) {
        // A second 张伟: export must name both authors by login.
        User twin;
        twin.login = QStringLiteral("zhang.wei");
        twin.name = QStringLiteral("张伟");
        twin.departmentId = s.commerce;
        twin.roles = {Role::Author};
        d.authorId = UserRepository(db).add(twin);
    }
    items.add(d);
}

const char* const kHeader = "标题,信息类别,公开属性,科室,撰稿人,撰稿日期,状态,发布记录,报送记录\n";
const char* const kGoodRow = "通知一,工作动态,主动公开,办公室,zhangwei,2024-03-01,,门户网站|2024-03-02,"
                             "市委办公厅《每日要情》|2024-03-02\n";

QByteArray withHeader(const char* rows)
{
    return utf8(kHeader) + utf8(kGoodRow) + utf8(rows);
}
} // namespace

/// CSV import and export of the ledger, on SQLite and PostgreSQL.
class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void importsGoodFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("encoding");
        QTest::newRow("utf-8") << QStringLiteral("items_utf8.csv") << QStringLiteral("UTF-8");
        QTest::newRow("utf-8 with bom") << QStringLiteral("items_bom.csv") << QStringLiteral("UTF-8 (BOM)");
        QTest::newRow("gbk, crlf") << QStringLiteral("items_gbk.csv") << QStringLiteral("GB18030");
    }

    void importsGoodFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, encoding);
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        const ImportResult r =
            ItemImporter(t.db()).importFile(QStringLiteral(GONGKAI_TEST_DATA_DIR "/") + file, {});
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.encoding, encoding);
        QCOMPARE(r.rows, 3);
        QCOMPARE(r.imported, 3);
        QCOMPARE(ItemRepository(t.db()).count(), 3);

        ItemRepository items(t.db());
        const QList<qint64> ids = [&] {
            QList<qint64> list;
            QSqlQuery q = t.db().exec(QStringLiteral("SELECT id FROM items ORDER BY id"));
            while (q.next())
                list << q.value(0).toLongLong();
            return list;
        }();
        const Item a = *items.get(ids.at(0));
        QCOMPARE(a.title, QStringLiteral("关于开展2024年政务公开工作的通知"));
        QCOMPARE(a.docNumber, QStringLiteral("阜政办〔2024〕3号"));
        QCOMPARE(a.categoryId, CategoryRepository(t.db()).byName(QStringLiteral("法规公文"))->id);
        QCOMPARE(a.departmentId, s.office);
        QCOMPARE(a.authorId, s.author);
        QCOMPARE(a.drafted, QDate(2024, 1, 5));
        QCOMPARE(a.status, ItemStatus::Published); // it has a publication
        QCOMPARE(a.summary, QStringLiteral("年度工作安排"));
        QCOMPARE(a.publications.size(), 1);
        QCOMPARE(a.publications.at(0).channelId, s.portal);
        QCOMPARE(a.publications.at(0).date, QDate(2024, 1, 8));
        QCOMPARE(a.publications.at(0).reference, QStringLiteral("https://example.gov.cn/a/1"));

        const Item b = *items.get(ids.at(1));
        QCOMPARE(b.attribute, DisclosureAttribute::OnRequest);
        QCOMPARE(b.departmentId, s.commerce);
        QCOMPARE(b.authorId, s.chief);          // by printed name 李娜
        QCOMPARE(b.drafted, QDate(2024, 3, 1)); // typed 2024/3/1
        QCOMPARE(b.status, ItemStatus::UnderReview);
        QCOMPARE(b.submissions.size(), 1);
        QCOMPARE(b.submissions.at(0).agencyId, s.agency);
        QVERIFY(b.submissions.at(0).adopted);
        QCOMPARE(b.submissions.at(0).adoptedOn, QDate(2024, 3, 4));
        QCOMPARE(b.submissions.at(0).adoptedIn, QStringLiteral("《每日要情》第52期"));

        const Item c = *items.get(ids.at(2));
        QCOMPARE(c.attribute, DisclosureAttribute::Withheld);
        QCOMPARE(c.withheldGround, QStringLiteral("属于内部事务信息"));
        QCOMPARE(c.drafted, QDate(2024, 2, 3)); // typed 2024年2月3日
        QCOMPARE(c.status, ItemStatus::Draft);
        QCOMPARE(c.authorId, s.author);
    }

    void importsEnglishHeaders()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Seed::create(t.db());
        const ImportResult r =
            ItemImporter(t.db()).importData(readData(QStringLiteral("items_english.csv")), {});
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.imported, 2);
        const QStringList ledger = ledgerText(t.db());
        QCOMPARE(ledger.size(), 2);
        QCOMPARE(ledger.at(0),
                 QStringLiteral("Spring festival notice;〔2024〕1号;工作动态;proactive;;D:办公室;张伟;"
                                "2024-02-01;published;;;P:门户网站/2024-02-02/;"
                                "P:微信公众号/2024-02-03/《商务动态》第8期"));
        QCOMPARE(ledger.at(1),
                 QStringLiteral("Budget summary;;财政信息;on_request;;D:商务科;李娜;2024-03-10;approved;;;"
                                "S:市政务公开办(agency)/2024-03-11/0//"));
    }

    void importsQuotesAndNewlines()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Seed::create(t.db());
        const QByteArray data = readData(QStringLiteral("items_quotes.csv"));
        const ImportResult r = ItemImporter(t.db()).importData(data, {});
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.imported, 2);
        const Item a = *ItemRepository(t.db()).get(
            t.db().scalar(QStringLiteral("SELECT MIN(id) FROM items")).toLongLong());
        QCOMPARE(a.title, QStringLiteral("关于\"双随机、一公开\"监管的通知"));
        QCOMPARE(a.summary, QStringLiteral("摘要，含逗号"));
        QCOMPARE(a.body, QStringLiteral("第一段\n第二段，含逗号\n\n第四段，含\"引号\""));
        QCOMPARE(a.publications.size(), 2);
        QCOMPARE(a.publications.at(0).reference, QStringLiteral("https://example.gov.cn/a?x=1&y=2"));
        QCOMPARE(a.publications.at(1).date, QDate(2024, 4, 3));

        // The second record starts on line 6, after the four-line body: problems name that line.
        const QList<qint64> before = snapshot(t.db());
        QByteArray broken = data;
        broken.replace("普通标题,工作动态,商务科", "普通标题,工作动态,火星科");
        const ImportResult bad = ItemImporter(t.db()).importData(broken, {});
        QVERIFY(hasProblem(bad, 6, QStringLiteral("科室"), QStringLiteral("unknown department “火星科”")));
        QCOMPARE(snapshot(t.db()), before);
    }

    void failedImportChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<bool>("createMissing");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");

        const QString none;
        QTest::newRow("wrong column count") << withHeader("通知二,工作动态,主动公开\n") << false << 3 << none
                                            << QStringLiteral("wrong number of fields: 3, expected 9");
        QTest::newRow("too many fields")
            << withHeader("a,工作动态,,办公室,zhangwei,2024-03-01,,,,x\n") << false << 3 << none
            << QStringLiteral("wrong number of fields: 10, expected 9");
        QTest::newRow("unknown channel")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2024-03-01,,火星网站|2024-03-02,\n") << false << 3
            << QStringLiteral("发布记录") << QStringLiteral("unknown channel “火星网站”");
        QTest::newRow("bad drafted date")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2024-13-01,,,\n") << false << 3
            << QStringLiteral("撰稿日期") << QStringLiteral("bad date “2024-13-01”, expected YYYY-MM-DD");
        QTest::newRow("bad publication date")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2024-02-01,,门户网站|2024-02-30,\n") << false << 3
            << QStringLiteral("发布记录") << QStringLiteral("bad date “2024-02-30”");
        QTest::newRow("missing required header")
            << utf8("标题,科室,撰稿人,撰稿日期\n通知,办公室,zhangwei,2024-03-01\n") << false << 1
            << QStringLiteral("信息类别") << QStringLiteral("required column");
        QTest::newRow("unknown header")
            << utf8("标题,信息类别,科室,撰稿人,撰稿日期,备注\n通知,工作动态,办公室,zhangwei,2024-03-01,x\n")
            << false << 1 << QStringLiteral("备注") << QStringLiteral("unknown column “备注”");
        QTest::newRow("repeated header") << utf8("标题,信息类别,科室,撰稿人,撰稿日期,Title\n") << false << 1
                                         << QStringLiteral("Title") << QStringLiteral("appears twice");
        QTest::newRow("unterminated quote")
            << withHeader("\"通知二,工作动态,,办公室,zhangwei,2024-03-01,,,\n") << false << 3 << none
            << QStringLiteral("no closing quote");
        QTest::newRow("gbk, unknown channel")
            << TextDecoder::encodeGb18030(QString::fromUtf8(
                   withHeader("通知二,工作动态,,办公室,zhangwei,2024-03-01,,火星网站|2024-03-02,\n")))
            << false << 3 << QStringLiteral("发布记录") << QStringLiteral("unknown channel “火星网站”");
        QTest::newRow("undecodable bytes") << QByteArray("title,category\r\nx\xFF\xFF,y\r\n") << false << 2
                                           << none << QStringLiteral("neither UTF-8 nor GB18030");
        QTest::newRow("empty file") << QByteArray() << false << 0 << none << QStringLiteral("empty");
        QTest::newRow("blank lines only")
            << utf8("\r\n\r\n") << false << 0 << none << QStringLiteral("empty");
        QTest::newRow("unknown department")
            << withHeader("通知二,工作动态,,火星科,zhangwei,2024-03-01,,,\n") << false << 3
            << QStringLiteral("科室") << QStringLiteral("unknown department “火星科”");
        QTest::newRow("unknown category")
            << withHeader("通知二,火星类,,办公室,zhangwei,2024-03-01,,,\n") << false << 3
            << QStringLiteral("信息类别") << QStringLiteral("unknown category “火星类”");
        QTest::newRow("unknown author")
            << withHeader("通知二,工作动态,,办公室,wangwu,2024-03-01,,,\n") << false << 3
            << QStringLiteral("撰稿人") << QStringLiteral("unknown author “wangwu”");
        QTest::newRow("ambiguous author")
            << withHeader("通知二,工作动态,,办公室,王芳,2024-03-01,,,\n") << false << 3
            << QStringLiteral("撰稿人") << QStringLiteral("ambiguous");
        QTest::newRow("unknown agency")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2024-03-01,,,火星办|2024-03-02\n") << false << 3
            << QStringLiteral("报送记录") << QStringLiteral("unknown upper agency “火星办”");
        QTest::newRow("published on an agency")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2024-03-01,,市政务公开办|2024-03-02,\n") << false
            << 3 << QStringLiteral("发布记录") << QStringLiteral("upper agency");
        QTest::newRow("unknown attribute")
            << withHeader("通知二,工作动态,半公开,办公室,zhangwei,2024-03-01,,,\n") << false << 3
            << QStringLiteral("公开属性") << QStringLiteral("unknown disclosure attribute “半公开”");
        QTest::newRow("unknown status")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2024-03-01,完成,,\n") << false << 3
            << QStringLiteral("状态") << QStringLiteral("unknown status “完成”");
        QTest::newRow("withheld without ground")
            << withHeader("通知二,工作动态,不予公开,办公室,zhangwei,2024-03-01,,,\n") << false << 3
            << QStringLiteral("不予公开依据") << QStringLiteral("legal ground");
        QTest::newRow("empty title") << withHeader(",工作动态,,办公室,zhangwei,2024-03-01,,,\n") << false << 3
                                     << QStringLiteral("标题") << QStringLiteral("title is required");
        QTest::newRow("title too long")
            << withHeader(QByteArray(QByteArray(201, 'x') + ",工作动态,,办公室,zhangwei,"
                                                            "2024-03-01,,,\n")
                              .constData())
            << false << 3 << QStringLiteral("标题") << QStringLiteral("longer than 200");
        QTest::newRow("drafted in the future")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2999-01-01,,,\n") << false << 3
            << QStringLiteral("撰稿日期") << QStringLiteral("future");
        QTest::newRow("published before drafted")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2024-03-05,,门户网站|2024-03-01,\n") << false << 3
            << QStringLiteral("发布记录") << QStringLiteral("before the item was drafted");
        QTest::newRow("adopted before submitted")
            << withHeader(
                   "通知二,工作动态,,办公室,zhangwei,2024-03-05,,,市政务公开办|2024-03-06|2024-03-05\n")
            << false << 3 << QStringLiteral("报送记录") << QStringLiteral("adopted before it was submitted");
        // Names created for earlier rows must vanish with the rest when a later row fails.
        QTest::newRow("create missing, then a bad row")
            << withHeader("通知二,新类别,,新科室,王五,2024-03-01,,新渠道|2024-03-02,新单位|2024-03-02\n"
                          "通知三,工作动态,,办公室,zhangwei,2024-03-32,,,\n")
            << true << 4 << QStringLiteral("撰稿日期") << QStringLiteral("bad date “2024-03-32”");
        QTest::newRow("create missing, ambiguous author")
            << withHeader("通知二,新类别,,新科室,王芳,2024-03-01,,,\n") << true << 3
            << QStringLiteral("撰稿人") << QStringLiteral("ambiguous");
    }

    void failedImportChangesNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(bool, createMissing);
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        // Two users called 王芳: a printed name that is not unique cannot name an author.
        for (const char* login : {"wangfang", "wang.fang"}) {
            User u;
            u.login = QString::fromLatin1(login);
            u.name = QStringLiteral("王芳");
            u.departmentId = s.office;
            u.roles = {Role::Author};
            UserRepository(t.db()).add(u);
        }
        const QList<qint64> before = snapshot(t.db());

        for (bool checkOnly : {true, false}) {
            ImportOptions options;
            options.checkOnly = checkOnly;
            options.createMissing = createMissing;
            const ImportResult r = ItemImporter(t.db()).importData(data, options);
            QVERIFY2(!r.ok(), "the import should have failed");
            QVERIFY2(hasProblem(r, line, column, reason), qPrintable(describe(r)));
            QCOMPARE(r.imported, 0);
            QCOMPARE(snapshot(t.db()), before);
            QCOMPARE(t.db().transactionDepth(), 0);
        }
    }

    void checkReportsEveryProblemAndWritesNothing()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Seed::create(t.db());
        const QByteArray data =
            withHeader("通知二,工作动态,,办公室,zhangwei,2024-13-01,,火星网站|2024-03-02,\n"
                       "\n"
                       "通知三,火星类,不予公开,火星科,wangwu,2024-03-01,完成,,\n"
                       "通知四,工作动态\n"
                       "通知五,工作动态,,办公室,zhangwei,2024-03-01,,,\n");
        const QList<qint64> before = snapshot(t.db());
        ImportOptions options;
        options.checkOnly = true;
        options.reviewedOnPaper = QStringLiteral("纸质审查单"); // the published rows are historical
        const ImportResult r = ItemImporter(t.db()).importData(data, options);
        QCOMPARE(r.rows, 5);
        QCOMPARE(r.imported, 0);
        const QString all = describe(r);
        QVERIFY2(hasProblem(r, 3, QStringLiteral("撰稿日期"), QStringLiteral("bad date")), qPrintable(all));
        QVERIFY2(hasProblem(r, 3, QStringLiteral("发布记录"), QStringLiteral("unknown channel")),
                 qPrintable(all));
        QVERIFY2(hasProblem(r, 5, QStringLiteral("信息类别"), QStringLiteral("unknown category")),
                 qPrintable(all));
        QVERIFY2(hasProblem(r, 5, QStringLiteral("科室"), QStringLiteral("unknown department")),
                 qPrintable(all));
        QVERIFY2(hasProblem(r, 5, QStringLiteral("撰稿人"), QStringLiteral("unknown author")),
                 qPrintable(all));
        QVERIFY2(hasProblem(r, 5, QStringLiteral("状态"), QStringLiteral("unknown status")), qPrintable(all));
        QVERIFY2(hasProblem(r, 5, QStringLiteral("不予公开依据"), QStringLiteral("legal ground")),
                 qPrintable(all));
        QVERIFY2(hasProblem(r, 6, QString(), QStringLiteral("wrong number of fields: 2, expected 9")),
                 qPrintable(all));
        // Problems already named are not repeated by the item's validation ("choose a category" …).
        QCOMPARE(r.problems.size(), 8);
        QCOMPARE(snapshot(t.db()), before);

        // A clean file checks clean and still writes nothing, even when it would create names.
        options.createMissing = true;
        const ImportResult clean = ItemImporter(t.db()).importData(
            withHeader("通知二,新类别,,新科室,王五,2024-03-01,,新渠道|2024-03-02,\n"), options);
        QVERIFY2(clean.ok(), qPrintable(describe(clean)));
        QCOMPARE(clean.rows, 2);
        QCOMPARE(clean.imported, 0);
        QCOMPARE(snapshot(t.db()), before);
    }

    void headerOnlyFileImportsNothing()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Seed::create(t.db());
        const ImportResult r = ItemImporter(t.db()).importData(utf8(kHeader) + "\r\n\r\n", {});
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.rows, 0);
        QCOMPARE(r.imported, 0);
    }

    void createMissingCreatesWhatIsMissing()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
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
        ImportOptions options;
        options.reviewedOnPaper = QStringLiteral("纸质审查单"); // the published rows are historical
        const QList<qint64> before = snapshot(t.db());
        const ImportResult refused = ItemImporter(t.db()).importData(data, options);
        QVERIFY(
            hasProblem(refused, 3, QStringLiteral("科室"), QStringLiteral("unknown department “新科室”")));
        QCOMPARE(snapshot(t.db()), before);
        options.createMissing = true;
        const ImportResult r = ItemImporter(t.db()).importData(data, options);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.imported, 4);

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
        const auto qianqi = UserRepository(t.db()).byLogin(QStringLiteral("author-003"));
        QVERIFY(qianqi);
        QCOMPARE(qianqi->name, QStringLiteral("钱七"));
        QCOMPARE(qianqi->departmentId, s.office);
        // 王五 was created once and used for both rows.
        QCOMPARE(t.db()
                     .scalar(QStringLiteral("SELECT COUNT(*) FROM items WHERE author_id = :a"),
                             {{QStringLiteral("a"), wangwu->id}})
                     .toInt(),
                 2);
        QCOMPARE(UserRepository(t.db()).list().size(), 5);
    }

    void exportWritesExcelFriendlyCsv()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const Seed s = Seed::create(t.db());
        fillLedger(t.db(), s, false);
        const QByteArray data = ItemExporter(t.db()).exportData();
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        const QByteArray headerLine =
            "\xEF\xBB\xBF" + QStringLiteral("编号,标题,文号,信息类别,公开属性,不予公开依据,科室,撰稿人,"
                                            "撰稿日期,状态,摘要,正文,发布记录,报送记录,纸质审查\r\n")
                                 .toUtf8();
        QVERIFY(data.startsWith(headerLine));
        QVERIFY(data.endsWith("\r\n"));
        // Every line break outside quoted fields is CRLF; the ones inside (the body) are LF.
        QVERIFY(data.contains(QStringLiteral("\"关于\"\"双随机、一公开\"\"监管的通知, 第二批\"").toUtf8()));
        QVERIFY(data.contains(
            QStringLiteral("门户网站|2024-01-08|https://example.gov.cn/a?x=1|2\n报刊|2024-01-09|"
                           "《商务动态》第8期")
                .toUtf8()));
        QVERIFY(data.contains(
            QStringLiteral("市委办公厅《每日要情》|2024-02-04|是\n市政府办公室《政务信息》|2024-02-04||"
                           "《政务信息》")
                .toUtf8()));
        CsvReader reader(TextDecoder::decode(data).text);
        CsvReader::Record record;
        int records = 0;
        while (reader.next(&record)) {
            QCOMPARE(record.fields.size(), 15);
            ++records;
        }
        QCOMPARE(records, 5);

        // The filter narrows the export.
        LedgerFilter filter;
        filter.departmentId = s.commerce;
        const QByteArray commerce = ItemExporter(t.db()).exportData(filter);
        QVERIFY(commerce.contains(QStringLiteral("某专项资金使用情况").toUtf8()));
        QVERIFY(!commerce.contains(QStringLiteral("双随机").toUtf8()));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.csv"));
        QCOMPARE(ItemExporter(t.db()).exportFile(path), 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), data);
        QVERIFY_THROWS_EXCEPTION(
            Error, ItemExporter(t.db()).exportFile(dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
    }

    void roundTripIntoTheSameOffice()
    {
        TestDatabase source;
        if (!source.open())
            return;
        fillLedger(source.db(), Seed::create(source.db()), true);
        const QByteArray data = ItemExporter(source.db()).exportData();

        TestDatabase target;
        if (!target.open())
            return;
        const Seed s = Seed::create(target.db());
        User twin;
        twin.login = QStringLiteral("zhang.wei");
        twin.name = QStringLiteral("张伟");
        twin.departmentId = s.commerce;
        twin.roles = {Role::Author};
        UserRepository(target.db()).add(twin);
        const ImportResult r = ItemImporter(target.db()).importData(data, {});
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.imported, 4);
        QCOMPARE(ledgerText(target.db()), ledgerText(source.db()));
        // Twice the same: the second export equals the first.
        QCOMPARE(ItemExporter(target.db()).exportData(), data);
    }

    void roundTripIntoAnEmptyDatabase()
    {
        TestDatabase source;
        if (!source.open())
            return;
        fillLedger(source.db(), Seed::create(source.db()), false);
        const QByteArray data = ItemExporter(source.db()).exportData();

        TestDatabase target;
        if (!target.open())
            return;
        ImportOptions options;
        options.createMissing = true;
        const ImportResult r = ItemImporter(target.db()).importData(data, options);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(ledgerText(target.db()), ledgerText(source.db()));
    }

    void importsAndExportsTenThousandRows()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Seed::create(t.db());
        QByteArray data = utf8(kHeader);
        const int n = 10000;
        for (int i = 0; i < n; ++i) {
            const QDate drafted = QDate(2023, 1, 1).addDays(i % 365);
            data +=
                QStringLiteral(
                    "第%1号通知,工作动态,主动公开,%2,%3,%4,,门户网站|%5|https://example.gov.cn/%1,%6\n")
                    .arg(i)
                    .arg(i % 2 ? QStringLiteral("办公室") : QStringLiteral("商务科"))
                    .arg(i % 3 ? QStringLiteral("zhangwei") : QStringLiteral("李娜"))
                    .arg(drafted.toString(Qt::ISODate), drafted.addDays(1).toString(Qt::ISODate))
                    .arg(i % 4 ? QString()
                               : QStringLiteral("市政务公开办|") + drafted.addDays(2).toString(Qt::ISODate))
                    .toUtf8();
        }
        QElapsedTimer timer;
        timer.start();
        ImportOptions historical; // published items from an office's old ledger
        historical.reviewedOnPaper = QStringLiteral("2023年纸质审查单");
        const ImportResult r = ItemImporter(t.db()).importData(data, historical);
        const qint64 importMs = timer.elapsed();
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.imported, n);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM publications")).toInt(), n);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM submissions")).toInt(), n / 4);

        timer.restart();
        const QByteArray exported = ItemExporter(t.db()).exportData();
        const qint64 exportMs = timer.elapsed();
        QCOMPARE(exported.count("\r\n"), n + 1);
        qInfo("%d rows on %s: import %lld ms, export %lld ms", n, qPrintable(t.backend()), importMs,
              exportMs);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "test_csv.moc"
