// Screening benchmark: at least 50 MB of Chinese ledger prose (generated deterministically, with
// personal data and listed terms planted in it) and a 10,000-term word list, written to a temporary
// folder. Prints the screener's throughput beside `grep -F -c -f terms.txt` on the same files, their
// ratio and the targets (at least grep's throughput, at least 200 MB/s; MB are UTF-8 bytes of input).
// Not a test: it prints figures; ctest only runs a small smoke round of it, which also checks that
// the screener and grep agree on which lines hold a listed term.
#include "benchtimer.h"

#include "demo/demotext.h"
#include "error.h"
#include "screening/documenttext.h"
#include "screening/personalnumbers.h"
#include "screening/screener.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace gongkai;
using namespace gongkai::bench;

namespace {

QTextStream out(stdout);

const char* const kCategories[] = {"工作动态", "法规公文", "政策解读", "计划总结", "行政执法",
                                   "财政信息", "人事信息", "概况信息", "其他"};
const char* const kDepartments[] = {"办公室",     "综合科",     "商务科", "外贸科",
                                    "投资促进科", "市场建设科", "法规科", "财务科"};

QString digits(QRandomGenerator& rng, int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += QChar(u'0' + rng.bounded(10));
    return s;
}

/// Personal data of the kinds reviewers look for, valid so that the screener reports it.
QString personalSentence(QRandomGenerator& rng)
{
    switch (rng.bounded(3)) {
    case 0:
        return QStringLiteral("联系人：王先生，联系电话13%1。").arg(digits(rng, 9));
    case 1: {
        const QString first17 = QStringLiteral("3201021985%1%2")
                                    .arg(rng.bounded(1, 13), 2, 10, QLatin1Char('0'))
                                    .arg(rng.bounded(1, 29), 2, 10, QLatin1Char('0')) +
                                digits(rng, 3);
        return QStringLiteral("申请人身份证号%1%2。")
            .arg(first17, PersonalNumbers::residentIdCheckCharacter(first17));
    }
    default: {
        QString card = QStringLiteral("622202") + digits(rng, 9);
        for (int d = 0; d <= 9; ++d) {
            if (PersonalNumbers::luhnValid(card + QString::number(d))) {
                card += QString::number(d);
                break;
            }
        }
        return QStringLiteral("补贴资金已拨付至账户%1。").arg(card);
    }
    }
}

struct Corpus
{
    QStringList files;
    QString termsFile;
    qint64 bytes = 0;
    int terms = 0;
};

/// Writes `files` text files of about megabytes in all and a word list of `terms` terms made of the
/// text's own characters (so that the automaton works through real prefixes); one line in about 40
/// carries a listed term, one in about 150 personal data.
Corpus writeCorpus(const QString& dir, qint64 megabytes, int termCount, int fileCount, quint32 seed)
{
    QRandomGenerator rng(seed);
    DemoText demo(rng);
    QDate day(2021, 1, 1);
    int n = 0;
    const auto paragraph = [&] {
        if (++n % 25 == 0)
            day = day.addDays(1);
        const DemoText::Content c =
            demo.item(QString::fromUtf8(kCategories[n % 9]), QString::fromUtf8(kDepartments[n % 8]), day);
        return c.title + QLatin1Char('\n') + c.summary + QLatin1Char('\n');
    };

    // Terms of the prose's own characters, half of them drawn as often as the prose uses them and
    // half evenly, so that terms start everywhere but seldom match by chance.
    QString sample;
    while (sample.size() < 200000)
        sample += paragraph();
    QString weighted;
    QString distinct;
    QSet<QChar> distinctSeen;
    for (const QChar c : sample) {
        if (c.unicode() < 0x4E00 || c.unicode() > 0x9FFF)
            continue;
        weighted += c;
        if (!distinctSeen.contains(c)) {
            distinctSeen.insert(c);
            distinct += c;
        }
    }
    QSet<QString> seen;
    QStringList terms;
    while (terms.size() < termCount) {
        const int r = rng.bounded(20);
        const int length = r < 1 ? 2 : r < 8 ? 3 : r < 15 ? 4 : 5 + rng.bounded(2);
        QString term;
        for (int i = 0; i < length; ++i) {
            // Two common characters make a common word (工作): a short term takes rare ones.
            const QString& pool = length > 2 && rng.bounded(2) == 0 ? weighted : distinct;
            term += pool.at(rng.bounded(int(pool.size())));
        }
        if (!seen.contains(term)) {
            seen.insert(term);
            terms << term;
        }
    }

    Corpus corpus;
    corpus.terms = int(terms.size());
    corpus.termsFile = dir + QStringLiteral("/terms.txt");
    QFile termsFile(corpus.termsFile);
    if (!termsFile.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("cannot write ") + corpus.termsFile);
    termsFile.write((terms.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());

    const qint64 perFile = megabytes * 1024 * 1024 / fileCount;
    for (int f = 0; f < fileCount; ++f) {
        const QString path = dir + QStringLiteral("/corpus-%1.txt").arg(f + 1);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            throw Error(QStringLiteral("cannot write ") + path);
        qint64 written = 0;
        QByteArray chunk;
        while (written < perFile) {
            QString text = paragraph();
            if (rng.bounded(20) == 0) {
                const qsizetype at = rng.bounded(int(text.size()));
                text.insert(at, terms.at(rng.bounded(int(terms.size()))));
            }
            if (rng.bounded(75) == 0)
                text += personalSentence(rng) + QLatin1Char('\n');
            chunk += text.toUtf8();
            if (chunk.size() > (1 << 20)) {
                written += file.write(chunk);
                chunk.clear();
            }
        }
        written += file.write(chunk);
        corpus.bytes += written;
        corpus.files << path;
    }
    return corpus;
}

/// Runs grep over the files; returns the milliseconds and the sum of its per-file counts.
double timeGrep(const QString& grep, const Corpus& corpus, const QString& locale, qint64* lines)
{
    return medianMs(3, [&] {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), locale);
        p.setProcessEnvironment(env);
        p.start(grep, QStringList{QStringLiteral("-F"), QStringLiteral("-c"), QStringLiteral("-f"),
                                  corpus.termsFile} +
                          corpus.files);
        p.waitForFinished(-1);
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() > 1)
            throw Error(QStringLiteral("grep failed: ") + QString::fromLocal8Bit(p.readAllStandardError()));
        *lines = 0;
        for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                *lines += line.mid(line.lastIndexOf(':') + 1).toLongLong();
        }
    });
}

