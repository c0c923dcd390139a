#include "csvtesting.h"
#include "reviewoffice.h"
#include "seed.h"
#include "testdatabase.h"

#include "io/csvreader.h"
#include "io/itemcsvformat.h"
#include "io/itemexporter.h"
#include "io/itemimporter.h"
#include "io/textdecoder.h"
#include "review/auditverifier.h"
#include "review/passwordhasher.h"
#include "storage/categoryrepository.h"
#include "storage/channelrepository.h"
#include "storage/credentialrepository.h"
#include "storage/departmentrepository.h"
#include "storage/itemrepository.h"
#include "storage/reviewrepository.h"
#include "storage/userrepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

namespace {
QString L(const char* s)
{
    return QString::fromUtf8(s);
}

QByteArray readData(const QString& name)
{
    QFile file(QStringLiteral(GONGKAI_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", qPrintable(name));
    return file.readAll();
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
    QStringList out;
    ItemRepository items(db);
    for (qint64 id : itemIds(db)) {
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

/// A historical item as the program keeps one: drafted, its paper review attested by 周平, then
/// published on the given channels.
void addHistorical(Database& db, Item& item, const QString& reviewers)
{
    const QList<Publication> publications = std::exchange(item.publications, {});
    const bool withdrawn = item.status == ItemStatus::Withdrawn;
    item.status = ItemStatus::Draft;
    ItemRepository items(db);
    items.add(item);
    ReviewOffice::attestPaper(db, item.id, QStringLiteral("zhouping"), QStringLiteral("纸质审查单 2024-01"),
                              reviewers);
    item = *items.get(item.id);
    if (!publications.isEmpty()) {
        item.publications = publications;
        items.update(item);
    }
    if (withdrawn)
        items.withdraw(item.id, item.rowVersion);
}

/// A ledger with the awkward cases a round trip must survive (on a ReviewOffice database).
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
    addHistorical(db, a, QStringLiteral("李娜 2024-01-06 初审；王强 2024-01-07 审核"));

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
    c.status = ItemStatus::Withdrawn;
    addHistorical(db, c, QStringLiteral("李娜 2024-03-01"));

    Item d = s.item(QStringLiteral("Approved, not yet out"), QDate(2024, 3, 5));
    if (duplicateNames) {
        // A second 张伟: export must name both authors by login.
        User twin;
        twin.login = QStringLiteral("zhang.wei");
        twin.name = QStringLiteral("张伟");
        twin.departmentId = s.commerce;
        twin.roles = {Role::Author};
        d.authorId = UserRepository(db).add(twin);
    }
    addHistorical(db, d, QStringLiteral("李娜 2024-03-05，王强 2024-03-06"));
}

/// An account with the test password, outside ReviewOffice (for a database without its office).
qint64 addAccount(Database& db, const char* login, const char* name, QList<Role> roles)
{
    User u;
    u.login = QString::fromLatin1(login);
    u.name = QString::fromUtf8(name);
    u.roles = std::move(roles);
    const qint64 id = UserRepository(db).add(u);
    CredentialRepository(db).setPassword(id, PasswordHasher::hash(ReviewOffice::password()), false);
    return id;
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

} // namespace

/// CSV import and export of the ledger, on SQLite and PostgreSQL: encodings, headers, every kind of bad
/// row, round trips and a large ledger, imported by a publisher with a signer's attestation (who may
/// import and export is test_csv_access).
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
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Seed& s = o.seed;
        const Session publisher = ReviewOffice::login(t.db(), QStringLiteral("zhoujie"));
        const QString path = QStringLiteral(GONGKAI_TEST_DATA_DIR "/") + file;
        const ImportResult r = ItemImporter(t.db()).importFile(publisher, path, historical());
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.encoding, encoding);
        QCOMPARE(r.rows, 3);
        QCOMPARE(r.imported, 3);
        QCOMPARE(r.needingAttestation, 1);
        QCOMPARE(ItemRepository(t.db()).count(), 3);

        ItemRepository items(t.db());
        const QList<qint64> ids = itemIds(t.db());
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
        const std::optional<PaperReview> review = ReviewRepository(t.db()).paperReview(a.id);
        QVERIFY(review);
        QCOMPARE(review->reviewers, QStringLiteral("李娜 2024-01-06 初审；王强 2024-01-07 审核"));
        QCOMPARE(review->attestedBy, o.zhouping);
        QCOMPARE(review->importHash, sha256(readData(file)));

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
        QVERIFY(!ReviewRepository(t.db()).paperReview(b.id)); // it never went out

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
        ReviewOffice::create(t.db());
        const Session publisher = ReviewOffice::login(t.db(), QStringLiteral("zhoujie"));
        const ImportResult r = ItemImporter(t.db()).importData(
            publisher, readData(QStringLiteral("items_english.csv")), historical());
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
        ReviewOffice::create(t.db());
        const Session publisher = ReviewOffice::login(t.db(), QStringLiteral("zhoujie"));
        const QByteArray data = readData(QStringLiteral("items_quotes.csv"));
        const ImportResult r = ItemImporter(t.db()).importData(publisher, data, historical());
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.imported, 2);
        const Item a = *ItemRepository(t.db()).get(itemIds(t.db()).constFirst());
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
        const ImportResult bad = ItemImporter(t.db()).importData(publisher, broken, historical());
        QVERIFY(hasProblem(bad, 6, QStringLiteral("科室"), QStringLiteral("unknown department “火星科”")));
        QCOMPARE(bad.missing.departments, QStringList{QStringLiteral("火星科")});
        QCOMPARE(snapshot(t.db()), before);
    }

