// The confidentiality pre-screen: markings, personal numbers, e-mail addresses and word lists.
#include "screening/personalnumbers.h"
#include "screening/screener.h"
#include "screening/wordmatcher.h"

#include "error.h"
#include "io/textdecoder.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace gongkai;

namespace {
const QDate kToday(2025, 6, 1);

/// GB 11643's check character, computed here independently of the code under test.
QString withCheckCharacter(const QString& first17)
{
    const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += first17.at(i).digitValue() * weights[i];
    return first17 + QLatin1Char("10X98765432"[sum % 11]);
}

/// Appends the Luhn check digit, computed here independently.
QString withLuhnDigit(const QString& digits)
{
    for (int d = 0; d <= 9; ++d) {
        const QString candidate = digits + QString::number(d);
        int sum = 0;
        for (int i = 0; i < candidate.size(); ++i) {
            int v = candidate.at(candidate.size() - 1 - i).digitValue();
            if (i % 2 == 1)
                v = v * 2 > 9 ? v * 2 - 9 : v * 2;
            sum += v;
        }
        if (sum % 10 == 0)
            return candidate;
    }
    return QString();
}

/// A digit that breaks the Luhn check of a valid number.
QString breakLast(const QString& valid)
{
    QString s = valid;
    const int last = s.back().digitValue();
    s.back() = QChar(u'0' + (last + 1) % 10);
    return s;
}

ScreeningResult screen(const QString& text, const WordList& words = {})
{
    Screener screener(words);
    screener.setToday(kToday);
    return screener.screen(text);
}

QList<Finding> ofKind(const ScreeningResult& r, Finding::Kind kind)
{
    QList<Finding> out;
    for (const Finding& f : r.findings) {
        if (f.kind == kind)
            out << f;
    }
    return out;
}

WordList listOf(const QStringList& terms)
{
    WordList list;
    for (const QString& t : terms)
        list.add({t, QString(), Severity::Warning});
    return list;
}
} // namespace

class TestScreening : public QObject
{
    Q_OBJECT

private slots:
    void residentIds_data();
    void residentIds();
    void checkCharacter();
    void bankCards_data();
    void bankCards();
    void mobiles_data();
    void mobiles();
    void markings_data();
    void markings();
    void emails_data();
    void emails();
    void overlappingTerms();
    void foldedMatching();
    void matcherAgreesWithNaiveSearch_data();
    void matcherAgreesWithNaiveSearch();
    void positionsAndContext();
    void wordListParsing_data();
    void wordListParsing();
    void wordListEditingAndRoundTrip();
    void defaultList();
    void emptyInput();
    void largeInput();
    void limitKeepsCounts();
    void screenerCopiesShareTheList();
};