void row(const QString& measure, const QString& value, const QString& target = QString())
{
    out << QStringLiteral("%1 %2 %3\n").arg(measure, -44).arg(value, 14).arg(target, 12);
    out.flush();
}

QString rate(qint64 bytes, double ms)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0) / (ms / 1000.0), 'f', 1) +
           QStringLiteral(" MB/s");
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Gongkai screening benchmark"));
    parser.addHelpOption();
    const QCommandLineOption mbOpt(QStringLiteral("mb"), QStringLiteral("Megabytes of text (default 50)."),
                                   QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption termsOpt(QStringLiteral("terms"),
                                      QStringLiteral("Terms in the list (default 10000)."),
                                      QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption filesOpt(QStringLiteral("files"),
                                      QStringLiteral("Files the text is split into (default 5)."),
                                      QStringLiteral("N"), QStringLiteral("5"));
    const QCommandLineOption dirOpt(QStringLiteral("dir"),
                                    QStringLiteral("Where to write them (default: a temporary folder)."),
                                    QStringLiteral("DIR"));
    parser.addOptions({mbOpt, termsOpt, filesOpt, dirOpt});
    parser.process(app);

    try {
        QTemporaryDir temporary;
        const QString dir = parser.isSet(dirOpt) ? parser.value(dirOpt) : temporary.path();
        QDir().mkpath(dir);
        QElapsedTimer timer;
        timer.start();
        const Corpus corpus = writeCorpus(dir, std::max(1LL, parser.value(mbOpt).toLongLong()),
                                          std::max(1, parser.value(termsOpt).toInt()),
                                          std::max(1, parser.value(filesOpt).toInt()), 20240601);
        out << QStringLiteral("%1 MB of text in %2 files, %3 terms (written in %4 s to %5)\n\n")
                   .arg(double(corpus.bytes) / (1024.0 * 1024.0), 0, 'f', 1)
                   .arg(corpus.files.size())
                   .arg(corpus.terms)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                   .arg(QDir::toNativeSeparators(dir));
        row(QStringLiteral("measure"), QStringLiteral("gongkai"), QStringLiteral("target"));

        std::optional<Screener> screener;
        const double buildMs = medianMs(3, [&] { screener.emplace(WordList::fromFile(corpus.termsFile)); });
        row(QStringLiteral("load the word list and build the automaton"),
            QString::number(buildMs, 'f', 1) + QStringLiteral(" ms"));
        screener->setMaxFindings(std::numeric_limits<qsizetype>::max());

        QStringList texts;
        for (const QString& f : corpus.files)
            texts << DocumentText::read(f);
        qint64 findings = 0;
        qint64 termLines = 0;
        const double screenMs = medianMs(3, [&] {
            findings = 0;
            termLines = 0;
            for (const QString& text : texts) {
                const ScreeningResult r = screener->screen(text);
                findings += r.totalCount();
                int lastLine = 0;
                for (const Finding& f : r.findings) {
                    if (f.kind == Finding::Kind::ListedWord && f.line != lastLine) {
                        ++termLines;
                        lastLine = f.line;
                    }
                }
            }
        });
        texts.clear();
        row(QStringLiteral("screen the decoded text"), rate(corpus.bytes, screenMs));
        const double fullMs = medianMs(3, [&] {
            for (const QString& f : corpus.files)
                screener->screen(DocumentText::read(f));
        });
        row(QStringLiteral("read, decode and screen the files"), rate(corpus.bytes, fullMs),
            QStringLiteral(">= 200 MB/s"));
        out << QStringLiteral("findings: %1; lines with a listed term: %2\n\n").arg(findings).arg(termLines);

        const QString grep = QStandardPaths::findExecutable(QStringLiteral("grep"));
        if (grep.isEmpty()) {
            out << "grep not found: no comparison\n";
        } else {
            row(QStringLiteral("measure"), QStringLiteral("grep"), QStringLiteral("gongkai/grep"));
            for (const QString& locale : {QStringLiteral("C"), QStringLiteral("C.UTF-8")}) {
                qint64 grepLines = 0;
                const double grepMs = timeGrep(grep, corpus, locale, &grepLines);
                row(QStringLiteral("grep -F -c -f terms.txt (LC_ALL=%1)").arg(locale),
                    rate(corpus.bytes, grepMs),
                    QString::number(grepMs / fullMs, 'f', 2) + QStringLiteral("x"));
                if (grepLines != termLines)
                    throw Error(QStringLiteral("grep counts %1 lines with a listed term, the screener %2")
                                    .arg(grepLines)
                                    .arg(termLines));
            }
            out << QStringLiteral("(the ratio is grep's time over the screener's read-decode-screen time: "
                                  "above 1 is faster than grep)\n");
        }
        const double mbps = double(corpus.bytes) / (1024.0 * 1024.0) / (fullMs / 1000.0);
        if (mbps < 200)
            out << QStringLiteral("below the 200 MB/s target\n");
    } catch (const std::exception& e) {
        std::fprintf(stderr, "benchmark failed: %s\n", e.what());
        return 1;
    }
    return 0;
}
