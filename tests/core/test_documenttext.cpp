// Reading the text of attachments (.txt in UTF-8 or GBK, .docx) and screening it.
#include "screening/documenttext.h"
#include "screening/docxreader.h"
#include "screening/screener.h"

#include "error.h"
#include "io/textdecoder.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace gongkai;

namespace {
const QString kDataDir = QStringLiteral(GONGKAI_TEST_DATA_DIR);

QByteArray readData(const QString& name)
{
    QFile f(kDataDir + QLatin1Char('/') + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return QString();
    return path;
}

/// The smallest zip archive holding the given entries, stored uncompressed (what a zip library
/// reads back, written by hand so that the test can also damage it).
QByteArray storedZip(const QList<QPair<QByteArray, QByteArray>>& entries)
{
    const auto le16 = [](QByteArray& out, quint16 v) { out.append(char(v & 0xFF)).append(char(v >> 8)); };
    const auto le32 = [&](QByteArray& out, quint32 v) {
        le16(out, quint16(v & 0xFFFF));
        le16(out, quint16(v >> 16));
    };
    const auto crc32 = [](const QByteArray& data) {
        quint32 crc = 0xFFFFFFFFu;
        for (const char c : data) {
            crc ^= quint8(c);
            for (int k = 0; k < 8; ++k)
                crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
        }
        return ~crc;
    };
    QByteArray out;
    QByteArray directory;
    for (const auto& [name, data] : entries) {
        const quint32 offset = quint32(out.size());
        const quint32 crc = crc32(data);
        le32(out, 0x04034b50);
        le16(out, 20);
        le16(out, 0);
        le16(out, 0); // stored
        le16(out, 0);
        le16(out, 0);
        le32(out, crc);
        le32(out, quint32(data.size()));
        le32(out, quint32(data.size()));
        le16(out, quint16(name.size()));
        le16(out, 0);
        out += name;
        out += data;

        le32(directory, 0x02014b50);
        le16(directory, 20);
        le16(directory, 20);
        le16(directory, 0);
        le16(directory, 0);
        le16(directory, 0);
        le16(directory, 0);
        le32(directory, crc);
        le32(directory, quint32(data.size()));
        le32(directory, quint32(data.size()));
        le16(directory, quint16(name.size()));
        le16(directory, 0);
        le16(directory, 0);
        le16(directory, 0);
        le16(directory, 0);
        le32(directory, 0);
        le32(directory, offset);
        directory += name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    le32(out, 0x06054b50);
    le16(out, 0);
    le16(out, 0);
    le16(out, quint16(entries.size()));
    le16(out, quint16(entries.size()));
    le32(out, quint32(directory.size()));
    le32(out, directoryOffset);
    le16(out, 0);
    return out;
}

QByteArray wordXml(const QByteArray& body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
           "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
           body + "</w:body></w:document>";
}
} // namespace

class TestDocumentText : public QObject
{
    Q_OBJECT

private slots:
    void plainText_data();
    void plainText();
    void realDocx();
    void handMadeDocx();
    void damagedDocx_data();
    void damagedDocx();
    void oversizedPart();
    void unsupportedFiles();
};

void TestDocumentText::plainText_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QString text =
        QStringLiteral("秘密★1年\n关于张三的情况说明\n身份证号110101199003071233，手机13812345678。\n");
    QTest::newRow("UTF-8") << text.toUtf8();
    QTest::newRow("UTF-8 with BOM") << QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    QTest::newRow("GBK") << TextDecoder::encodeGb18030(text);
    QTest::newRow("CRLF") << QString(text).replace(QLatin1String("\n"), QLatin1String("\r\n")).toUtf8();
}

void TestDocumentText::plainText()
{
    QFETCH(QByteArray, bytes);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("说明.TXT"), bytes);
    QVERIFY(!path.isEmpty());
    const QString text = DocumentText::read(path);
    QVERIFY(text.startsWith(QStringLiteral("秘密★1年")));

    Screener screener;
    screener.setToday(QDate(2025, 6, 1));
    const ScreeningResult r = screener.screen(text);
    QCOMPARE(r.findings.size(), 3);
    QCOMPARE(r.findings.at(0).kind, Finding::Kind::ClassificationMarking);
    QCOMPARE(r.findings.at(0).line, 1);
    QCOMPARE(r.findings.at(1).kind, Finding::Kind::ResidentId);
    QCOMPARE(r.findings.at(1).line, 3);
    QCOMPARE(r.findings.at(1).column, 5);
    QCOMPARE(r.findings.at(2).kind, Finding::Kind::MobilePhone);
    QCOMPARE(r.highCount, 3);
}