void TestScreening::residentIds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("matched"); // empty: no ID reported
    QTest::addColumn<QString>("mask");

    const QString beijing = withCheckCharacter(QStringLiteral("11010519491231002"));
    QTest::newRow("GB 11643 example, X")
        << QStringLiteral("身份证号%1。").arg(beijing) << beijing << QStringLiteral("110105********002X");
    QTest::newRow("lower-case x") << QStringLiteral("证件号码11010519491231002x")
                                  << QStringLiteral("11010519491231002x")
                                  << QStringLiteral("110105********002X");
    const QString shenzhen = withCheckCharacter(QStringLiteral("44030419900101123"));
    QTest::newRow("digit check") << QStringLiteral("号码：%1").arg(shenzhen) << shenzhen
                                 << QStringLiteral("440304********1233");
    QTest::newRow("full-width digits")
        << QStringLiteral("４４０３０４１９９００１０１１２３３")
        << QStringLiteral("４４０３０４１９９００１０１１２３３") << QStringLiteral("440304********1233");
    QTest::newRow("grouped 6-8-4") << QStringLiteral("号码 440304 19900101 1233 已登记")
                                   << QStringLiteral("440304 19900101 1233")
                                   << QStringLiteral("440304********1233");
    const QString leapDay = withCheckCharacter(QStringLiteral("11010120000229123"));
    QTest::newRow("29 February 2000") << leapDay << leapDay << QStringLiteral("110101********123X");
    QTest::newRow("born 1900") << withCheckCharacter(QStringLiteral("51010119000101001"))
                               << withCheckCharacter(QStringLiteral("51010119000101001"))
                               << QStringLiteral("510101********0019");
    QTest::newRow("old 15 digits") << QStringLiteral("旧证110101900307123")
                                   << QStringLiteral("110101900307123") << QStringLiteral("110101*****7123");

    QTest::newRow("wrong check digit") << QStringLiteral("110101199003071234") << QString() << QString();
    QTest::newRow("30 February") << withCheckCharacter(QStringLiteral("11010119990230123")) << QString()
                                 << QString();
    QTest::newRow("29 February 1999")
        << withCheckCharacter(QStringLiteral("11010119990229123")) << QString() << QString();
    QTest::newRow("born 1899") << withCheckCharacter(QStringLiteral("11010118991231123")) << QString()
                               << QString();
    QTest::newRow("born after today")
        << withCheckCharacter(QStringLiteral("11010120250602123")) << QString() << QString();
    QTest::newRow("region 0") << withCheckCharacter(QStringLiteral("01010119900101123")) << QString()
                              << QString();
    QTest::newRow("region 9") << withCheckCharacter(QStringLiteral("91010119900101123")) << QString()
                              << QString();
    QTest::newRow("inside a longer run")
        << QStringLiteral("7") + shenzhen + QStringLiteral("8") << QString() << QString();
    QTest::newRow("17 digits") << shenzhen.left(17) << QString() << QString();
    QTest::newRow("old, month 13") << QStringLiteral("110101901307123") << QString() << QString();
    QTest::newRow("X not at the end") << QStringLiteral("1101051949123100X2") << QString() << QString();
}

void TestScreening::residentIds()
{
    QFETCH(QString, text);
    QFETCH(QString, matched);
    QFETCH(QString, mask);
    const QList<Finding> ids = ofKind(screen(text), Finding::Kind::ResidentId);
    if (matched.isEmpty()) {
        QVERIFY2(ids.isEmpty(), qPrintable(ids.value(0).text));
        return;
    }
    QCOMPARE(ids.size(), 1);
    QCOMPARE(ids.at(0).text, matched);
    QCOMPARE(ids.at(0).severity, Severity::High);
    QCOMPARE(ids.at(0).suggestion, mask);
    QCOMPARE(ids.at(0).offset, text.indexOf(matched));
}

void TestScreening::checkCharacter()
{
    QRandomGenerator rng(11643);
    for (int i = 0; i < 500; ++i) {
        QString first17 = QString::number(rng.bounded(1, 9));
        while (first17.size() < 17)
            first17 += QString::number(rng.bounded(10));
        QCOMPARE(PersonalNumbers::residentIdCheckCharacter(first17), withCheckCharacter(first17).back());
    }
}

void TestScreening::bankCards_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("matched");
    QTest::addColumn<QString>("mask");

    const QString unionPay16 = withLuhnDigit(QStringLiteral("622202123456789"));
    const QString unionPay19 = withLuhnDigit(QStringLiteral("621700123456789012"));
    const QString visa = withLuhnDigit(QStringLiteral("411111111111111"));
    QTest::newRow("16 digits") << QStringLiteral("卡号%1").arg(unionPay16) << unionPay16
                               << QStringLiteral("6222 **** **** 7894");
    QTest::newRow("19 digits") << QStringLiteral("卡号：%1。").arg(unionPay19) << unionPay19
                               << QStringLiteral("6217 **** **** 0122");
    QTest::newRow("visa") << visa << visa << QStringLiteral("4111 **** **** 1111");
    QTest::newRow("groups of four") << QStringLiteral("账号 6222 0212 3456 7894 开户行")
                                    << QStringLiteral("6222 0212 3456 7894")
                                    << QStringLiteral("6222 **** **** 7894");
    QTest::newRow("19 in groups") << QStringLiteral("6217 0012 3456 7890 122")
                                  << QStringLiteral("6217 0012 3456 7890 122")
                                  << QStringLiteral("6217 **** **** 0122");
    QTest::newRow("dashes") << QStringLiteral("6222-0212-3456-7894") << QStringLiteral("6222-0212-3456-7894")
                            << QStringLiteral("6222 **** **** 7894");

    QTest::newRow("fails Luhn") << breakLast(unionPay16) << QString() << QString();
    QTest::newRow("19 fails Luhn") << breakLast(unionPay19) << QString() << QString();
    QTest::newRow("15 digits") << withLuhnDigit(QStringLiteral("62220212345678")) << QString() << QString();
    QTest::newRow("20 digits") << withLuhnDigit(QStringLiteral("6222021234567890123")) << QString()
                               << QString();
    // Passes Luhn, but it is a table of years, not a card: no issuer starts with 2021.
    QTest::newRow("years") << QStringLiteral("2021 2022 2023 2022") << QString() << QString();
}

