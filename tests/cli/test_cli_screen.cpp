// gongkai-cli screen: findings, exit codes and JSON, run as a script would run it.
#include "io/textdecoder.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace gongkai;

namespace {
struct Run
{
    int code = -1;
    QString out;
    QString err;
};

class TestCliScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void highFindingExitsOne();
    void warningsOnlyExitZero();
    void json();
    void ownWordList();
    void unreadableFilesExitTwo_data();
    void unreadableFilesExitTwo();
    void standardInput();
    void usage();
    void touchesNoDatabase();

private:
    Run run(const QStringList& args, const QByteArray& input = {}) const;
    QString write(const QString& name, const QByteArray& data) const;

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    QString m_sample;
};

Run TestCliScreen::run(const QStringList& args, const QByteArray& input) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A private home: whatever the command did with settings or databases would land here.
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.path() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_home.path() + QStringLiteral("/cache"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GONGKAI_CLI_PATH), args);
    if (!p.waitForStarted())
        return {};
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestCliScreen::write(const QString& name, const QByteArray& data) const
{
    const QString path = m_files.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestCliScreen::initTestCase()
{
    QVERIFY(m_home.isValid() && m_files.isValid());
    m_sample = QStringLiteral(GONGKAI_TEST_DATA_DIR "/screening_sample.docx");
    QVERIFY(QFile::exists(m_sample));
}

void TestCliScreen::highFindingExitsOne()
{
    const Run r = run({QStringLiteral("screen"), m_sample});
    QCOMPARE(r.code, 1);
    const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString name = QDir::toNativeSeparators(m_sample);
    QVERIFY2(lines.contains(name + QStringLiteral(":1:1: high classification-marking “秘密★1年”")),
             qPrintable(r.out));
    QVERIFY2(lines.contains(
                 name + QStringLiteral(":4:11: high resident-id “110101199003071233” → 110101********1233")),
             qPrintable(r.out));
    QVERIFY2(lines.contains(name + QStringLiteral(":4:35: high mobile-phone “138 1234 5678” → 138****5678")),
             qPrintable(r.out));
    QCOMPARE(lines.constLast(), QStringLiteral("Total: 3 high, 2 warning, 1 info"));
    QVERIFY(r.err.isEmpty());
}

void TestCliScreen::warningsOnlyExitZero()
{
    const QString file =
        write(QStringLiteral("warn.txt"), QStringLiteral("请注意保密，邮箱a.b@example.com。\n").toUtf8());
    const Run r = run({QStringLiteral("screen"), file});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral(":1:2: warning protection-marking “注意保密”")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("warning email “a.b@example.com” → a***@example.com")),
             qPrintable(r.out));

    const QString clean = write(QStringLiteral("clean.txt"), QByteArray("nothing to see\n"));
    const Run c = run({QStringLiteral("screen"), clean});
    QCOMPARE(c.code, 0);
    QCOMPARE(c.out.trimmed(), QStringLiteral("Total: 0 high, 0 warning, 0 info"));
}

void TestCliScreen::json()
{
    const QString gbk =
        write(QStringLiteral("gbk.txt"), TextDecoder::encodeGb18030(QStringLiteral("机密★长期\n内部使用\n")));
    const Run r = run({QStringLiteral("screen"), QStringLiteral("--json"), gbk, m_sample});
    QCOMPARE(r.code, 1);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.value(QStringLiteral("high")).toInt(), 4);
    QCOMPARE(doc.value(QStringLiteral("warning")).toInt(), 3);
    const QJsonArray files = doc.value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    const QJsonArray first = files.at(0).toObject().value(QStringLiteral("findings")).toArray();
    QCOMPARE(first.size(), 2);
    const QJsonObject marking = first.at(0).toObject();
    QCOMPARE(marking.value(QStringLiteral("kind")).toString(), QStringLiteral("classification-marking"));
    QCOMPARE(marking.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    QCOMPARE(marking.value(QStringLiteral("text")).toString(),
             QStringLiteral("机密★长期")); // decoded from GBK
    QCOMPARE(first.at(1).toObject().value(QStringLiteral("line")).toInt(), 2);
    const QJsonArray second = files.at(1).toObject().value(QStringLiteral("findings")).toArray();
    QCOMPARE(second.size(), 6);
    QCOMPARE(second.at(1).toObject().value(QStringLiteral("suggestion")).toString(),
             QStringLiteral("110101********1233"));
}

