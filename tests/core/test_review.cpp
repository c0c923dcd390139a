#include "reviewoffice.h"
#include "testdatabase.h"

#include "domain/itemcontent.h"
#include "review/adminservice.h"
#include "review/auditservice.h"
#include "review/auditverifier.h"
#include "review/authservice.h"
#include "review/itemservice.h"
#include "review/passwordhasher.h"
#include "review/reviewerrors.h"
#include "review/reviewservice.h"
#include "storage/auditlog.h"
#include "storage/credentialrepository.h"
#include "storage/itemrepository.h"
#include "storage/reviewrepository.h"
#include "storage/userrepository.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace gongkai;
using namespace gongkai::test;

Q_DECLARE_METATYPE(gongkai::RuleError::Rule)

namespace {
/// The rule of the RuleError a call throws, or -1 for a PermissionError; QFAILs on anything else.
template <typename F> int refusal(F&& call, QString* message = nullptr)
{
    try {
        call();
    } catch (const RuleError& e) {
        if (message)
            *message = e.message();
        return int(e.rule());
    } catch (const PermissionError& e) {
        if (message)
            *message = e.message();
        return -1;
    }
    QTest::qFail("the call was not refused", __FILE__, __LINE__);
    return -2;
}

qint64 failures(Database& db, const QString& login)
{
    AuditFilter f;
    f.login = login;
    f.failuresOnly = true;
    return AuditLog(db).count(f);
}

const QString kPw = QString::fromLatin1(ReviewOffice::kPassword);
} // namespace