void TestScreening::bankCards()
{
    QFETCH(QString, text);
    QFETCH(QString, matched);
    QFETCH(QString, mask);
    const QList<Finding> cards = ofKind(screen(text), Finding::Kind::BankCard);
    if (matched.isEmpty()) {
        QVERIFY2(cards.isEmpty(), qPrintable(cards.value(0).text));
        return;
    }
    QCOMPARE(cards.size(), 1);
    QCOMPARE(cards.at(0).text, matched);
    QCOMPARE(cards.at(0).severity, Severity::High);
    QCOMPARE(cards.at(0).suggestion, mask);
}

void TestScreening::mobiles_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("matched");

    QTest::newRow("plain") << QStringLiteral("联系电话13812345678。")
                           << QStringList{QStringLiteral("13812345678")};
    QTest::newRow("3-4-4 spaces") << QStringLiteral("电话 138 1234 5678")
                                  << QStringList{QStringLiteral("138 1234 5678")};
    QTest::newRow("3-4-4 dashes") << QStringLiteral("138-1234-5678")
                                  << QStringList{QStringLiteral("138-1234-5678")};
    QTest::newRow("+86") << QStringLiteral("Tel: +8613812345678")
                         << QStringList{QStringLiteral("+8613812345678")};
    QTest::newRow("+86 grouped") << QStringLiteral("+86 138 1234 5678")
                                 << QStringList{QStringLiteral("+86 138 1234 5678")};
    QTest::newRow("86-") << QStringLiteral("86-13812345678") << QStringList{QStringLiteral("86-13812345678")};
    QTest::newRow("full-width") << QStringLiteral("１３８１２３４５６７８")
                                << QStringList{QStringLiteral("１３８１２３４５６７８")};
    QTest::newRow("two numbers") << QStringLiteral("13812345678 13912345678")
                                 << QStringList{QStringLiteral("13812345678"), QStringLiteral("13912345678")};
    QTest::newRow("after a year") << QStringLiteral("2024-13812345678")
                                  << QStringList{QStringLiteral("13812345678")};
    QTest::newRow("starts 12") << QStringLiteral("12812345678") << QStringList();
    QTest::newRow("10 digits") << QStringLiteral("1381234567") << QStringList();
    QTest::newRow("12 digits") << QStringLiteral("138123456789") << QStringList();
    QTest::newRow("landline") << QStringLiteral("0551-62345678") << QStringList();
    QTest::newRow("4-4-3") << QStringLiteral("1381 2345 678") << QStringList();
}

void TestScreening::mobiles()
{
    QFETCH(QString, text);
    QFETCH(QStringList, matched);
    const QList<Finding> phones = ofKind(screen(text), Finding::Kind::MobilePhone);
    QStringList found;
    for (const Finding& f : phones) {
        found << f.text;
        QCOMPARE(f.severity, Severity::High);
        QVERIFY(f.suggestion.contains(QLatin1String("****")));
    }
    QCOMPARE(found, matched);
    if (!phones.isEmpty())
        QCOMPARE(phones.at(0).suggestion, QStringLiteral("138****5678"));
}