    void failedImportChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");

        const QString none;
        QTest::newRow("wrong column count") << withHeader("通知二,工作动态,主动公开\n") << 3 << none
                                            << QStringLiteral("wrong number of fields: 3, expected 9");
        QTest::newRow("too many fields") << withHeader("a,工作动态,,办公室,zhangwei,2024-03-01,,,,x\n") << 3
                                         << none << QStringLiteral("wrong number of fields: 10, expected 9");
        QTest::newRow("unknown channel")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2024-03-01,,火星网站|2024-03-02,\n") << 3
            << QStringLiteral("发布记录") << QStringLiteral("unknown channel “火星网站”");
        QTest::newRow("bad drafted date")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2024-13-01,,,\n") << 3
            << QStringLiteral("撰稿日期") << QStringLiteral("bad date “2024-13-01”, expected YYYY-MM-DD");
        QTest::newRow("bad publication date")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2024-02-01,,门户网站|2024-02-30,\n") << 3
            << QStringLiteral("发布记录") << QStringLiteral("bad date “2024-02-30”");
        QTest::newRow("missing required header")
            << utf8("标题,科室,撰稿人,撰稿日期\n通知,办公室,zhangwei,2024-03-01\n") << 1
            << QStringLiteral("信息类别") << QStringLiteral("required column");
        QTest::newRow("unknown header")
            << utf8("标题,信息类别,科室,撰稿人,撰稿日期,备注\n通知,工作动态,办公室,zhangwei,2024-03-01,x\n")
            << 1 << QStringLiteral("备注") << QStringLiteral("unknown column “备注”");
        QTest::newRow("repeated header") << utf8("标题,信息类别,科室,撰稿人,撰稿日期,Title\n") << 1
                                         << QStringLiteral("Title") << QStringLiteral("appears twice");
        QTest::newRow("unterminated quote")
            << withHeader("\"通知二,工作动态,,办公室,zhangwei,2024-03-01,,,\n") << 3 << none
            << QStringLiteral("no closing quote");
        QTest::newRow("gbk, unknown channel")
            << TextDecoder::encodeGb18030(QString::fromUtf8(
                   withHeader("通知二,工作动态,,办公室,zhangwei,2024-03-01,,火星网站|2024-03-02,\n")))
            << 3 << QStringLiteral("发布记录") << QStringLiteral("unknown channel “火星网站”");
        QTest::newRow("undecodable bytes") << QByteArray("title,category\r\nx\xFF\xFF,y\r\n") << 2 << none
                                           << QStringLiteral("neither UTF-8 nor GB18030");
        QTest::newRow("empty file") << QByteArray() << 0 << none << QStringLiteral("empty");
        QTest::newRow("blank lines only") << utf8("\r\n\r\n") << 0 << none << QStringLiteral("empty");
        QTest::newRow("unknown department")
            << withHeader("通知二,工作动态,,火星科,zhangwei,2024-03-01,,,\n") << 3 << QStringLiteral("科室")
            << QStringLiteral("unknown department “火星科”");
        QTest::newRow("unknown category")
            << withHeader("通知二,火星类,,办公室,zhangwei,2024-03-01,,,\n") << 3 << QStringLiteral("信息类别")
            << QStringLiteral("unknown category “火星类”");
        QTest::newRow("unknown author")
            << withHeader("通知二,工作动态,,办公室,wangwu,2024-03-01,,,\n") << 3 << QStringLiteral("撰稿人")
            << QStringLiteral("unknown author “wangwu”");
        QTest::newRow("ambiguous author") << withHeader("通知二,工作动态,,办公室,王芳,2024-03-01,,,\n") << 3
                                          << QStringLiteral("撰稿人") << QStringLiteral("ambiguous");
        QTest::newRow("author who is no author")
            << withHeader("通知二,工作动态,,办公室,zhaoli,2024-03-01,,,\n") << 3 << QStringLiteral("撰稿人")
            << QStringLiteral("赵丽 (zhaoli) is not an author");
        QTest::newRow("unknown agency")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2024-03-01,,,火星办|2024-03-02\n") << 3
            << QStringLiteral("报送记录") << QStringLiteral("unknown upper agency “火星办”");
        QTest::newRow("published on an agency")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2024-03-01,,市政务公开办|2024-03-02,\n") << 3
            << QStringLiteral("发布记录") << QStringLiteral("upper agency");
        QTest::newRow("unknown attribute")
            << withHeader("通知二,工作动态,半公开,办公室,zhangwei,2024-03-01,,,\n") << 3
            << QStringLiteral("公开属性") << QStringLiteral("unknown disclosure attribute “半公开”");
        QTest::newRow("unknown status")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2024-03-01,完成,,\n") << 3
            << QStringLiteral("状态") << QStringLiteral("unknown status “完成”");
        QTest::newRow("withheld without ground")
            << withHeader("通知二,工作动态,不予公开,办公室,zhangwei,2024-03-01,,,\n") << 3
            << QStringLiteral("不予公开依据") << QStringLiteral("legal ground");
        QTest::newRow("withheld without ground, with a publication")
            << withHeader("通知二,工作动态,不予公开,办公室,zhangwei,2024-03-01,,门户网站|2024-03-02,\n") << 3
            << QStringLiteral("不予公开依据") << QStringLiteral("legal ground");
        QTest::newRow("empty title") << withHeader(",工作动态,,办公室,zhangwei,2024-03-01,,,\n") << 3
                                     << QStringLiteral("标题") << QStringLiteral("title is required");
        QTest::newRow("title too long")
            << withHeader(QByteArray(QByteArray(201, 'x') + ",工作动态,,办公室,zhangwei,2024-03-01,,,\n")
                              .constData())
            << 3 << QStringLiteral("标题") << QStringLiteral("longer than 200");
        QTest::newRow("drafted in the future")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2999-01-01,,,\n") << 3
            << QStringLiteral("撰稿日期") << QStringLiteral("future");
        QTest::newRow("published in the future")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2024-03-01,,门户网站|2999-03-01,\n") << 3
            << QStringLiteral("发布记录") << QStringLiteral("in the future");
        QTest::newRow("published before drafted")
            << withHeader("通知二,工作动态,,办公室,zhangwei,2024-03-05,,门户网站|2024-03-01,\n") << 3
            << QStringLiteral("发布记录") << QStringLiteral("before the item was drafted");
        QTest::newRow("adopted before submitted")
            << withHeader(
                   "通知二,工作动态,,办公室,zhangwei,2024-03-05,,,市政务公开办|2024-03-06|2024-03-05\n")
            << 3 << QStringLiteral("报送记录") << QStringLiteral("adopted before it was submitted");
        QTest::newRow("a bad row after good ones")
            << withHeader("通知二,工作动态,,办公室,lina,2024-03-01,已审核,,\n"
                          "通知三,工作动态,,办公室,zhangwei,2024-03-32,,,\n")
            << 4 << QStringLiteral("撰稿日期") << QStringLiteral("bad date “2024-03-32”");
    }

    void failedImportChangesNothing()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        // Two users called 王芳: a printed name that is not unique cannot name an author.
        for (const char* login : {"wangfang", "wang.fang"}) {
            User u;
            u.login = QString::fromLatin1(login);
            u.name = QStringLiteral("王芳");
            u.departmentId = o.seed.office;
            u.roles = {Role::Author};
            UserRepository(t.db()).add(u);
        }
        const Session publisher = ReviewOffice::login(t.db(), QStringLiteral("zhoujie"));
        const QList<qint64> before = snapshot(t.db());

        for (bool checkOnly : {true, false}) {
            ImportOptions options = historical(QStringLiteral("纸质审查单"));
            options.checkOnly = checkOnly;
            const ImportResult r = ItemImporter(t.db()).importData(publisher, data, options);
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
        ReviewOffice::create(t.db());
        const Session publisher = ReviewOffice::login(t.db(), QStringLiteral("zhoujie"));
        const QByteArray data =
            withHeader("通知二,工作动态,,办公室,zhangwei,2024-13-01,,火星网站|2024-03-02,\n"
                       "\n"
                       "通知三,火星类,不予公开,火星科,wangwu,2024-03-01,完成,,\n"
                       "通知四,工作动态\n"
                       "通知五,工作动态,,办公室,zhangwei,2024-03-01,,,\n");
        const QList<qint64> before = snapshot(t.db());
        ImportOptions options = historical(QStringLiteral("纸质审查单")); // the published rows are historical
        options.checkOnly = true;
        const ImportResult r = ItemImporter(t.db()).importData(publisher, data, options);
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
        // The names the administrator would create, once each, in order of first appearance.
        QCOMPARE(r.missing.channels, QStringList{QStringLiteral("火星网站")});
        QCOMPARE(r.missing.categories, QStringList{QStringLiteral("火星类")});
        QCOMPARE(r.missing.departments, QStringList{QStringLiteral("火星科")});
        QCOMPARE(r.missing.authors.size(), 1);
        QCOMPARE(r.missing.authors.at(0).name, QStringLiteral("wangwu"));
        QCOMPARE(r.missing.authors.at(0).department, QStringLiteral("火星科"));
        QCOMPARE(snapshot(t.db()), before);

        // A clean file checks clean and still writes nothing; a check needs no attester password.
        options.attestation.password.clear();
        const ImportResult clean = ItemImporter(t.db()).importData(
            publisher, withHeader("通知二,工作动态,,商务科,李娜,2024-03-01,已审核,,\n"), options);
        QVERIFY2(clean.ok(), qPrintable(describe(clean)));
        QCOMPARE(clean.rows, 2);
        QCOMPARE(clean.imported, 0);
        QCOMPARE(clean.needingAttestation, 2);
        QCOMPARE(snapshot(t.db()), before);
    }

    void headerOnlyFileImportsNothing()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        const Session author = ReviewOffice::login(t.db(), QStringLiteral("zhangwei"));
        const ImportResult r = ItemImporter(t.db()).importData(author, utf8(kHeader) + "\r\n\r\n", {});
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.rows, 0);
        QCOMPARE(r.imported, 0);
    }

    void exportWritesExcelFriendlyCsv()
    {
        TestDatabase t;
        if (!t.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        const Seed& s = o.seed;
        fillLedger(t.db(), s, false);
        const Session leader = ReviewOffice::login(t.db(), QStringLiteral("zhaoli"));
        const QByteArray data = ItemExporter(t.db()).exportData(leader);
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
        // The paper review as attested: the reviewers, the form and who attested it.
        QVERIFY(data.contains(
            QStringLiteral(
                "李娜 2024-01-06 初审；王强 2024-01-07 审核（审查单 纸质审查单 2024-01，周平 证明）")
                .toUtf8()));
        CsvReader reader(TextDecoder::decode(data).text);
        CsvReader::Record record;
        int count = 0;
        while (reader.next(&record)) {
            QCOMPARE(record.fields.size(), 15);
            ++count;
        }
        QCOMPARE(count, 5);

        // The filter narrows the export.
        LedgerFilter filter;
        filter.departmentId = s.commerce;
        const QByteArray commerce = ItemExporter(t.db()).exportData(leader, filter);
        QVERIFY(commerce.contains(QStringLiteral("某专项资金使用情况").toUtf8()));
        QVERIFY(!commerce.contains(QStringLiteral("双随机").toUtf8()));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.csv"));
        QCOMPARE(ItemExporter(t.db()).exportFile(leader, path), 4);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), data);
        QVERIFY_THROWS_EXCEPTION(Error, ItemExporter(t.db()).exportFile(
                                            leader, dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
    }

    void roundTripIntoTheSameOffice()
    {
        TestDatabase source;
        if (!source.open())
            return;
        fillLedger(source.db(), ReviewOffice::create(source.db()).seed, true);
        const QByteArray data =
            ItemExporter(source.db()).exportData(ReviewOffice::login(source.db(), QStringLiteral("zhoujie")));

        TestDatabase target;
        if (!target.open())
            return;
        const ReviewOffice o = ReviewOffice::create(target.db());
        User twin;
        twin.login = QStringLiteral("zhang.wei");
        twin.name = QStringLiteral("张伟");
        twin.departmentId = o.seed.commerce;
        twin.roles = {Role::Author};
        UserRepository(target.db()).add(twin);
        const Session publisher = ReviewOffice::login(target.db(), QStringLiteral("zhoujie"));
        const ImportResult r = ItemImporter(target.db()).importData(publisher, data, historical());
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.imported, 4);
        QCOMPARE(r.needingAttestation, 3);
        QCOMPARE(ledgerText(target.db()), ledgerText(source.db()));
        QVERIFY(AuditVerifier::verify(target.db()).ok());

        // Exported again, the file is the same but for the new attestation, which keeps the old record's
        // text as the paper reviewers'.
        const QList<QStringList> first = records(data);
        const QList<QStringList> second = records(ItemExporter(target.db()).exportData(publisher));
        QCOMPARE(second.size(), first.size());
        const int paper = ItemCsvFormat::PaperReview - 1;
        for (int i = 0; i < first.size(); ++i) {
            QStringList expected = first.at(i);
            if (i > 0 && !expected.at(paper).isEmpty())
                expected[paper] += QStringLiteral("（审查单 2023年纸质审查单，周平 证明）");
            QCOMPARE(second.at(i), expected);
        }
    }

    void roundTripIntoAnEmptyDatabase()
    {
        TestDatabase source;
        if (!source.open())
            return;
        fillLedger(source.db(), ReviewOffice::create(source.db()).seed, false);
        const QByteArray data =
            ItemExporter(source.db()).exportData(ReviewOffice::login(source.db(), QStringLiteral("zhoujie")));

        // A new office: an administrator, a publisher and a signer, no departments and no authors.
        TestDatabase target;
        if (!target.open())
            return;
        addAccount(target.db(), "admin", "管理员", {Role::Administrator});
        addAccount(target.db(), "zhoujie", "周杰", {Role::Publisher});
        addAccount(target.db(), "zhouping", "周平", {Role::LeaderInCharge});
        const Session publisher = ReviewOffice::login(target.db(), QStringLiteral("zhoujie"));
        const ImportResult first = ItemImporter(target.db()).importData(publisher, data, historical());
        QVERIFY(!first.ok());
        QCOMPARE(first.missing.departments,
                 (QStringList{QStringLiteral("办公室"), QStringLiteral("商务科")}));
        QCOMPARE(first.missing.authors.size(), 2);

        const NamesResult names =
            ItemImporter(target.db())
                .createMissingNames(ReviewOffice::login(target.db(), QStringLiteral("admin")), data);
        QVERIFY2(names.ok() && names.created, qPrintable(describe(names)));
        const ImportResult r = ItemImporter(target.db()).importData(publisher, data, historical());
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(ledgerText(target.db()), ledgerText(source.db()));
    }

    void importsAndExportsTenThousandRows()
    {
        TestDatabase t;
        if (!t.open())
            return;
        ReviewOffice::create(t.db());
        const Session publisher = ReviewOffice::login(t.db(), QStringLiteral("zhoujie"));
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
        // Published items from an office's old ledger, attested once for the file.
        const ImportResult r =
            ItemImporter(t.db()).importData(publisher, data, historical(L("2023年纸质审查单")));
        const qint64 importMs = timer.elapsed();
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.imported, n);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM publications")).toInt(), n);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM submissions")).toInt(), n / 4);
        QCOMPARE(t.db().scalar(QStringLiteral("SELECT COUNT(*) FROM paper_reviews")).toInt(), n);

        timer.restart();
        const QByteArray exported = ItemExporter(t.db()).exportData(publisher);
        const qint64 exportMs = timer.elapsed();
        QCOMPARE(exported.count("\r\n"), n + 1);
        qInfo("%d rows on %s: import %lld ms, export %lld ms", n, qPrintable(t.backend()), importMs,
              exportMs);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "test_csv.moc"