/// The review chain: every rule of signing, the flow from submission to approval, send-back and
/// resubmission, 先审查后公开, racing signers and the chain's configuration; on SQLite and PostgreSQL.
class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase_data() { addBackendRows(); }

    void submitApproveAndPublish()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        Item item = o.draft(db, QStringLiteral("关于开展2024年政务公开工作的通知"));
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        const Session chief = ReviewOffice::login(db, QStringLiteral("lina"));
        const Session leader = ReviewOffice::login(db, QStringLiteral("zhaoli"));
        ReviewService reviews(db);
        ItemService items(db);

        const ReviewRound round = reviews.submit(author, item.id);
        QCOMPARE(round.number, 1);
        QCOMPARE(round.chain.steps.size(), 2); // the principal leader's step is off by default
        QCOMPARE(round.chain.steps.at(0).label, QStringLiteral("科室负责人初审"));
        QCOMPARE(ItemRepository(db).get(item.id)->status, ItemStatus::UnderReview);

        // Frozen: the service refuses (ItemRules; the capabilities say the same beforehand).
        Item edit = *ItemRepository(db).get(item.id);
        edit.title = QStringLiteral("改了标题");
        QVERIFY(!items.capabilities(author, item.id).edit);
        QCOMPARE(refusal([&] { items.update(author, edit); }), int(RuleError::Rule::AlreadyUnderReview));
        QCOMPARE(ItemRepository(db).get(item.id)->title, item.title);

        QCOMPARE(reviews.inboxCount(chief), 1);
        QCOMPARE(reviews.inboxCount(leader), 0);
        QCOMPARE(reviews.inboxCount(author), 0);
        const InboxEntry waiting = reviews.inbox(chief).constFirst();
        QCOMPARE(waiting.itemId, item.id);
        QCOMPARE(waiting.stepIndex, 0);
        QCOMPARE(waiting.department, QStringLiteral("办公室"));
        QCOMPARE(waiting.authorName, QStringLiteral("张伟"));

        const Signature first =
            reviews.approve(chief, item.id, kPw, ReviewOpinion::Disclose, QStringLiteral("无涉密内容"),
                            SeenRound{waiting.roundRowVersion, waiting.stepIndex});
        QCOMPARE(first.signerName, QStringLiteral("李娜"));
        QCOMPARE(first.role, Role::SectionChief);
        QCOMPARE(first.meaning, SignatureMeaning::Review);
        QCOMPARE(first.contentHash, ItemContent::hash(*ItemRepository(db).get(item.id)));
        QCOMPARE(ItemRepository(db).get(item.id)->status, ItemStatus::UnderReview);
        QCOMPARE(reviews.inboxCount(chief), 0);
        QCOMPARE(reviews.inboxCount(leader), 1);

        // A wrong password signs nothing.
        QVERIFY_THROWS_EXCEPTION(AuthError, reviews.approve(leader, item.id, QStringLiteral("Wrong#2024"),
                                                            ReviewOpinion::Disclose, QString()));
        const Signature second = reviews.approve(leader, item.id, kPw, ReviewOpinion::DiscloseWithChanges,
                                                 QStringLiteral("删去第二段的手机号码后公开"));
        QCOMPARE(second.stepIndex, 1);
        QCOMPARE(second.meaning, SignatureMeaning::Approval);
        QCOMPARE(ItemRepository(db).get(item.id)->status, ItemStatus::Approved);

        const ReviewStatus st = reviews.status(author, item.id);
        QCOMPARE(st.rounds.size(), 1);
        QCOMPARE(st.rounds.at(0).state, RoundState::Approved);
        QCOMPARE(st.rounds.at(0).signatures.size(), 2);
        QVERIFY(st.isValid(st.rounds.at(0).signatures.at(0)));
        QCOMPARE(st.approval.kind, ApprovalState::Kind::Electronic);
        QCOMPARE(st.approval.approvedBy, QStringLiteral("赵丽"));

        // 先审查后公开: on or after the day of approval only.
        const QDate approvedOn = second.signedAt.toLocalTime().date();
        QCOMPARE(refusal([&] {
                     items.addPublication(author, item.id, {0, 0, o.seed.portal, approvedOn.addDays(-1), {}});
                 }),
                 int(RuleError::Rule::NotReviewed));
        items.addPublication(author, item.id,
                             {0, 0, o.seed.portal, approvedOn, QStringLiteral("https://example.gov.cn/1")});
        QCOMPARE(ItemRepository(db).get(item.id)->status, ItemStatus::Published);
        QVERIFY(AuditVerifier::verify(db).ok());
    }

    void signingRules_data()
    {
        QTest::addColumn<QString>("author"); ///< who wrote the item
        QTest::addColumn<QString>(
            "before"); ///< what happens first: "", "chief", "zhouping", "sendback", "recall"
        QTest::addColumn<QString>("signer");
        QTest::addColumn<int>("rule");     ///< RuleError::Rule, or -1 for a PermissionError
        QTest::addColumn<QString>("says"); ///< part of the message

        const auto r = [](RuleError::Rule rule) { return int(rule); };
        QTest::newRow("nobody signs their own item")
            << QStringLiteral("lina") << QString() << QStringLiteral("lina") << r(RuleError::Rule::OwnItem)
            << QStringLiteral("own item");
        QTest::newRow("one person signs at most one step")
            << QStringLiteral("zhangwei") << QStringLiteral("zhouping") << QStringLiteral("zhouping")
            << r(RuleError::Rule::SecondStep) << QStringLiteral("at most one step");
        QTest::newRow("no step before the previous one")
            << QStringLiteral("zhangwei") << QString() << QStringLiteral("zhaoli")
            << r(RuleError::Rule::StepOrder) << QStringLiteral("cannot be signed before step 1");
        QTest::newRow("only the role the step names")
            << QStringLiteral("zhangwei") << QString() << QStringLiteral("qianjun")
            << r(RuleError::Rule::WrongRole) << QStringLiteral("Section chief");
        QTest::newRow("only the item's department")
            << QStringLiteral("zhangwei") << QString() << QStringLiteral("wangqiang")
            << r(RuleError::Rule::WrongDepartment) << QStringLiteral("department");
        QTest::newRow("a sent-back round cannot be signed")
            << QStringLiteral("zhangwei") << QStringLiteral("sendback") << QStringLiteral("zhouping")
            << r(RuleError::Rule::RoundClosed) << QStringLiteral("sent back");
        QTest::newRow("a withdrawn round cannot be signed")
            << QStringLiteral("zhangwei") << QStringLiteral("recall") << QStringLiteral("lina")
            << r(RuleError::Rule::RoundClosed) << QStringLiteral("withdrawn");
        QTest::newRow("the administrator cannot sign")
            << QStringLiteral("zhangwei") << QString() << QStringLiteral("admin") << -1
            << QStringLiteral("administrator cannot sign");
        QTest::newRow("nor an administrator who is also a section chief")
            << QStringLiteral("zhangwei") << QString() << QStringLiteral("oldadmin") << -1
            << QStringLiteral("administrator cannot sign");
        QTest::newRow("the auditor cannot sign")
            << QStringLiteral("zhangwei") << QString() << QStringLiteral("audit") << -1
            << QStringLiteral("auditor");
        QTest::newRow("an author cannot sign")
            << QStringLiteral("zhangwei") << QString() << QStringLiteral("liming") << -1
            << QStringLiteral("sign reviews");
    }

    void signingRules()
    {
        QFETCH(QString, author);
        QFETCH(QString, before);
        QFETCH(QString, signer);
        QFETCH(int, rule);
        QFETCH(QString, says);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        // An account from before separation of duties was enforced: both administrator and section chief.
        User old;
        old.login = QStringLiteral("oldadmin");
        old.name = QStringLiteral("老管理员");
        old.departmentId = o.seed.office;
        old.roles = {Role::Administrator, Role::SectionChief};
        const qint64 oldId = UserRepository(db).add(old);
        CredentialRepository(db).setPassword(oldId, PasswordHasher::hash(kPw), false);

        const Session writer = ReviewOffice::login(db, author);
        const Item item = o.draft(db, QStringLiteral("一条待审信息"), writer.userId());
        ReviewService reviews(db);
        reviews.submit(writer, item.id);
        if (before == QLatin1String("chief") || before == QLatin1String("zhouping") ||
            before == QLatin1String("sendback"))
            reviews.approve(ReviewOffice::login(db, before == QLatin1String("zhouping")
                                                        ? QStringLiteral("zhouping")
                                                        : QStringLiteral("lina")),
                            item.id, kPw, ReviewOpinion::Disclose, QString());
        if (before == QLatin1String("sendback"))
            reviews.sendBack(ReviewOffice::login(db, QStringLiteral("zhaoli")), item.id, kPw,
                             QStringLiteral("涉及个人信息，请修改"));
        if (before == QLatin1String("recall"))
            reviews.recall(writer, item.id);

        const Session s = ReviewOffice::login(db, signer);
        const qint64 failedBefore = failures(db, signer);
        const qint64 signaturesBefore =
            db.scalar(QStringLiteral("SELECT COUNT(*) FROM signatures")).toLongLong();
        QString message;
        QCOMPARE(
            refusal([&] { reviews.approve(s, item.id, kPw, ReviewOpinion::Disclose, QString()); }, &message),
            rule);
        QVERIFY2(message.contains(says, Qt::CaseInsensitive), qPrintable(message));
        // Nothing was signed, and the attempt is on record.
        QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM signatures")).toLongLong(), signaturesBefore);
        QCOMPARE(failures(db, signer), failedBefore + 1);
        // Sending back follows the same rules.
        QCOMPARE(refusal([&] { reviews.sendBack(s, item.id, kPw, QStringLiteral("理由")); }), rule);
    }

    void sendBackAndResubmitAsANewRound()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Item item = o.draft(db, QStringLiteral("招商引资工作动态"));
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        const Session chief = ReviewOffice::login(db, QStringLiteral("lina"));
        const Session leader = ReviewOffice::login(db, QStringLiteral("zhaoli"));
        ReviewService reviews(db);
        reviews.submit(author, item.id);
        QCOMPARE(refusal([&] { reviews.sendBack(chief, item.id, kPw, QStringLiteral("  ")); }),
                 int(RuleError::Rule::MissingReason));
        const SendBack back =
            reviews.sendBack(chief, item.id, kPw, QStringLiteral("含手机号码，请脱敏后重新报送。"));
        QCOMPARE(back.name, QStringLiteral("李娜"));
        QCOMPARE(ItemRepository(db).get(item.id)->status, ItemStatus::Rejected);
        QCOMPARE(reviews.inboxCount(chief), 0);

        // The author revises (allowed now) and submits again: round 2; round 1 stays as it was.
        Item revised = *ItemRepository(db).get(item.id);
        revised.summary = QStringLiteral("联系电话：138****1234");
        ItemService(db).update(author, revised);
        QCOMPARE(ItemRepository(db).get(item.id)->status, ItemStatus::Rejected);
        const ReviewRound second = reviews.submit(author, item.id);
        QCOMPARE(second.number, 2);
        reviews.approve(chief, item.id, kPw, ReviewOpinion::Disclose, QString());
        reviews.approve(leader, item.id, kPw, ReviewOpinion::Disclose, QString());
        const ReviewStatus st = reviews.status(author, item.id);
        QCOMPARE(st.rounds.size(), 2);
        QCOMPARE(st.rounds.at(0).state, RoundState::SentBack);
        QVERIFY(st.rounds.at(0).sendBack.has_value());
        QCOMPARE(st.rounds.at(0).sendBack->reason, QStringLiteral("含手机号码，请脱敏后重新报送。"));
        QCOMPARE(st.rounds.at(1).state, RoundState::Approved);
        QCOMPARE(st.item.status, ItemStatus::Approved);
        // Submitting an approved item that has not changed makes no sense.
        QCOMPARE(refusal([&] { reviews.submit(author, item.id); }), int(RuleError::Rule::AlreadyApproved));
        // Both rounds ended today: the month's summary lists them.
        const QDateTime now = db.nowUtc();
        const QList<ReviewRound> ended =
            ReviewRepository(db).roundsEndedBetween(now.addSecs(-3600), now.addSecs(3600));
        QCOMPARE(ended.size(), 2);
        QCOMPARE(ended.at(0).state, RoundState::SentBack);
        QCOMPARE(ended.at(1).conclusion(), std::optional<ReviewOpinion>(ReviewOpinion::Disclose));
        QVERIFY(ReviewRepository(db).roundsEndedBetween(now.addDays(-40), now.addDays(-10)).isEmpty());
    }

    void onlyTheAuthorSubmitsAndRecalls()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Item item = o.draft(db, QStringLiteral("一条信息"));
        ReviewService reviews(db);
        const Session other = ReviewOffice::login(db, QStringLiteral("liming"));
        QCOMPARE(refusal([&] { reviews.submit(other, item.id); }), int(RuleError::Rule::NotAuthor));
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        reviews.submit(author, item.id);
        QCOMPARE(refusal([&] { reviews.submit(author, item.id); }), int(RuleError::Rule::AlreadyUnderReview));
        QCOMPARE(refusal([&] { reviews.recall(other, item.id); }), int(RuleError::Rule::NotAuthor));
        reviews.recall(author, item.id);
        QCOMPARE(ItemRepository(db).get(item.id)->status, ItemStatus::Draft);
        QCOMPARE(ReviewRepository(db).latestRound(item.id)->state, RoundState::Withdrawn);
        QCOMPARE(refusal([&] { reviews.recall(author, item.id); }), int(RuleError::Rule::NotUnderReview));
    }

    void withdrawingEndsTheReview()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Item item = o.draft(db, QStringLiteral("要撤回的信息"));
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        ReviewService(db).submit(author, item.id);
        const int version = ItemRepository(db).get(item.id)->rowVersion;
        // Another author may not withdraw it; its author may (so may its section chief or a leader).
        QCOMPARE(refusal([&] {
                     ItemService(db).withdraw(ReviewOffice::login(db, QStringLiteral("liming")), item.id,
                                              version);
                 }),
                 -1);
        ItemService(db).withdraw(author, item.id, version);
        QCOMPARE(ItemRepository(db).get(item.id)->status, ItemStatus::Withdrawn);
        QCOMPARE(ReviewRepository(db).latestRound(item.id)->state, RoundState::Withdrawn);
        QCOMPARE(refusal([&] {
                     ReviewService(db).approve(ReviewOffice::login(db, QStringLiteral("lina")), item.id, kPw,
                                               ReviewOpinion::Disclose, QString());
                 }),
                 int(RuleError::Rule::ItemWithdrawn));
        // Undoing the withdrawal brings back a draft: the review ended with the withdrawal.
        ItemRepository(db).reinstate(item.id, ItemStatus::UnderReview, version + 1);
        QCOMPARE(ItemRepository(db).get(item.id)->status, ItemStatus::Draft);
        QCOMPARE(ReviewService(db).submit(author, item.id).number, 2);
    }

    void aStepNobodyCanSignIsRefusedAtSubmission()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        // 王强 is 商务科's only section chief: his own item has nobody for its first step.
        Item item = o.seed.item(QStringLiteral("商务科工作动态"));
        item.departmentId = o.seed.commerce;
        item.authorId = o.wangqiang;
        ItemRepository(db).add(item);
        QString message;
        QCOMPARE(refusal(
                     [&] {
                         ReviewService(db).submit(ReviewOffice::login(db, QStringLiteral("wangqiang")),
                                                  item.id);
                     },
                     &message),
                 int(RuleError::Rule::NoEligibleSigner));
        QVERIFY2(message.contains(QStringLiteral("科室负责人初审")), qPrintable(message));
        QCOMPARE(ItemRepository(db).get(item.id)->status, ItemStatus::Draft);
    }

    void racingSignersOneWins()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Item item = o.draft(db, QStringLiteral("两人同时审"));
        ReviewService(db).submit(ReviewOffice::login(db, QStringLiteral("zhangwei")), item.id);
        db.setClock([] { return QDateTime(QDate(2026, 11, 21), QTime(2, 32), Qt::UTC); });

        // Two connections, two section chiefs of 办公室, both looking at step 1.
        std::unique_ptr<Database> other = db.clone();
        const Session lina = ReviewOffice::login(db, QStringLiteral("lina"));
        const Session zhouping = ReviewOffice::login(*other, QStringLiteral("zhouping"));
        const InboxEntry seenByLina = ReviewService(db).inbox(lina).constFirst();
        const InboxEntry seenByZhou = ReviewService(*other).inbox(zhouping).constFirst();
        QCOMPARE(seenByLina.roundRowVersion, seenByZhou.roundRowVersion);

        ReviewService(db).approve(lina, item.id, kPw, ReviewOpinion::Disclose, QString(),
                                  SeenRound{seenByLina.roundRowVersion, seenByLina.stepIndex});
        try {
            ReviewService(*other).approve(zhouping, item.id, kPw, ReviewOpinion::Disclose, QString(),
                                          SeenRound{seenByZhou.roundRowVersion, seenByZhou.stepIndex});
            QFAIL("both signed the same step");
        } catch (const ConflictError& e) {
            const QString expected = QStringLiteral("already signed by 李娜 at %1")
                                         .arg(QDateTime(QDate(2026, 11, 21), QTime(2, 32), Qt::UTC)
                                                  .toLocalTime()
                                                  .toString(QStringLiteral("yyyy-MM-dd HH:mm")));
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
        const ReviewRound round = *ReviewRepository(db).latestRound(item.id);
        QCOMPARE(round.signatures.size(), 1);
        QCOMPARE(round.signatures.at(0).signerLogin, QStringLiteral("lina"));
        QCOMPARE(round.nextStep, 1);
        QCOMPARE(failures(*other, QStringLiteral("zhouping")), 1);
    }

    void racingThreadsOneWins()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Item item = o.draft(db, QStringLiteral("两个线程同时审"));
        ReviewService(db).submit(ReviewOffice::login(db, QStringLiteral("zhangwei")), item.id);
        const int version = ReviewRepository(db).latestRound(item.id)->rowVersion;

        // Each thread signs in on its own connection, then both sign at the same moment.
        QSemaphore ready;
        QSemaphore go;
        std::atomic<int> won{0};
        std::atomic<int> lost{0};
        QStringList messages;
        QMutex mutex;
        auto signer = [&](const QString& login) {
            return QThread::create([&, login] {
                std::unique_ptr<Database> mine = db.clone();
                const Session s = ReviewOffice::login(*mine, login);
                ready.release();
                go.acquire();
                try {
                    ReviewService(*mine).approve(s, item.id, kPw, ReviewOpinion::Disclose, QString(),
                                                 SeenRound{version, 0});
                    ++won;
                } catch (const ConflictError& e) {
                    ++lost;
                    QMutexLocker lock(&mutex);
                    messages << e.message();
                } catch (const std::exception& e) {
                    QMutexLocker lock(&mutex);
                    messages << QString::fromUtf8(e.what());
                }
            });
        };
        std::unique_ptr<QThread> a(signer(QStringLiteral("lina")));
        std::unique_ptr<QThread> b(signer(QStringLiteral("zhouping")));
        a->start();
        b->start();
        ready.acquire(2);
        go.release(2);
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        QCOMPARE(won.load(), 1);
        QVERIFY2(lost.load() == 1, qPrintable(messages.join(QLatin1Char('\n'))));
        const ReviewRound round = *ReviewRepository(db).latestRound(item.id);
        QCOMPARE(round.signatures.size(), 1);
        QVERIFY2(messages.constFirst().contains(
                     QStringLiteral("already signed by %1").arg(round.signatures.at(0).signerName)),
                 qPrintable(messages.constFirst()));
    }

    void publicationNeedsAnApproval_data()
    {
        QTest::addColumn<QString>("state"); ///< how far the item got
        QTest::addColumn<bool>("allowed");
        QTest::newRow("draft") << QStringLiteral("draft") << false;
        QTest::newRow("under review") << QStringLiteral("submitted") << false;
        QTest::newRow("half signed") << QStringLiteral("chief") << false;
        QTest::newRow("sent back") << QStringLiteral("sendback") << false;
        QTest::newRow("recalled") << QStringLiteral("recall") << false;
        QTest::newRow("approved") << QStringLiteral("approved") << true;
        QTest::newRow("approved to withhold") << QStringLiteral("withhold") << false;
        QTest::newRow("historical, reviewed on paper") << QStringLiteral("paper") << true;
    }

    void publicationNeedsAnApproval()
    {
        QFETCH(QString, state);
        QFETCH(bool, allowed);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        Item item = o.seed.item(QStringLiteral("待发布信息"));
        ItemRepository(db).add(item);
        if (state == QLatin1String("paper"))
            ReviewOffice::attestPaper(db, item.id);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        ReviewService reviews(db);
        if (state != QLatin1String("draft") && state != QLatin1String("paper"))
            reviews.submit(author, item.id);
        if (state == QLatin1String("chief") || state == QLatin1String("approved") ||
            state == QLatin1String("withhold") || state == QLatin1String("sendback"))
            reviews.approve(ReviewOffice::login(db, QStringLiteral("lina")), item.id, kPw,
                            ReviewOpinion::Disclose, QString());
        if (state == QLatin1String("approved") || state == QLatin1String("withhold"))
            reviews.approve(ReviewOffice::login(db, QStringLiteral("zhaoli")), item.id, kPw,
                            state == QLatin1String("withhold") ? ReviewOpinion::Withhold
                                                               : ReviewOpinion::Disclose,
                            QString());
        if (state == QLatin1String("sendback"))
            reviews.sendBack(ReviewOffice::login(db, QStringLiteral("zhaoli")), item.id, kPw,
                             QStringLiteral("请修改"));
        if (state == QLatin1String("recall"))
            reviews.recall(author, item.id);

        const Publication p{0, 0, o.seed.portal, QDate::currentDate(), QString()};
        // The service and the repository underneath agree.
        if (allowed) {
            ItemService(db).addPublication(author, item.id, p);
            QCOMPARE(ItemRepository(db).get(item.id)->status, ItemStatus::Published);
            QVERIFY(AuditVerifier::verify(db).ok());
        } else {
            QCOMPARE(refusal([&] { ItemService(db).addPublication(author, item.id, p); }),
                     int(RuleError::Rule::NotReviewed));
            QVERIFY_THROWS_EXCEPTION(ValidationError, ItemRepository(db).addPublication(item.id, p));
            QVERIFY(ItemRepository(db).get(item.id)->publications.isEmpty());
            // Nor can the status be set to published by hand.
            Item forced = *ItemRepository(db).get(item.id);
            if (ReviewRepository(db).hasOpenRound(item.id))
                return;
            forced.status = ItemStatus::Published;
            QVERIFY_THROWS_EXCEPTION(ValidationError, ItemRepository(db).update(forced));
        }
    }

    void changingApprovedContentStartsANewRound()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Item item = o.draft(db, QStringLiteral("原标题"));
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        ReviewService reviews(db);
        reviews.submit(author, item.id);
        reviews.approve(ReviewOffice::login(db, QStringLiteral("lina")), item.id, kPw,
                        ReviewOpinion::Disclose, QString());
        reviews.approve(ReviewOffice::login(db, QStringLiteral("zhaoli")), item.id, kPw,
                        ReviewOpinion::Disclose, QString());
        ItemService(db).addPublication(author, item.id,
                                       {0, 0, o.seed.portal, QDate::currentDate(), QString()});
        // Recording a submission is not a change of content.
        ItemService(db).addSubmission(author, item.id,
                                      {0, 0, o.seed.agency, QDate::currentDate(), false, {}, {}});
        QCOMPARE(ReviewRepository(db).rounds(item.id).size(), 1);

        Item changed = *ItemRepository(db).get(item.id);
        changed.title = QStringLiteral("新标题");
        ItemService(db).update(author, changed);
        QCOMPARE(changed.status, ItemStatus::UnderReview);
        const ReviewStatus st = reviews.status(author, item.id);
        QCOMPARE(st.rounds.size(), 2);
        QCOMPARE(st.rounds.at(1).state, RoundState::Open);
        // The old signatures no longer match the content.
        QVERIFY(!st.isValid(st.rounds.at(0).signatures.at(0)));
        QCOMPARE(st.item.publications.size(), 1);
        // A change made through the program is no tampering.
        QVERIFY(AuditVerifier::verify(db).ok());
        // Once approved again it is published again.
        reviews.approve(ReviewOffice::login(db, QStringLiteral("lina")), item.id, kPw,
                        ReviewOpinion::Disclose, QString());
        reviews.approve(ReviewOffice::login(db, QStringLiteral("zhaoli")), item.id, kPw,
                        ReviewOpinion::Disclose, QString());
        QCOMPARE(ItemRepository(db).get(item.id)->status, ItemStatus::Published);
    }

    void thePrincipalLeaderStepSwitchesOn()
    {
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Session author = ReviewOffice::login(db, QStringLiteral("zhangwei"));
        const Session admin = ReviewOffice::login(db, QStringLiteral("admin"));
        ReviewService reviews(db);
        const Item early = o.draft(db, QStringLiteral("开关前报送"));
        reviews.submit(author, early.id);

        // Only the administrator configures the chain.
        QCOMPARE(refusal([&] {
                     AdminService(db).setStepEnabled(ReviewOffice::login(db, QStringLiteral("zhaoli")), 2,
                                                     true);
                 }),
                 -1);
        QVERIFY_THROWS_EXCEPTION(ValidationError,
                                 AdminService(db).setStepEnabled(admin, 0, false)); // not optional
        AdminService(db).setStepEnabled(admin, 2, true);
        QCOMPARE(AdminService(db).chain(author).active().steps.size(), 3);

        const Item late = o.draft(db, QStringLiteral("开关后报送"));
        QCOMPARE(reviews.submit(author, late.id).chain.steps.size(), 3);
        for (qint64 id : {early.id, late.id}) {
            reviews.approve(ReviewOffice::login(db, QStringLiteral("lina")), id, kPw, ReviewOpinion::Disclose,
                            QString());
            reviews.approve(ReviewOffice::login(db, QStringLiteral("zhaoli")), id, kPw,
                            ReviewOpinion::Disclose, QString());
        }
        // The round started before the switch keeps its two steps.
        QCOMPARE(ItemRepository(db).get(early.id)->status, ItemStatus::Approved);
        QCOMPARE(ItemRepository(db).get(late.id)->status, ItemStatus::UnderReview);
        const Session principal = ReviewOffice::login(db, QStringLiteral("qianjun"));
        QCOMPARE(reviews.inboxCount(principal), 1);
        const Signature s = reviews.approve(principal, late.id, kPw, ReviewOpinion::Disclose, QString());
        QCOMPARE(s.meaning, SignatureMeaning::SignOff);
        QCOMPARE(s.stepLabel, QStringLiteral("主要领导签发"));
        QCOMPARE(ItemRepository(db).get(late.id)->status, ItemStatus::Approved);
        QCOMPARE(AuditLog(db).count(
                     AuditFilter{{}, {}, QStringLiteral("admin"), {AuditEvent::ChainChanged}, {}, 0, false}),
                 1);
    }

    void aSessionOfAnotherDatabaseIsRefused()
    {
        TestDatabase t;
        TestDatabase elsewhere;
        if (!t.open() || !elsewhere.open())
            return;
        const ReviewOffice o = ReviewOffice::create(t.db());
        ReviewOffice::create(elsewhere.db());
        const Item item = o.draft(t.db(), QStringLiteral("一条信息"));
        // Same login, same password, another database: its session is worth nothing here.
        const Session foreign = ReviewOffice::login(elsewhere.db(), QStringLiteral("zhangwei"));
        try {
            ReviewService(t.db()).submit(foreign, item.id);
            QFAIL("a session of another database was accepted");
        } catch (const AuthError& e) {
            QCOMPARE(e.reason(), AuthError::Reason::SessionInvalid);
        }
        QCOMPARE(ItemRepository(t.db()).get(item.id)->status, ItemStatus::Draft);
        AuditFilter f;
        f.events = {AuditEvent::PermissionDenied};
        QCOMPARE(AuditLog(t.db()).count(f), 1);
    }

    void dutiesAreSeparated_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("allowed");
        const QStringList everyone{QStringLiteral("admin"), QStringLiteral("audit"),
                                   QStringLiteral("zhangwei"), QStringLiteral("lina"),
                                   QStringLiteral("zhaoli")};
        const QList<QPair<QString, QString>> allowedBy{
            {QStringLiteral("add department"), QStringLiteral("admin")},
            {QStringLiteral("configure chain"), QStringLiteral("admin")},
            {QStringLiteral("read audit trail"), QStringLiteral("audit")},
            {QStringLiteral("create item"), QStringLiteral("zhangwei")},
            {QStringLiteral("create item"), QStringLiteral("lina")},
            {QStringLiteral("read review"), QStringLiteral("zhangwei")},
            {QStringLiteral("read review"), QStringLiteral("lina")},
            {QStringLiteral("read review"), QStringLiteral("zhaoli")},
        };
        for (const QString& action : {QStringLiteral("add department"), QStringLiteral("configure chain"),
                                      QStringLiteral("read audit trail"), QStringLiteral("create item"),
                                      QStringLiteral("read review")}) {
            for (const QString& login : everyone) {
                const bool allowed = allowedBy.contains({action, login});
                QTest::addRow("%s by %s", qPrintable(action), qPrintable(login))
                    << login << action << allowed;
            }
        }
    }

    void dutiesAreSeparated()
    {
        QFETCH(QString, login);
        QFETCH(QString, action);
        QFETCH(bool, allowed);
        TestDatabase t;
        if (!t.open())
            return;
        Database& db = t.db();
        const ReviewOffice o = ReviewOffice::create(db);
        const Item item = o.draft(db, QStringLiteral("一条信息"));
        const Session s = ReviewOffice::login(db, login);
        const auto attempt = [&] {
            if (action == QLatin1String("add department"))
                AdminService(db).addDepartment(s, QStringLiteral("新科室"));
            else if (action == QLatin1String("configure chain"))
                AdminService(db).setStepEnabled(s, 2, true);
            else if (action == QLatin1String("read audit trail"))
                AuditService(db).list(s, {}, 0, 10);
            else if (action == QLatin1String("create item")) {
                Item i = o.seed.item(QStringLiteral("新信息"));
                i.authorId = 0;
                ItemService(db).create(s, i);
            } else
                ReviewService(db).status(s, item.id);
        };
        const qint64 before = failures(db, login);
        if (allowed) {
            attempt();
            QCOMPARE(failures(db, login), before);
        } else {
            QVERIFY_THROWS_EXCEPTION(PermissionError, attempt());
            AuditFilter f;
            f.login = login;
            f.events = {AuditEvent::PermissionDenied};
            f.failuresOnly = true;
            QCOMPARE(AuditLog(db).count(f), 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestReview)
#include "test_review.moc"