void TestScreening::markings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("matched"); // empty: no marking
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("severity");

    const int cls = int(Finding::Kind::ClassificationMarking);
    const int prot = int(Finding::Kind::ProtectionMarking);
    const int high = int(Severity::High);
    const int warn = int(Severity::Warning);
    const QString body =
        QStringLiteral("\n关于印发工作方案的通知\n各科室：\n现将方案印发给你们，请认真贯彻执行。\n");

    QTest::newRow("秘密★1年") << QStringLiteral("秘密★1年") + body << QStringLiteral("秘密★1年") << cls
                              << high;
    QTest::newRow("机密★长期") << QStringLiteral("机密★长期") + body << QStringLiteral("机密★长期") << cls
                               << high;
    QTest::newRow("绝密★") << QStringLiteral("绝密★") + body << QStringLiteral("绝密★") << cls << high;
    QTest::newRow("秘密★6个月") << QStringLiteral("秘密★6个月") << QStringLiteral("秘密★6个月") << cls
                                << high;
    QTest::newRow("绝密★启用前") << QStringLiteral("绝密★启用前") << QStringLiteral("绝密★启用前") << cls
                                 << high;
    QTest::newRow("机密☆十年") << QStringLiteral("机密☆十年") << QStringLiteral("机密☆十年") << cls << high;
    QTest::newRow("ASCII star with period")
        << QStringLiteral("秘密*1年") << QStringLiteral("秘密*1年") << cls << high;
    QTest::newRow("spaces") << QStringLiteral("机密 ★ 10年") << QStringLiteral("机密 ★ 10年") << cls << high;
    QTest::newRow("star in prose") << body + QStringLiteral("此件为秘密★1年，不得外传。")
                                   << QStringLiteral("秘密★1年") << cls << high;
    QTest::newRow("header line") << QStringLiteral("机密") + body << QStringLiteral("机密") << cls << high;
    QTest::newRow("header with urgency")
        << QStringLiteral("\n秘密  特急") + body << QStringLiteral("秘密") << cls << high;
    QTest::newRow("header label") << QStringLiteral("密级：秘密") + body << QStringLiteral("秘密") << cls
                                  << high;
    QTest::newRow("alone further down")
        << body + body + QStringLiteral("秘密\n") << QStringLiteral("秘密") << cls << warn;

    QTest::newRow("商业秘密") << QStringLiteral("依法保护商业秘密。") << QString() << cls << 0;
    QTest::newRow("保守国家秘密") << QStringLiteral("保守国家秘密是公民的义务") << QString() << cls << 0;
    QTest::newRow("prose at the top") << QStringLiteral("秘密的事情不要说") + body << QString() << cls << 0;
    QTest::newRow("ASCII star without period") << QStringLiteral("**秘密**") << QString() << cls << 0;

    QTest::newRow("内部资料") << QStringLiteral("内部资料 注意保存") << QStringLiteral("内部资料") << prot
                              << warn;
    QTest::newRow("注意保密") << body + QStringLiteral("请注意保密。") << QStringLiteral("注意保密") << prot
                              << warn;
    QTest::newRow("内部使用") << QStringLiteral("仅供内部使用") << QStringLiteral("内部使用") << prot << warn;
    QTest::newRow("涉密") << QStringLiteral("涉密人员") << QStringLiteral("涉密") << prot << warn;
}

void TestScreening::markings()
{
    QFETCH(QString, text);
    QFETCH(QString, matched);
    QFETCH(int, kind);
    QFETCH(int, severity);
    const QList<Finding> found = ofKind(screen(text), Finding::Kind(kind));
    if (matched.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.value(0).text));
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).text, matched);
    QCOMPARE(int(found.at(0).severity), severity);
}