void TestCliScreen::ownWordList()
{
    const QString words =
        write(QStringLiteral("words.txt"),
              TextDecoder::encodeGb18030(QStringLiteral("# 本局词表\n老旧名称\t新名称\thigh\n")));
    const QString file =
        write(QStringLiteral("doc.txt"), QStringLiteral("这里写了老旧名称。\n其它事项\n").toUtf8());
    const Run r = run({QStringLiteral("screen"), QStringLiteral("--words"), words, file});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral(":1:5: high listed-word “老旧名称” → 新名称")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("info listed-word “其它” → 其他")),
             qPrintable(r.out)); // the default list too

    const Run own = run(
        {QStringLiteral("screen"), QStringLiteral("--no-default-words"), QStringLiteral("-w"), words, file});
    QCOMPARE(own.code, 1);
    QVERIFY2(!own.out.contains(QStringLiteral("其它")), qPrintable(own.out));

    const QString bad = write(QStringLiteral("bad.txt"), QByteArray("term\tcorrection\turgent\n"));
    const Run b = run({QStringLiteral("screen"), QStringLiteral("--words"), bad, file});
    QCOMPARE(b.code, 2);
    QVERIFY2(b.err.contains(QStringLiteral("line 1")), qPrintable(b.err));
}

void TestCliScreen::unreadableFilesExitTwo_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("data"); // null: the file does not exist

    QTest::newRow("missing") << QStringLiteral("missing.txt") << QByteArray();
    QTest::newRow("damaged docx") << QStringLiteral("damaged.docx") << QByteArray("PK\x03\x04garbage");
    QTest::newRow("unsupported") << QStringLiteral("scan.pdf") << QByteArray("%PDF-1.4");
}

void TestCliScreen::unreadableFilesExitTwo()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, data);
    const QString path = data.isNull() ? m_files.filePath(name) : write(name, data);
    // The other files are still screened, and the error wins over the high finding.
    const Run r = run({QStringLiteral("screen"), QStringLiteral("--json"), path, m_sample});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(name), qPrintable(r.err));
    const QJsonArray files =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("files")).toArray();
    QCOMPARE(files.size(), 2);
    QVERIFY(files.at(0).toObject().contains(QStringLiteral("error")));
    QCOMPARE(files.at(1).toObject().value(QStringLiteral("findings")).toArray().size(), 6);
}

void TestCliScreen::standardInput()
{
    const Run r = run({QStringLiteral("screen"), QStringLiteral("-")},
                      QStringLiteral("卡号6222021234567894\n").toUtf8());
    QCOMPARE(r.code, 1);
    QVERIFY2(
        r.out.startsWith(QStringLiteral("-:1:3: high bank-card “6222021234567894” → 6222 **** **** 7894\n")),
        qPrintable(r.out));
}

void TestCliScreen::usage()
{
    QCOMPARE(run({QStringLiteral("screen")}).code, 2);
    QCOMPARE(run({QStringLiteral("screen"), QStringLiteral("--bogus"), m_sample}).code, 2);
    const Run help = run({QStringLiteral("screen"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QLatin1String("--words")));
    QVERIFY(run({QStringLiteral("--help")}).out.contains(QLatin1String("screen FILE")));
}

void TestCliScreen::touchesNoDatabase()
{
    // Every run above used this home; screening must not have created a database (or anything) there.
    run({QStringLiteral("screen"), m_sample});
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList created;
    while (it.hasNext())
        created << it.next();
    QVERIFY2(created.isEmpty(), qPrintable(created.join(QLatin1Char(' '))));
}
} // namespace

QTEST_GUILESS_MAIN(TestCliScreen)
#include "test_cli_screen.moc"
