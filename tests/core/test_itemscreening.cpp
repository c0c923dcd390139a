#include "reviewoffice.h"
#include "testdatabase.h"

#include "review/reviewerrors.h"
#include "review/reviewservice.h"
#include "screening/itemscreening.h"
#include "storage/auditlog.h"
#include "storage/itemrepository.h"
#include "storage/migrations.h"
#include "storage/reviewrepository.h"
#include "storage/wordlistrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace gongkai;
using namespace gongkai::test;

/// The office's word list in the database, screening items with it, and the pre-screen's rule on
/// submission (high findings block unless the author gives a reason); on SQLite and PostgreSQL.
class TestItemScreening : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void migrationSeedsTheDefaultList()
    {
        TestDatabase t;
        if (!t.open())
            return;
        QCOMPARE(Migrations::currentVersion(t.db()), Migrations::latestVersion());
        const WordList stored = WordListRepository(t.db()).list();
        const WordList shipped = WordList::defaultList();
        QVERIFY(!stored.isEmpty());
        QCOMPARE(stored.size(), shipped.size());
        for (const WordEntry& e : shipped.entries()) {
            const WordEntry* s = stored.find(e.term);
            QVERIFY2(s, qPrintable(e.term));
            QCOMPARE(*s, e);
        }
    }

    void editsAreStoredAndAudited()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        WordListRepository words(db);
        const qint64 before = AuditLog(db).count({});
        words.add({QStringLiteral("老厅名"), QStringLiteral("新厅名"), Severity::High});
        QCOMPARE(words.list().find(QStringLiteral("老厅名"))->severity, Severity::High);
        words.add({QStringLiteral("老厅名"), QStringLiteral("新厅名"), Severity::Info});
        QCOMPARE(words.list().find(QStringLiteral("老厅名"))->severity, Severity::Info);
        // The same entry again changes nothing and is not audited.
        words.add({QStringLiteral("老厅名"), QStringLiteral("新厅名"), Severity::Info});
        QVERIFY(words.remove(QStringLiteral("老厅名")));
        QVERIFY(!words.remove(QStringLiteral("老厅名")));
        QCOMPARE(AuditLog(db).count({}), before + 3);
        AuditFilter f;
        f.objectType = QStringLiteral("word_list");
        QCOMPARE(AuditLog(db).count(f), 3);
        QVERIFY_THROWS_EXCEPTION(Error, words.add({QString(), QString(), Severity::High}));

        WordList replacement;
        replacement.add({QStringLiteral("甲"), QString(), Severity::Warning});
        replacement.add({QStringLiteral("乙"), QStringLiteral("丙"), Severity::High});
        words.replace(replacement);
        QCOMPARE(words.list().size(), 2);
        QCOMPARE(words.merge(replacement), 0);
    }

    void screensEachField()
    {
        TestDatabase t;
        if (!t.open())
            return;
        WordListRepository(t.db()).add({QStringLiteral("敏感甲"), QStringLiteral("正确甲"), Severity::Warning});
        const ItemScreening screening = ItemScreening::forOffice(t.db());
        const ItemScreeningResult r = screening.screen(QStringLiteral("关于敏感甲的通知"), QStringLiteral("联系电话13812345678"),
                                                       QStringLiteral("秘密★1年\n正文"));
        QCOMPARE(r.title.totalCount(), 1);
        QCOMPARE(r.title.findings.first().suggestion, QStringLiteral("正确甲"));
        QCOMPARE(r.summary.highCount, 1);
        QCOMPARE(r.body.highCount, 1);
        QCOMPARE(r.highCount(), 2);
        const QList<ItemFinding> high = r.high();
        QCOMPARE(high.size(), 2);
        QCOMPARE(high.at(0).field, ItemTextField::Summary);
        QCOMPARE(high.at(1).field, ItemTextField::Body);
    }

    void submissionAndFindings_data()
    {
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<bool>("recorded");

        const QString clean = QStringLiteral("本机关按规定开展政务公开工作。");
        const QString marking = QStringLiteral("秘密★1年\n关于调整工作安排的通知");
        const QString phone = QStringLiteral("联系人手机13812345678");
        const QString warning = QStringLiteral("本文件为内部资料。国家计划委员会");
        QTest::newRow("clean") << clean << clean << QString() << true << false;
        QTest::newRow("high in body blocks") << clean << marking << QString() << false << false;
        QTest::newRow("high in summary blocks") << phone << clean << QString() << false << false;
        QTest::newRow("blank reason blocks") << clean << marking << QStringLiteral("   ") << false << false;
        QTest::newRow("reason allows") << phone << marking << QStringLiteral("标志为历史原文，经请示保留") << true
                                       << true;
        QTest::newRow("warnings do not block") << warning << clean << QString() << true << false;
        QTest::newRow("reason without high is not kept") << clean << clean << QStringLiteral("无") << true << false;
    }

    void submissionAndFindings()
    {
        QFETCH(QString, summary);
        QFETCH(QString, body);
        QFETCH(QString, reason);
        QFETCH(bool, allowed);
        QFETCH(bool, recorded);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        Item item = o.draft(db, QStringLiteral("关于调整工作安排的通知"));
        item.summary = summary;
        item.body = body;
        ItemRepository(db).update(item);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        ReviewService reviews(db);
        if (!allowed) {
            try {
                reviews.submit(author, item.id, reason);
                QFAIL("submitted despite high findings");
            } catch (const RuleError& e) {
                QCOMPARE(e.rule(), RuleError::Rule::HighFindings);
                QVERIFY2(e.message().contains(QString::number(item.id)), qPrintable(e.message()));
            }
            QVERIFY(!ReviewRepository(db).hasOpenRound(item.id));
            QCOMPARE(ItemRepository(db).get(item.id)->status, ItemStatus::Draft);
            AuditFilter f;
            f.failuresOnly = true;
            f.events = {AuditEvent::ReviewSubmitted};
            QCOMPARE(AuditLog(db).count(f), 1);
            return;
        }
        const ReviewRound round = reviews.submit(author, item.id, reason);
        const std::optional<ReviewRound> stored = ReviewRepository(db).latestRound(item.id);
        QVERIFY(stored);
        QCOMPARE(stored->id, round.id);
        QCOMPARE(stored->overrideReason, recorded ? reason : QString());
        AuditFilter f;
        f.events = {AuditEvent::ReviewSubmitted};
        const QList<AuditRecord> records = AuditLog(db).list(f, 0, 10);
        QCOMPARE(records.size(), 1);
        const QJsonObject after = QJsonDocument::fromJson(records.first().after.toUtf8()).object();
        QCOMPARE(after.value(QStringLiteral("overrideReason")).toString(), recorded ? reason : QString());
    }
};

QTEST_GUILESS_MAIN(TestItemScreening)
#include "test_itemscreening.moc"