void TestScreening::emails_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("matched");
    QTest::addColumn<QString>("mask");

    QTest::newRow("plain") << QStringLiteral("邮箱zhangsan@example.gov.cn。")
                           << QStringLiteral("zhangsan@example.gov.cn")
                           << QStringLiteral("z***@example.gov.cn");
    QTest::newRow("full stop after") << QStringLiteral("Write to li.si+news@mail.example.com.")
                                     << QStringLiteral("li.si+news@mail.example.com")
                                     << QStringLiteral("l***@mail.example.com");
    QTest::newRow("no domain dot") << QStringLiteral("user@localhost") << QString() << QString();
    QTest::newRow("numeric top level") << QStringLiteral("a@1.2") << QString() << QString();
    QTest::newRow("bare @") << QStringLiteral("@某某 你好") << QString() << QString();
}

void TestScreening::emails()
{
    QFETCH(QString, text);
    QFETCH(QString, matched);
    QFETCH(QString, mask);
    const QList<Finding> found = ofKind(screen(text), Finding::Kind::Email);
    if (matched.isEmpty()) {
        QVERIFY(found.isEmpty());
        return;
    }
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0).text, matched);
    QCOMPARE(found.at(0).severity, Severity::Warning);
    QCOMPARE(found.at(0).suggestion, mask);
}

void TestScreening::overlappingTerms()
{
    WordList words;
    words.add({QStringLiteral("他"), QString(), Severity::Info});
    words.add({QStringLiteral("他们"), QString(), Severity::Warning});
    words.add({QStringLiteral("他们的"), QStringLiteral("其"), Severity::High});
    words.add({QStringLiteral("们的书"), QString(), Severity::Warning});
    const ScreeningResult r = screen(QStringLiteral("这是他们的书，他说。"), words);
    const QList<Finding> found = ofKind(r, Finding::Kind::ListedWord);
    QStringList texts;
    QList<qsizetype> offsets;
    for (const Finding& f : found) {
        texts << f.text;
        offsets << f.offset;
    }
    // Ordered by offset, longest first at the same offset.
    QCOMPARE(texts, (QStringList{QStringLiteral("他们的"), QStringLiteral("他们"), QStringLiteral("他"),
                                 QStringLiteral("们的书"), QStringLiteral("他")}));
    QCOMPARE(offsets, (QList<qsizetype>{2, 2, 2, 3, 7}));
    QCOMPARE(found.at(0).severity, Severity::High);
    QCOMPARE(found.at(0).suggestion, QStringLiteral("其"));
    QCOMPARE(r.highCount, 1);
    QCOMPARE(r.warningCount, 2);
    QCOMPARE(r.infoCount, 2);
}

void TestScreening::foldedMatching()
{
    const WordList words = listOf({QStringLiteral("vpn"), QStringLiteral("Ｗｉｆｉ")});
    const ScreeningResult r = screen(QStringLiteral("VPN 与 ｖｐｎ，wifi 和 WiFi"), words);
    QStringList texts;
    for (const Finding& f : r.findings)
        texts << f.text;
    QCOMPARE(texts, (QStringList{QStringLiteral("VPN"), QStringLiteral("ｖｐｎ"), QStringLiteral("wifi"),
                                 QStringLiteral("WiFi")}));
}

void TestScreening::matcherAgreesWithNaiveSearch_data()
{
    QTest::addColumn<QString>("alphabet");
    QTest::addColumn<int>("maxPatterns");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<int>("textLength");

    // A tiny alphabet overlaps everywhere, which is where an automaton goes wrong; a large one gives
    // nodes with many children, which is where a double array goes wrong.
    QTest::newRow("tiny alphabet") << QStringLiteral("ab秘密\U0001F600") << 60 << 6 << 400;
    QString large;
    for (char16_t u = 0x4E00; u < 0x4E00 + 300; ++u)
        large += QChar(u);
    QTest::newRow("300 characters") << large << 3000 << 4 << 20000;
    QTest::newRow("300 characters, short patterns") << large << 5000 << 2 << 20000;
}

