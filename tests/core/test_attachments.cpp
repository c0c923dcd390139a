#include "reviewoffice.h"
#include "testdatabase.h"

#include "domain/itemcontent.h"
#include "review/auditverifier.h"
#include "review/itemservice.h"
#include "review/reviewerrors.h"
#include "review/reviewservice.h"
#include "storage/attachmentrepository.h"
#include "storage/auditlog.h"
#include "storage/itemrepository.h"
#include "storage/reviewrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

namespace {
QByteArray sampleDocx()
{
    QFile f(QStringLiteral(GONGKAI_TEST_DATA_DIR "/screening_sample.docx"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the sample .docx");
    return f.readAll();
}

Attachment textFile(const QString& name, const QString& text)
{
    return Attachment::fromData(name, text.toUtf8());
}

qint64 rowsIn(Database& db, const char* sql)
{
    return db.scalar(QString::fromLatin1(sql)).toLongLong();
}
} // namespace

/// Files attached to items: stored with the item, covered by its content hash (a change after approval
/// starts a new review), never deleted, screened with the item; on SQLite and PostgreSQL.
class TestAttachments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void readingAFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error"); // a word the error must contain; empty: accepted
        QTest::newRow("utf-8 text") << QStringLiteral("说明.txt") << QStringLiteral("正文").toUtf8() << QString();
        QTest::newRow("docx") << QStringLiteral("通知.docx") << sampleDocx() << QString();
        QTest::newRow("pdf refused") << QStringLiteral("a.pdf") << QByteArray("%PDF-1.4") << QStringLiteral(".docx");
        QTest::newRow("damaged docx") << QStringLiteral("坏.docx") << QByteArray("not a zip")
                                      << QStringLiteral("坏.docx");
        QTest::newRow("too large") << QStringLiteral("big.txt") << QByteArray(Attachment::kMaxSize + 1, 'a')
                                   << QStringLiteral("big.txt");
        QTest::newRow("no name") << QStringLiteral("  ") << QByteArray("x") << QStringLiteral("name");
    }

