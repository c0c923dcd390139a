#include "io/csvreader.h"
#include "io/csvwriter.h"
#include "io/itemcsvformat.h"
#include "io/textdecoder.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace gongkai;

namespace {
QByteArray readData(const char* name)
{
    QFile file(QStringLiteral(GONGKAI_TEST_DATA_DIR "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open test data %s", name);
    return file.readAll();
}

QStringList strings(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* t : texts)
        list << QString::fromUtf8(t);
    return list;
}

/// Records as "line:field|field|…" so a whole parse compares in one QCOMPARE.
QStringList readAll(const QString& text, QString* error = nullptr, int* errorLine = nullptr)
{
    CsvReader reader(text);
    CsvReader::Record record;
    QStringList out;
    while (reader.next(&record))
        out << QStringLiteral("%1:%2").arg(record.line).arg(record.fields.join(QLatin1Char('|')));
    if (error)
        *error = reader.errorString();
    if (errorLine)
        *errorLine = reader.errorLine();
    return out;
}
} // namespace

/// The CSV reader and writer, the encoding detection and the cell formats: no database.
class TestCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void reader_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("records");
        QTest::newRow("plain") << QStringLiteral("a,b,c\n1,2,3\n") << strings({"1:a|b|c", "2:1|2|3"});
        QTest::newRow("no final newline") << QStringLiteral("a,b\n1,2") << strings({"1:a|b", "2:1|2"});
        QTest::newRow("crlf") << QStringLiteral("a,b\r\n1,2\r\n") << strings({"1:a|b", "2:1|2"});
        QTest::newRow("lone cr") << QStringLiteral("a,b\r1,2\r") << strings({"1:a|b", "2:1|2"});
        QTest::newRow("empty fields") << QStringLiteral(",a,,\n") << strings({"1:|a||"});
        QTest::newRow("trailing comma at end of text") << QStringLiteral("a,") << strings({"1:a|"});
        QTest::newRow("quoted comma") << QStringLiteral("\"a,b\",c\n") << strings({"1:a,b|c"});
        QTest::newRow("doubled quotes")
            << QStringLiteral("\"say \"\"hi\"\"\",x\n") << strings({"1:say \"hi\"|x"});
        QTest::newRow("only a doubled quote") << QStringLiteral("\"\"\"\"\n") << strings({"1:\""});
        QTest::newRow("quoted empty") << QStringLiteral("\"\",a\n") << strings({"1:|a"});
        QTest::newRow("newline in quotes, line numbers follow")
            << QStringLiteral("h1,h2\n\"one\ntwo\",x\nnext,y\n")
            << strings({"1:h1|h2", "2:one\ntwo|x", "4:next|y"});
        QTest::newRow("crlf in quotes becomes lf")
            << QStringLiteral("\"a\r\nb\",c\r\nd,e\r\n") << strings({"1:a\nb|c", "3:d|e"});
        QTest::newRow("blank line inside quotes is kept")
            << QStringLiteral("\"a\n\nb\"\nc\n") << strings({"1:a\n\nb", "4:c"});
        QTest::newRow("blank lines skipped, numbers kept")
            << QStringLiteral("a\n\n\r\nb\n\n") << strings({"1:a", "4:b"});
        QTest::newRow("blanks before quote") << QStringLiteral("x,  \"a,b\"  ,y\n") << strings({"1:x|a,b|y"});
        QTest::newRow("quote inside unquoted field is literal")
            << QStringLiteral("5\" disk,a\n") << strings({"1:5\" disk|a"});
        QTest::newRow("spaces kept") << QStringLiteral(" a , b \n") << strings({"1: a | b "});
        QTest::newRow("chinese") << QStringLiteral("标题，全角逗号,科室\n")
                                 << strings({"1:标题，全角逗号|科室"});
        QTest::newRow("empty text") << QString() << QStringList{};
    }

    void reader()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, records);
        QString error;
        QCOMPARE(readAll(text, &error), records);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void readerErrors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("recordsBefore");
        QTest::addColumn<int>("errorLine");
        QTest::addColumn<QString>("errorText");
        QTest::newRow("unterminated quote") << QStringLiteral("a,b\n1,\"open\n2,3\n4,5\n")
                                            << strings({"1:a|b"}) << 2 << QStringLiteral("closing quote");
        QTest::newRow("unterminated at the very end")
            << QStringLiteral("a\nb\n\"") << strings({"1:a", "2:b"}) << 3 << QStringLiteral("closing quote");
        QTest::newRow("text after closing quote") << QStringLiteral("a\n\"x\"y,z\n") << strings({"1:a"}) << 2
                                                  << QStringLiteral("after the closing quote");
        QTest::newRow("text after closing quote on a later line")
            << QStringLiteral("\"x\ny\"z\n") << QStringList{} << 2
            << QStringLiteral("after the closing quote");
    }

    void readerErrors()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, recordsBefore);
        QFETCH(int, errorLine);
        QFETCH(QString, errorText);
        QString error;
        int line = 0;
        QCOMPARE(readAll(text, &error, &line), recordsBefore);
        QCOMPARE(line, errorLine);
        QVERIFY2(error.contains(errorText), qPrintable(error));
    }

    void writerQuotesWhatNeedsIt_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("abc") << QStringLiteral("abc");
        QTest::newRow("chinese comma needs none") << QStringLiteral("甲，乙") << QStringLiteral("甲，乙");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("a\"b") << QStringLiteral("\"a\"\"b\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("leading space") << QStringLiteral(" a") << QStringLiteral("\" a\"");
        QTest::newRow("empty") << QString() << QString();
    }

    void writerQuotesWhatNeedsIt()
    {
        QFETCH(QString, field);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::quoted(field), written);
    }

    void writerReaderRoundTrip()
    {
        const QList<QStringList> records{
            {QStringLiteral("编号"), QStringLiteral("标题"), QString()},
            {QStringLiteral("1"), QStringLiteral("关于\"双随机\"的通知, 第2号"),
             QStringLiteral("第一段\n第二段\n")},
            {QStringLiteral(""), QStringLiteral("\"\""), QStringLiteral(",")},
        };
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        writer.writeBom();
        for (const QStringList& r : records)
            writer.writeRecord(r);
        QVERIFY(writer.ok());
        QVERIFY(data.startsWith("\xEF\xBB\xBF"));
        QVERIFY(data.endsWith("\r\n"));
        const TextDecoder::Result decoded = TextDecoder::decode(data);
        QCOMPARE(decoded.encoding, QStringLiteral("UTF-8 (BOM)"));
        CsvReader reader(decoded.text);
        CsvReader::Record record;
        QList<QStringList> back;
        QList<int> lines;
        while (reader.next(&record)) {
            back << record.fields;
            lines << record.line;
        }
        QVERIFY(!reader.hasError());
        QCOMPARE(back, records);
        QCOMPARE(lines, (QList<int>{1, 2, 5}));
    }

    void decoder_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::newRow("ascii") << QByteArray("title,a\n") << QStringLiteral("UTF-8")
                               << QStringLiteral("title,a\n") << true;
        QTest::newRow("utf-8") << QByteArray("\xE6\xA0\x87\xE9\xA2\x98") << QStringLiteral("UTF-8")
                               << QStringLiteral("标题") << true;
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF\xE6\xA0\x87\xE9\xA2\x98")
                                   << QStringLiteral("UTF-8 (BOM)") << QStringLiteral("标题") << true;
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF") << QStringLiteral("UTF-8 (BOM)") << QString()
                                  << true;
        // 标题 and 〔〕 as GBK bytes, as Excel saves them on Chinese Windows.
        QTest::newRow("gbk") << QByteArray("\xB1\xEA\xCC\xE2,\xA1\xB2\x32\x30\x32\x34\xA1\xB3")
                             << QStringLiteral("GB18030") << QStringLiteral("标题,〔2024〕") << true;
        // A four-byte GB18030 sequence (U+20087, outside GBK).
        QTest::newRow("gb18030 four bytes") << QByteArray("\x95\x32\x82\x36") << QStringLiteral("GB18030")
                                            << QString::fromUcs4(U"\U00020000") << true;
        QTest::newRow("neither") << QByteArray("\xFF\xFF\xFF") << QStringLiteral("GB18030") << QString()
                                 << false;
        QTest::newRow("gbk cut off") << QByteArray("\xB1\xEA\xCC") << QStringLiteral("GB18030") << QString()
                                     << false;
        QTest::newRow("bom, then bad utf-8")
            << QByteArray("\xEF\xBB\xBF\xB1\xEA") << QStringLiteral("UTF-8 (BOM)") << QString() << false;
    }

    void decoder()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, encoding);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        const TextDecoder::Result r = TextDecoder::decode(data);
        QCOMPARE(r.encoding, encoding);
        QCOMPARE(r.ok, ok);
        if (ok)
            QCOMPARE(r.text, text);
    }

    void decoderFindsTheBadLine()
    {
        const TextDecoder::Result r = TextDecoder::decode(QByteArray("a,b\r\n\xB1\xEA,c\r\nx\xFF,d\r\n"));
        QVERIFY(!r.ok);
        QCOMPARE(r.badLine, 3);
    }

    void decoderReadsTheGbkFile()
    {
        const QByteArray gbk = readData("items_gbk.csv");
        const QByteArray utf8 = readData("items_utf8.csv");
        QVERIFY(!TextDecoder::isValidUtf8(gbk));
        const TextDecoder::Result r = TextDecoder::decode(gbk);
        QCOMPARE(r.encoding, QStringLiteral("GB18030"));
        QVERIFY(r.ok);
        QString expected = QString::fromUtf8(utf8);
        expected.replace(QLatin1String("\n"), QLatin1String("\r\n"));
        QCOMPARE(r.text, expected);
        QCOMPARE(TextDecoder::encodeGb18030(QString::fromUtf8(utf8)), QByteArray(gbk).replace("\r\n", "\n"));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("iso") << QStringLiteral("2024-03-01") << QDate(2024, 3, 1);
        QTest::newRow("iso short") << QStringLiteral("2024-3-1") << QDate(2024, 3, 1);
        QTest::newRow("slashes") << QStringLiteral("2024/3/1") << QDate(2024, 3, 1);
        QTest::newRow("slashes padded") << QStringLiteral("2024/03/01") << QDate(2024, 3, 1);
        QTest::newRow("dots") << QStringLiteral("2024.12.31") << QDate(2024, 12, 31);
        QTest::newRow("chinese") << QStringLiteral("2024年3月1日") << QDate(2024, 3, 1);
        QTest::newRow("excel time") << QStringLiteral("2024/3/1 0:00") << QDate(2024, 3, 1);
        QTest::newRow("blanks") << QStringLiteral(" 2024-03-01 ") << QDate(2024, 3, 1);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29") << QDate(2024, 2, 29);
        QTest::newRow("month 13") << QStringLiteral("2024-13-01") << QDate();
        QTest::newRow("no leap day") << QStringLiteral("2023-02-29") << QDate();
        QTest::newRow("mixed separators") << QStringLiteral("2024-03/01") << QDate();
        QTest::newRow("day first") << QStringLiteral("01/03/2024") << QDate();
        QTest::newRow("words") << QStringLiteral("yesterday") << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QDate parsed;
        QCOMPARE(ItemCsvFormat::parseDate(text, &parsed), date.isValid());
        if (date.isValid())
            QCOMPARE(parsed, date);
    }

    void publicationEntries_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("reference");
        QTest::newRow("full") << QStringLiteral("门户网站|2024-03-02|https://a.gov.cn/x") << true
                              << QStringLiteral("门户网站") << QDate(2024, 3, 2)
                              << QStringLiteral("https://a.gov.cn/x");
        QTest::newRow("no reference") << QStringLiteral("微博 | 2024/3/2") << true << QStringLiteral("微博")
                                      << QDate(2024, 3, 2) << QString();
        QTest::newRow("full-width bar")
            << QStringLiteral("报刊｜2024年3月2日｜《商务动态》第8期") << true << QStringLiteral("报刊")
            << QDate(2024, 3, 2) << QStringLiteral("《商务动态》第8期");
        QTest::newRow("bar in url") << QStringLiteral("门户网站|2024-03-02|https://a.gov.cn/?q=a|b") << true
                                    << QStringLiteral("门户网站") << QDate(2024, 3, 2)
                                    << QStringLiteral("https://a.gov.cn/?q=a|b");
        QTest::newRow("no date") << QStringLiteral("门户网站") << false << QString() << QDate() << QString();
        QTest::newRow("empty date") << QStringLiteral("门户网站||x") << false << QString() << QDate()
                                    << QString();
        QTest::newRow("bad date") << QStringLiteral("门户网站|2024-13-01") << false << QString() << QDate()
                                  << QString();
        QTest::newRow("no channel") << QStringLiteral("|2024-03-01") << false << QString() << QDate()
                                    << QString();
    }

    void publicationEntries()
    {
        QFETCH(QString, entry);
        QFETCH(bool, ok);
        ItemCsvFormat::PublicationEntry p;
        QString error;
        QCOMPARE(ItemCsvFormat::parsePublication(entry, &p, &error), ok);
        if (!ok) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QTEST(p.channel, "channel");
        QTEST(p.date, "date");
        QTEST(p.reference, "reference");
    }

    void submissionEntries_data()
    {
        QTest::addColumn<QString>("entry");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<bool>("adopted");
        QTest::addColumn<QDate>("adoptedOn");
        QTest::addColumn<QString>("adoptedIn");
        QTest::newRow("submitted only")
            << QStringLiteral("市政务公开办|2024-03-02") << true << false << QDate() << QString();
        QTest::newRow("empty adoption parts")
            << QStringLiteral("市政务公开办|2024-03-02||") << true << false << QDate() << QString();
        QTest::newRow("adopted") << QStringLiteral("市政务公开办|2024-03-02|2024-03-04|《每日要情》第52期")
                                 << true << true << QDate(2024, 3, 4) << QStringLiteral("《每日要情》第52期");
        QTest::newRow("adopted, date only") << QStringLiteral("市政务公开办|2024-03-02|2024/3/4") << true
                                            << true << QDate(2024, 3, 4) << QString();
        QTest::newRow("adopted, place only") << QStringLiteral("市政务公开办|2024-03-02||《政务信息》")
                                             << true << true << QDate() << QStringLiteral("《政务信息》");
        QTest::newRow("adopted, no date")
            << QStringLiteral("市政务公开办|2024-03-02|是") << true << true << QDate() << QString();
        QTest::newRow("bad adoption date")
            << QStringLiteral("市政务公开办|2024-03-02|soon") << false << false << QDate() << QString();
        QTest::newRow("no date") << QStringLiteral("市政务公开办") << false << false << QDate() << QString();
    }

    void submissionEntries()
    {
        QFETCH(QString, entry);
        QFETCH(bool, ok);
        ItemCsvFormat::SubmissionEntry s;
        QString error;
        QCOMPARE(ItemCsvFormat::parseSubmission(entry, &s, &error), ok);
        if (!ok) {
            QVERIFY(!error.isEmpty());
            return;
        }
        QCOMPARE(s.agency, QStringLiteral("市政务公开办"));
        QCOMPARE(s.date, QDate(2024, 3, 2));
        QTEST(s.adopted, "adopted");
        QTEST(s.adoptedOn, "adoptedOn");
        QTEST(s.adoptedIn, "adoptedIn");
    }

    void submissionFormatRoundTrips_data()
    {
        QTest::addColumn<bool>("adopted");
        QTest::addColumn<QDate>("adoptedOn");
        QTest::addColumn<QString>("adoptedIn");
        QTest::newRow("not adopted") << false << QDate() << QString();
        QTest::newRow("adopted") << true << QDate(2024, 5, 2) << QStringLiteral("《每日要情》第3期");
        QTest::newRow("date only") << true << QDate(2024, 5, 2) << QString();
        QTest::newRow("place only") << true << QDate() << QStringLiteral("《政务信息》");
        QTest::newRow("neither") << true << QDate() << QString();
    }

    void submissionFormatRoundTrips()
    {
        QFETCH(bool, adopted);
        QFETCH(QDate, adoptedOn);
        QFETCH(QString, adoptedIn);
        const Submission s{0, 0, 1, QDate(2024, 5, 1), adopted, adoptedOn, adoptedIn};
        const QString text = ItemCsvFormat::formatSubmission(QStringLiteral("市政务公开办"), s);
        ItemCsvFormat::SubmissionEntry back;
        QString error;
        QVERIFY2(ItemCsvFormat::parseSubmission(text, &back, &error), qPrintable(error));
        QCOMPARE(back.date, s.date);
        QCOMPARE(back.adopted, adopted);
        QCOMPARE(back.adoptedOn, adoptedOn);
        QCOMPARE(back.adoptedIn, adoptedIn);
    }

    void entriesSplitOnLinesAndFullWidthSemicolons()
    {
        QCOMPARE(ItemCsvFormat::splitEntries(QStringLiteral(" a|1 \n\nb|2；c|3\r\n")),
                 (QStringList{QStringLiteral("a|1"), QStringLiteral("b|2"), QStringLiteral("c|3")}));
        QVERIFY(ItemCsvFormat::splitEntries(QStringLiteral("  \n ")).isEmpty());
    }

    void headersAcceptChineseAndEnglish_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("column");
        QTest::newRow("chinese") << QStringLiteral("标题") << int(ItemCsvFormat::Title);
        QTest::newRow("english") << QStringLiteral("title") << int(ItemCsvFormat::Title);
        QTest::newRow("case") << QStringLiteral("Doc_Number") << int(ItemCsvFormat::DocNumber);
        QTest::newRow("blanks") << QStringLiteral(" 发布记录 ") << int(ItemCsvFormat::Publications);
        QTest::newRow("unknown") << QStringLiteral("备注") << -1;
    }

    void headersAcceptChineseAndEnglish()
    {
        QFETCH(QString, header);
        QFETCH(int, column);
        const auto c = ItemCsvFormat::columnForHeader(header);
        QCOMPARE(c ? int(*c) : -1, column);
    }

    void wordsParseBack()
    {
        for (ItemStatus s : allStatuses()) {
            ItemStatus back = ItemStatus::Withdrawn;
            QVERIFY(statusFromString(ItemCsvFormat::statusWord(s), &back));
            QCOMPARE(back, s);
        }
        for (DisclosureAttribute a : allAttributes()) {
            DisclosureAttribute back = DisclosureAttribute::Withheld;
            QVERIFY(attributeFromString(ItemCsvFormat::attributeWord(a), &back));
            QCOMPARE(back, a);
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "test_csvreader.moc"