void TestScreening::matcherAgreesWithNaiveSearch()
{
    QFETCH(QString, alphabet);
    QFETCH(int, maxPatterns);
    QFETCH(int, maxLength);
    QFETCH(int, textLength);
    QRandomGenerator rng(4);
    const auto randomText = [&](int length) {
        QString s;
        for (int i = 0; i < length; ++i)
            s += alphabet.at(rng.bounded(int(alphabet.size())));
        return s;
    };
    for (int round = 0; round < 10; ++round) {
        QStringList patterns;
        const int count = rng.bounded(1, maxPatterns);
        for (int i = 0; i < count; ++i)
            patterns << randomText(rng.bounded(1, maxLength + 1));
        const QString text = randomText(textLength);
        const WordMatcher matcher(patterns);
        std::vector<WordMatcher::Hit> hits;
        matcher.findAll(text, hits);
        std::vector<std::pair<qsizetype, int>> got;
        for (const auto& h : hits)
            got.emplace_back(h.end, h.pattern);
        std::vector<std::pair<qsizetype, int>> expected;
        for (int p = 0; p < patterns.size(); ++p) {
            for (qsizetype at = text.indexOf(patterns.at(p)); at >= 0;
                 at = text.indexOf(patterns.at(p), at + 1))
                expected.emplace_back(at + patterns.at(p).size(), p);
        }
        std::sort(got.begin(), got.end());
        std::sort(expected.begin(), expected.end());
        QVERIFY2(got == expected, qPrintable(QStringLiteral("round %1: %2 hits, expected %3")
                                                 .arg(round)
                                                 .arg(got.size())
                                                 .arg(expected.size())));
        QVERIFY(round > 0 || !expected.empty());
    }
}

void TestScreening::positionsAndContext()
{
    // Line 3 holds a surrogate pair (one character, two code units) before the phone number.
    const QString text = QStringLiteral(
        "标题\r\n第二行\n\U0001F600联系人：张三，电话13812345678，地址略。其后还有很多很多很多很多文字");
    const ScreeningResult r = screen(text);
    const QList<Finding> phones = ofKind(r, Finding::Kind::MobilePhone);
    QCOMPARE(phones.size(), 1);
    const Finding& f = phones.at(0);
    QCOMPARE(f.line, 3);
    QCOMPARE(f.column, 11);
    QCOMPARE(f.offset, text.indexOf(QLatin1String("138")));
    QCOMPARE(f.length, 11);
    QCOMPARE(f.contextBefore, QStringLiteral("\U0001F600联系人：张三，电话"));
    QCOMPARE(f.contextAfter, QStringLiteral("，地址略。其后还有很多很多很多"));
    QCOMPARE(f.contextAfter.size(), Screener::kContextLength);

    const QJsonObject json = f.toJson();
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("mobile-phone"));
    QCOMPARE(json.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    QCOMPARE(json.value(QStringLiteral("line")).toInt(), 3);
    QCOMPARE(json.value(QStringLiteral("suggestion")).toString(), QStringLiteral("138****5678"));
    QCOMPARE(Finding::kindFromKey(u"mobile-phone"), Finding::Kind::MobilePhone);

    // Several findings on one line count columns from their own starts.
    const ScreeningResult two = screen(QStringLiteral("甲\n一13812345678二13912345678"));
    QCOMPARE(two.findings.size(), 2);
    QCOMPARE(two.findings.at(0).column, 2);
    QCOMPARE(two.findings.at(1).column, 14);
    QCOMPARE(two.findings.at(1).line, 2);
}