    void readingAFile()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        try {
            const Attachment a = Attachment::fromData(name, data);
            QVERIFY2(error.isEmpty(), "accepted a file it should refuse");
            QCOMPARE(a.size, data.size());
            QCOMPARE(a.sha256.size(), 64);
            QVERIFY(!a.text.isEmpty());
        } catch (const Error& e) {
            QVERIFY2(!error.isEmpty(), qPrintable(e.message()));
            QVERIFY2(e.message().contains(error), qPrintable(e.message()));
        }
    }

    void contentHashCoversAttachments()
    {
        Item item;
        item.title = QStringLiteral("通知");
        item.drafted = QDate(2026, 3, 1);
        const QString plain = ItemContent::hash(item);
        QVERIFY(ItemContent::canonical(item).startsWith("[\"gongkai-item-content-1\""));
        item.attachments = {textFile(QStringLiteral("b.txt"), QStringLiteral("乙")),
                            textFile(QStringLiteral("a.txt"), QStringLiteral("甲"))};
        const QString withFiles = ItemContent::hash(item);
        QVERIFY(ItemContent::canonical(item).startsWith("[\"gongkai-item-content-2\""));
        QVERIFY(withFiles != plain);
        std::swap(item.attachments[0], item.attachments[1]);
        QCOMPARE(ItemContent::hash(item), withFiles); // the order files were added in does not matter
        item.attachments[0] = textFile(QStringLiteral("a.txt"), QStringLiteral("甲改"));
        QVERIFY(ItemContent::hash(item) != withFiles);
    }

    void storedReadBackAndKept()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        Item item = o.draft(db, QStringLiteral("关于公布办事指南的通知"));
        const QByteArray docx = sampleDocx();
        item.attachments = {Attachment::fromData(QStringLiteral("办事指南.docx"), docx),
                            textFile(QStringLiteral("说明.txt"), QStringLiteral("咨询电话12345"))};
        ItemService(db).update(author, item);
        QCOMPARE(item.attachments.size(), 2);
        QVERIFY(item.attachments.at(0).id > 0);
        QVERIFY(item.attachments.at(0).data.isEmpty()); // stored, not kept in memory

        Item read = *ItemRepository(db).get(item.id);
        QCOMPARE(read.attachments.size(), 2);
        QCOMPARE(read.attachments.at(0).fileName, QStringLiteral("办事指南.docx"));
        QCOMPARE(read.attachments.at(0).size, docx.size());
        QCOMPARE(read.attachments.at(0).addedBy, QStringLiteral("zhangwei"));
        QVERIFY(!read.attachments.at(0).text.isEmpty());
        // The bytes come back exactly (binary zip data through BLOB / BYTEA).
        QCOMPARE(*AttachmentRepository(db).content(read.attachments.at(0).id), docx);
        QCOMPARE(ItemContent::hash(read), ItemContent::hash(item));

        // Removing marks the row removed; it stays for the reviews that covered it.
        const qint64 removedId = read.attachments.at(1).id;
        Item before = read;
        read.attachments.removeLast();
        ItemService(db).update(author, read);
        QCOMPARE(ItemRepository(db).get(item.id)->attachments.size(), 1);
        QCOMPARE(rowsIn(db, "SELECT COUNT(*) FROM attachments"), 2);
        QVERIFY(AttachmentRepository(db).get(removedId).has_value());
        // Undo: saving the earlier value brings the same row back.
        before.rowVersion = read.rowVersion;
        ItemService(db).update(author, before);
        const Item restored = *ItemRepository(db).get(item.id);
        QCOMPARE(restored.attachments.size(), 2);
        QCOMPARE(restored.attachments.at(1).id, removedId);
        QCOMPARE(rowsIn(db, "SELECT COUNT(*) FROM attachments"), 2);

        // The trail names the files added and removed.
        AuditFilter f;
        f.events = {AuditEvent::ItemChanged};
        const QList<AuditRecord> changes = AuditLog(db).list(f, 0, 10, false);
        QCOMPARE(changes.size(), 3);
        const QJsonObject first = QJsonDocument::fromJson(changes.at(0).after.toUtf8()).object();
        QCOMPARE(first.value(QStringLiteral("attachments")).toArray().size(), 2);
        const QJsonObject second = QJsonDocument::fromJson(changes.at(1).after.toUtf8()).object();
        QCOMPARE(second.value(QStringLiteral("attachments")).toArray().size(), 1);
        QVERIFY(AuditVerifier::verify(db).ok());
    }

    void badListsAreRefused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("no content") << 0;
        QTest::newRow("another item's file") << 1;
        QTest::newRow("the same file twice") << 2;
    }

    void badListsAreRefused()
    {
        QFETCH(int, kind);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        Item other = o.draft(db, QStringLiteral("另一条"));
        other.attachments = {textFile(QStringLiteral("a.txt"), QStringLiteral("甲"))};
        ItemRepository(db).update(other);
        Item item = o.draft(db, QStringLiteral("本条"));
        const int version = item.rowVersion;
        if (kind == 0) {
            Attachment a = textFile(QStringLiteral("a.txt"), QStringLiteral("甲"));
            a.data.clear();
            item.attachments = {a};
        } else if (kind == 1) {
            item.attachments = other.attachments;
        } else {
            item.attachments = {textFile(QStringLiteral("a.txt"), QStringLiteral("甲")),
                                textFile(QStringLiteral("a.txt"), QStringLiteral("甲"))};
        }
        try {
            ItemRepository(db).update(item);
            QFAIL("a bad attachment list was saved");
        } catch (const ValidationError& e) {
            QVERIFY(!e.errors().isEmpty());
            QVERIFY2(e.errors().constFirst().field.startsWith(QStringLiteral("attachments[")),
                     qPrintable(e.errors().constFirst().field));
        }
        QCOMPARE(ItemRepository(db).get(item.id)->rowVersion, version);
        QCOMPARE(rowsIn(db, "SELECT COUNT(*) FROM attachments"), 1);
    }

    void aFileAddedAfterApprovalNeedsANewReview()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        Item item = o.draft(db, QStringLiteral("关于公布收费标准的通知"));
        ReviewService reviews(db);
        reviews.submit(author, item.id);
        reviews.approve(ReviewOffice::login(db, QStringLiteral("lina")), item.id, ReviewOffice::password(),
                        ReviewOpinion::Disclose, {});
        reviews.approve(ReviewOffice::login(db, QStringLiteral("zhaoli")), item.id, ReviewOffice::password(),
                        ReviewOpinion::Disclose, {});
        item = *ItemRepository(db).get(item.id);
        QCOMPARE(item.status, ItemStatus::Approved);

        item.attachments.append(textFile(QStringLiteral("收费标准.txt"), QStringLiteral("每件10元")));
        ItemService(db).update(author, item);
        QCOMPARE(ItemRepository(db).get(item.id)->status, ItemStatus::UnderReview);
        const auto round = ReviewRepository(db).openRound(item.id);
        QVERIFY(round);
        QCOMPARE(round->number, 2);
        QCOMPARE(round->contentHash, ItemContent::hash(*ItemRepository(db).get(item.id)));
        // Frozen while under review: no more files.
        Item again = *ItemRepository(db).get(item.id);
        again.attachments.clear();
        QVERIFY_THROWS_EXCEPTION(RuleError, ItemService(db).update(author, again));
        QVERIFY(AuditVerifier::verify(db).ok());

        // Bytes replaced behind the program's back, the hash column left as it was: caught too.
        const qint64 fileId = ItemRepository(db).get(item.id)->attachments.at(0).id;
        db.exec(QStringLiteral("UPDATE attachments SET content = :c WHERE id = :id"),
                {{QStringLiteral("c"), QByteArray("每件100元")}, {QStringLiteral("id"), fileId}});
        const VerifyReport swapped = AuditVerifier::verify(db);
        QCOMPARE(swapped.problems.size(), 1);
        QCOMPARE(swapped.problems.at(0).kind, VerifyProblem::Kind::ContentChanged);
        QVERIFY(swapped.problems.at(0).message.contains(QStringLiteral("收费标准.txt")));
        db.exec(QStringLiteral("UPDATE attachments SET content = :c WHERE id = :id"),
                {{QStringLiteral("c"), QStringLiteral("每件10元").toUtf8()}, {QStringLiteral("id"), fileId}});
        QVERIFY(AuditVerifier::verify(db).ok());

        // Approved again, then a file swapped in the database behind the program's back is caught.
        reviews.approve(ReviewOffice::login(db, QStringLiteral("lina")), item.id, ReviewOffice::password(),
                        ReviewOpinion::Disclose, {});
        reviews.approve(ReviewOffice::login(db, QStringLiteral("zhaoli")), item.id, ReviewOffice::password(),
                        ReviewOpinion::Disclose, {});
        QVERIFY(AuditVerifier::verify(db).ok());
        db.exec(QStringLiteral("UPDATE attachments SET sha256 = :h"), {{QStringLiteral("h"), QString(64, QLatin1Char('0'))}});
        QVERIFY(!AuditVerifier::verify(db).ok());
    }

    void attachmentsAreScreened()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        Item item = o.draft(db, QStringLiteral("关于表彰先进个人的通报"));
        item.attachments = {textFile(QStringLiteral("名单.txt"), QStringLiteral("张三\n联系电话13812345678\n"))};
        ItemService service(db);
        service.update(author, item);
        // On save: the findings are given back and recorded.
        const QList<ItemFinding> high = service.screening().high();
        QCOMPARE(high.size(), 1);
        QCOMPARE(high.constFirst().field, ItemTextField::Attachment);
        QCOMPARE(high.constFirst().attachment, QStringLiteral("名单.txt"));
        QCOMPARE(high.constFirst().finding.line, 2);
        QVERIFY(ItemScreening::describe(high.constFirst()).contains(QStringLiteral("名单.txt")));
        AuditFilter f;
        f.events = {AuditEvent::ItemScreened};
        const QList<AuditRecord> screened = AuditLog(db).list(f, 0, 10);
        QCOMPARE(screened.size(), 1);
        const QJsonObject after = QJsonDocument::fromJson(screened.constFirst().after.toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("high")).toString(), QStringLiteral("1"));
        const QJsonObject found = after.value(QStringLiteral("findings")).toArray().at(0).toObject();
        QCOMPARE(found.value(QStringLiteral("file")).toString(), QStringLiteral("名单.txt"));
        QCOMPARE(found.value(QStringLiteral("kind")).toString(), Finding::kindKey(Finding::Kind::MobilePhone));

        // On submit: a high finding in an attachment blocks like one in the body.
        QVERIFY_THROWS_EXCEPTION(RuleError, ReviewService(db).submit(author, item.id));
        ReviewService(db).submit(author, item.id, QStringLiteral("号码为单位办公电话，已核实可公开"));
        QVERIFY(ReviewRepository(db).hasOpenRound(item.id));

        // A clean save records nothing.
        Item clean = o.draft(db, QStringLiteral("工作动态"));
        service.update(author, clean);
        QCOMPARE(service.screening().totalCount(), 0);
        QCOMPARE(AuditLog(db).count(f), 1);
    }
};

QTEST_GUILESS_MAIN(TestAttachments)
#include "test_attachments.moc"