void TestDocumentText::realDocx()
{
    // tests/data/make-screening-docx.py wrote it: header, body split across runs, text box, deletion,
    // tab stops, table and footer.
    const QString path = kDataDir + QStringLiteral("/screening_sample.docx");
    const QString text = DocumentText::read(path);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QCOMPARE(lines.value(0), QStringLiteral("秘密★1年")); // the header comes first
    QCOMPARE(lines.value(1), QStringLiteral("关于做好信息公开工作的通知"));
    QCOMPARE(lines.value(2), QStringLiteral("各科室：")); // tab stops are no tabs
    QCOMPARE(lines.value(3),
             QStringLiteral("申请人张三，身份证号110101199003071233，联系电话\t138 1234 5678。"));
    QCOMPARE(lines.value(4), QStringLiteral("本通知"));
    QCOMPARE(lines.value(5), QStringLiteral("内部资料"));
    QCOMPARE(lines.value(6), QStringLiteral("文本框")); // a paragraph inside the paragraph anchoring it
    QCOMPARE(text.count(QStringLiteral("文本框")), 1);  // mc:Fallback repeats the text box
    QVERIFY(text.contains(QStringLiteral("注意保密已删除")));
    QVERIFY(text.contains(QStringLiteral("保护商业秘密\n其它\n")));
    QVERIFY(text.endsWith(QStringLiteral("第 1 页\n")));

    Screener screener(WordList::defaultList());
    screener.setToday(QDate(2025, 6, 1));
    const ScreeningResult r = screener.screen(text);
    QStringList found;
    for (const Finding& f : r.findings)
        found
            << QStringLiteral("%1:%2 %3 %4").arg(f.line).arg(f.column).arg(Finding::kindKey(f.kind), f.text);
    QCOMPARE(found, (QStringList{
                        QStringLiteral("1:1 classification-marking 秘密★1年"),
                        QStringLiteral("4:11 resident-id 110101199003071233"),
                        QStringLiteral("4:35 mobile-phone 138 1234 5678"),
                        QStringLiteral("6:1 protection-marking 内部资料"),
                        QStringLiteral("9:1 protection-marking 注意保密"),
                        QStringLiteral("11:1 listed-word 其它"),
                    }));
    QCOMPARE(r.findings.at(0).severity, Severity::High);
    QCOMPARE(r.findings.at(1).suggestion, QStringLiteral("110101********1233"));
}

void TestDocumentText::handMadeDocx()
{
    const QByteArray zip =
        storedZip({{"word/document.xml", wordXml("<w:p><w:r><w:t>正文</w:t></w:r></w:p>")},
                   {"word/header2.xml", wordXml("<w:p><w:r><w:t>第二页眉</w:t></w:r></w:p>")},
                   {"word/header1.xml", wordXml("<w:p><w:r><w:t>机密</w:t></w:r></w:p>")},
                   {"word/footer1.xml", wordXml("<w:p><w:r><w:t>页脚</w:t></w:r></w:p>")},
                   {"word/comments.xml", wordXml("<w:p><w:r><w:t>批注不公开</w:t></w:r></w:p>")}});
    QCOMPARE(DocxReader::text(zip, QStringLiteral("a.docx")), QStringLiteral("机密\n第二页眉\n正文\n页脚\n"));
    const ScreeningResult r = Screener().screen(DocxReader::text(zip, QStringLiteral("a.docx")));
    QCOMPARE(r.findings.size(), 1);
    QCOMPARE(r.findings.at(0).severity, Severity::High); // a lone 机密 at the top
}

void TestDocumentText::damagedDocx_data()
{
    QTest::addColumn<QByteArray>("bytes");

    const QByteArray good =
        storedZip({{"word/document.xml", wordXml("<w:p><w:r><w:t>正文</w:t></w:r></w:p>")}});
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not a zip") << QByteArray("PK\x03\x04 this is not really a zip file at all");
    QTest::newRow("text") << QStringLiteral("秘密★1年").toUtf8();
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QByteArray badCrc = good;
    badCrc[badCrc.indexOf("<w:t>") + 5] = 'X';
    QTest::newRow("bad checksum") << badCrc;
    QTest::newRow("no document part") << storedZip({{"word/header1.xml", wordXml("")}});
    QTest::newRow("bad XML") << storedZip({{"word/document.xml", QByteArray("<w:document><w:body><w:p>")}});
    QTest::newRow("mismatched tags") << storedZip({{"word/document.xml", wordXml("<w:p><w:r></w:p></w:r>")}});
    QTest::newRow("DTD") << storedZip(
        {{"word/document.xml",
          QByteArray("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaa\">]><d>&a;</d>")}});
    QTest::newRow("real file cut short") << readData(QStringLiteral("screening_sample.docx")).left(1500);
}

void TestDocumentText::damagedDocx()
{
    QFETCH(QByteArray, bytes);
    try {
        const QString text = DocxReader::text(bytes, QStringLiteral("附件1.docx"));
        QFAIL(qPrintable(QStringLiteral("read a damaged file: ") + text.left(40)));
    } catch (const Error& e) {
        QVERIFY2(e.message().startsWith(QStringLiteral("附件1.docx: ")), qPrintable(e.message()));
    }
}

void TestDocumentText::oversizedPart()
{
    // 52 kB that would unpack to more than 51 MB.
    const QString path = kDataDir + QStringLiteral("/screening_bomb.docx");
    QVERIFY(QFile::exists(path));
    try {
        DocumentText::read(path);
        QFAIL("read a part larger than the limit");
    } catch (const Error& e) {
        QVERIFY2(e.message().contains(QLatin1String("larger than 50 MB")), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QLatin1String("screening_bomb.docx")), qPrintable(e.message()));
    }
}

void TestDocumentText::unsupportedFiles()
{
    QVERIFY(DocumentText::isSupported(QStringLiteral("a.DOCX")));
    QVERIFY(DocumentText::isSupported(QStringLiteral("说明.txt")));
    QVERIFY(!DocumentText::isSupported(QStringLiteral("a.doc")));
    QVERIFY(!DocumentText::isSupported(QStringLiteral("a.pdf")));
    QVERIFY_THROWS_EXCEPTION(Error, DocumentText::read(QStringLiteral("a.pdf")));
    QTemporaryDir dir;
    QVERIFY_THROWS_EXCEPTION(Error, DocumentText::read(dir.filePath(QStringLiteral("missing.txt"))));
    QCOMPARE(DocumentText::fromData(QByteArray(), QStringLiteral("empty.txt")), QString());
}

QTEST_GUILESS_MAIN(TestDocumentText)
#include "test_documenttext.moc"