void TestScreening::wordListParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("terms");
    QTest::addColumn<QStringList>("corrections");
    QTest::addColumn<QList<int>>("severities");
    QTest::addColumn<QString>("error"); // part of the error message, or empty

    const int w = int(Severity::Warning);
    QTest::newRow("terms only") << QStringLiteral("甲\n乙\r\n")
                                << QStringList{QStringLiteral("甲"), QStringLiteral("乙")}
                                << QStringList{QString(), QString()} << QList<int>{w, w} << QString();
    QTest::newRow("all fields")
        << QStringLiteral("# comment\n\n做为\t作为\thigh\n其它\t其他\t提示\n涉黄\t\t高\n")
        << QStringList{QStringLiteral("做为"), QStringLiteral("其它"), QStringLiteral("涉黄")}
        << QStringList{QStringLiteral("作为"), QStringLiteral("其他"), QString()}
        << QList<int>{int(Severity::High), int(Severity::Info), int(Severity::High)} << QString();
    QTest::newRow("BOM and spaces") << QStringLiteral("\uFEFF  甲 \t 乙 \t Warning ")
                                    << QStringList{QStringLiteral("甲")} << QStringList{QStringLiteral("乙")}
                                    << QList<int>{w} << QString();
    QTest::newRow("last wins") << QStringLiteral("甲\t乙\n甲\t丙") << QStringList{QStringLiteral("甲")}
                               << QStringList{QStringLiteral("丙")} << QList<int>{w} << QString();
    QTest::newRow("bad severity") << QStringLiteral("甲\n乙\t丙\turgent") << QStringList() << QStringList()
                                  << QList<int>() << QStringLiteral("line 2");
    QTest::newRow("four fields") << QStringLiteral("甲\t乙\thigh\tx") << QStringList() << QStringList()
                                 << QList<int>() << QStringLiteral("line 1");
    QTest::newRow("too long") << QStringLiteral("# x\n") + QString(200, QChar(u'长')) << QStringList()
                              << QStringList() << QList<int>() << QStringLiteral("line 2");
    QTest::newRow("empty term") << QStringLiteral("\t乙") << QStringList() << QStringList() << QList<int>()
                                << QStringLiteral("line 1");
}

void TestScreening::wordListParsing()
{
    QFETCH(QString, text);
    QFETCH(QStringList, terms);
    QFETCH(QStringList, corrections);
    QFETCH(QList<int>, severities);
    QFETCH(QString, error);
    try {
        const WordList list = WordList::fromText(text);
        QVERIFY2(error.isEmpty(), "parsed a list that should fail");
        QCOMPARE(list.size(), terms.size());
        for (int i = 0; i < terms.size(); ++i) {
            QCOMPARE(list.entries().at(i).term, terms.at(i));
            QCOMPARE(list.entries().at(i).correction, corrections.at(i));
            QCOMPARE(int(list.entries().at(i).severity), severities.at(i));
        }
    } catch (const Error& e) {
        QVERIFY2(!error.isEmpty(), qPrintable(e.message()));
        QVERIFY2(e.message().contains(error), qPrintable(e.message()));
    }
}

void TestScreening::wordListEditingAndRoundTrip()
{
    WordList list;
    list.add({QStringLiteral("国家旅游局"), QStringLiteral("文化和旅游部"), Severity::Warning});
    list.add({QStringLiteral(" 做为 "), QStringLiteral("作为"), Severity::High});
    list.add({QStringLiteral("其它"), QString(), Severity::Info});
    QCOMPARE(list.size(), 3);
    QVERIFY(list.contains(QStringLiteral("做为")));
    QCOMPARE(list.find(QStringLiteral("做为"))->severity, Severity::High);
    QVERIFY(list.remove(QStringLiteral("国家旅游局")));
    QVERIFY(!list.remove(QStringLiteral("国家旅游局")));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.find(QStringLiteral("其它"))->term,
             QStringLiteral("其它")); // the index follows the removal
    QVERIFY_THROWS_EXCEPTION(Error, list.add({QStringLiteral("甲\t乙"), QString(), Severity::Info}));
    QVERIFY_THROWS_EXCEPTION(Error, list.add({QStringLiteral("  "), QString(), Severity::Info}));

    const WordList again = WordList::fromText(list.toText());
    QCOMPARE(again, list);

    // The same list as GBK bytes.
    QCOMPARE(WordList::fromData(TextDecoder::encodeGb18030(list.toText())), list);
}

void TestScreening::defaultList()
{
    const WordList list = WordList::defaultList();
    QVERIFY(list.size() >= 30);
    QCOMPARE(list.find(QStringLiteral("做为"))->correction, QStringLiteral("作为"));
    const ScreeningResult r = screen(QStringLiteral("做为国家工商行政管理总局的派出机构"), list);
    const QList<Finding> words = ofKind(r, Finding::Kind::ListedWord);
    QCOMPARE(words.size(), 2);
    QCOMPARE(words.at(0).suggestion, QStringLiteral("作为"));
    QCOMPARE(words.at(1).suggestion, QStringLiteral("国家市场监督管理总局"));
    // Common words that contain a listed term's characters are not hit.
    QVERIFY(screen(QStringLiteral("农业部门和卫生部门的环境保护部门"), list).findings.isEmpty());
}

void TestScreening::emptyInput()
{
    QVERIFY(screen(QString()).findings.isEmpty());
    QVERIFY(screen(QString(), listOf({QStringLiteral("甲")})).findings.isEmpty());
    QVERIFY(screen(QStringLiteral("\n\n\n")).findings.isEmpty());
    const WordMatcher none;
    std::vector<WordMatcher::Hit> hits;
    none.findAll(QStringLiteral("任何文字"), hits);
    QVERIFY(hits.empty());
    // An empty pattern never matches; the others still do.
    const WordMatcher withEmpty(QStringList{QString(), QStringLiteral("文字")});
    withEmpty.findAll(QStringLiteral("任何文字"), hits);
    QCOMPARE(hits.size(), size_t(1));
    QCOMPARE(hits.at(0).pattern, 1);
    QCOMPARE(hits.at(0).end, 4);
}

void TestScreening::largeInput()
{
    // About 4 MB of prose with findings planted at known places, the first and the last at the very
    // edges of the text.
    const QString phone = QStringLiteral("13812345678");
    const QString paragraph =
        QStringLiteral("根据《中华人民共和国政府信息公开条例》规定，现将本机关年度工作情况报告如下。\n");
    QString text = phone;
    QList<qsizetype> planted{0};
    int lines = 1;
    while (text.size() < 2 * 1024 * 1024) {
        text += paragraph;
        ++lines;
        if (lines % 997 == 0) {
            planted << text.size();
            text += QStringLiteral("他们");
        }
    }
    planted << text.size();
    text += phone;

    WordList words = listOf({QStringLiteral("他们")});
    for (int i = 0; i < 5000; ++i)
        words.add({QStringLiteral("无关词%1").arg(i), QString(), Severity::Info});
    const ScreeningResult r = screen(text, words);
    QList<qsizetype> offsets;
    for (const Finding& f : r.findings)
        offsets << f.offset;
    QCOMPARE(offsets, planted);
    QCOMPARE(r.findings.constFirst().kind, Finding::Kind::MobilePhone);
    QCOMPARE(r.findings.constLast().kind, Finding::Kind::MobilePhone);
    QCOMPARE(r.findings.constLast().line, int(text.count(QLatin1Char('\n'))) + 1);
    QCOMPARE(r.findings.constLast().contextAfter, QString());
}

void TestScreening::limitKeepsCounts()
{
    QString text;
    for (int i = 0; i < 50; ++i)
        text += QStringLiteral("涉密；");
    Screener screener;
    screener.setMaxFindings(10);
    const ScreeningResult r = screener.screen(text);
    QCOMPARE(r.findings.size(), 10);
    QCOMPARE(r.warningCount, 50);
    QVERIFY(r.truncated());
    QVERIFY(!r.hasHigh());
}

void TestScreening::screenerCopiesShareTheList()
{
    Screener a(listOf({QStringLiteral("甲")}));
    const Screener b = a;
    a = Screener(listOf({QStringLiteral("乙")}));
    QCOMPARE(b.screen(QStringLiteral("甲乙")).findings.size(), 1);
    QCOMPARE(b.screen(QStringLiteral("甲乙")).findings.at(0).text, QStringLiteral("甲"));
    QCOMPARE(a.screen(QStringLiteral("甲乙")).findings.at(0).text, QStringLiteral("乙"));
    QCOMPARE(b.words().size(), 1);
}

QTEST_GUILESS_MAIN(TestScreening)
#include "test_screening.moc"
