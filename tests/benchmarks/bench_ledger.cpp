// Ledger benchmark: a SQLite ledger of N items (default 1,000,000, about two publications each).
// Prints, for each measure, Gongkai's time beside the same SQL run by the sqlite3 command-line tool on
// the same file, their ratio, and the target. Not a test: it prints figures; ctest only runs a small
// smoke round of it.
#include "benchtimer.h"
#include "sqlite3cli.h"

#include "demo/demogenerator.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/ledgerquery.h"
#include "storage/migrations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <vector>
#endif

using namespace gongkai;
using namespace gongkai::bench;

namespace {

QTextStream out(stdout);

struct Line
{
    QString measure;
    double ours = -1;
    double reference = -1;
    QString target;
};

void printHeader()
{
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("measure"), -46)
               .arg(QStringLiteral("gongkai"), 10)
               .arg(QStringLiteral("sqlite3"), 10)
               .arg(QStringLiteral("ratio"), 7)
               .arg(QStringLiteral("target"), 10);
    out.flush();
}

void print(const Line& l)
{
    const QString ours = l.ours < 0 ? QStringLiteral("-") : QString::number(l.ours, 'f', 1);
    const QString ref = l.reference < 0 ? QStringLiteral("-") : QString::number(l.reference, 'f', 1);
    const QString ratio = (l.ours < 0 || l.reference <= 0) ? QStringLiteral("-")
                                                           : QString::number(l.ours / l.reference, 'f', 2);
    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(l.measure, -46)
               .arg(ours, 10)
               .arg(ref, 10)
               .arg(ratio, 7)
               .arg(l.target, 10);
    out.flush();
}

/// Opens the file, checks the schema and reads the first screen of the ledger, as the GUI does at start.
double firstScreen(const DbLocation& location, const LedgerFilter& filter, int rows)
{
    return medianMs(5, [&] {
        auto db = Database::open(location);
        Migrations::migrate(*db);
        const QList<LedgerRow> page = LedgerQuery(*db).fetch(filter, LedgerSort{}, 0, rows);
        if (page.isEmpty())
            throw Error(QStringLiteral("the first screen is empty"));
    });
}

double filterFirstScreen(Database& db, const LedgerFilter& filter, int rows, qint64* matched)
{
    LedgerQuery query(db);
    const double ms = medianMs(5, [&] { query.fetch(filter, LedgerSort{}, 0, rows); });
    *matched = query.count(filter);
    return ms;
}

double countMs(Database& db, const LedgerFilter& filter)
{
    LedgerQuery query(db);
    return medianMs(3, [&] { query.count(filter); });
}


#ifdef Q_OS_LINUX
/// Runs a program to its end and gives its own peak resident memory in MB. wait4() reports that child
/// alone, and posix_spawn() does not count this process's pages (a big ledger was just generated here)
/// into the child's, as fork() would.
double runMeasuringPeakMb(const QString& program, const QStringList& args, const QProcessEnvironment& env,
                          int* exitCode)
{
    QList<QByteArray> argStore{QFile::encodeName(program)};
    for (const QString& a : args)
        argStore << a.toLocal8Bit();
    QList<QByteArray> envStore;
    for (const QString& e : env.toStringList())
        envStore << e.toLocal8Bit();
    std::vector<char*> argv, envp;
    for (QByteArray& a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    for (QByteArray& e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), envp.data()) != 0)
        return -1;
    int status = 0;
    struct rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid)
        return -1;
    *exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return usage.ru_maxrss / 1024.0;
}
#endif

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Gongkai ledger benchmark"));
    parser.addHelpOption();
    QCommandLineOption itemsOpt(QStringLiteral("items"), QStringLiteral("Items in the ledger."), QStringLiteral("N"),
                                QStringLiteral("1000000"));
    QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("SQLite file (made when missing)."),
                             QStringLiteral("PATH"));
    QCommandLineOption guiOpt(QStringLiteral("gui"), QStringLiteral("The gongkai executable."), QStringLiteral("PATH"),
                              QStringLiteral(GONGKAI_GUI_PATH));
    QCommandLineOption sqliteOpt(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 tool."), QStringLiteral("PATH"),
                                 QStringLiteral("sqlite3"));
    QCommandLineOption freshOpt(QStringLiteral("fresh"), QStringLiteral("Generate the ledger anew even if the file exists."));
    parser.addOptions({itemsOpt, dbOpt, guiOpt, sqliteOpt, freshOpt});
    parser.process(app);

    const qint64 items = parser.value(itemsOpt).toLongLong();
    const QString path = parser.isSet(dbOpt) ? parser.value(dbOpt)
                                             : QDir::currentPath() + QStringLiteral("/bench-ledger-%1.sqlite").arg(items);
    const DbLocation location = DbLocation::parse(path);
    const int screenRows = 60; // a full-HD window shows about 40 rows; fetch a page-and-a-half

    try {
        if (parser.isSet(freshOpt))
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        if (!QFileInfo::exists(path)) {
            out << "Generating " << items << " items into " << path << " …\n";
            out.flush();
            QElapsedTimer t;
            t.start();
            auto db = Database::open(location);
            Migrations::migrate(*db);
            const DemoSummary s = DemoGenerator::generate(*db, DemoOptions{items, 20240101, QDate(2025, 12, 31)},
                                                          [](qint64 done, qint64 total) {
                                                              std::fprintf(stderr, "\r%lld / %lld", done, total);
                                                              return true;
                                                          });
            std::fprintf(stderr, "\n");
            out << "Generated " << s.items << " items, " << s.publications << " publications, " << s.submissions
                << " submissions in " << QString::number(t.elapsed() / 1000.0, 'f', 1) << " s\n";
        }
        auto db = Database::open(location);
        Migrations::migrate(*db);
        const qint64 total = db->scalar(QStringLiteral("SELECT COUNT(*) FROM items")).toLongLong();
        const qint64 pubs = db->scalar(QStringLiteral("SELECT COUNT(*) FROM publications")).toLongLong();
        out << "Ledger: " << total << " items, " << pubs << " publications, file "
            << QString::number(QFileInfo(path).size() / 1048576.0, 'f', 0) << " MiB\n\n";

        // The GUI process: start, open the ledger, show the first screen, exit; its peak memory.
        QList<Line> guiLines;
        const QString gui = parser.value(guiOpt);
        if (QFileInfo::exists(gui)) {
            QElapsedTimer t;
            t.start();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            if (!env.contains(QStringLiteral("DISPLAY")))
                env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir::tempPath() + QStringLiteral("/gongkai-bench-config"));
            // Signed in as a demo author (every demo account has the demo password), who reads the ledger.
            env.insert(QStringLiteral("GONGKAI_PASSWORD"), QStringLiteral("Demo2024!"));
            const QStringList args{QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("zhangwei"),
                                   QStringLiteral("--exit-after-startup")};
            int exitCode = 0;
            double peakMb = -1;
#ifdef Q_OS_LINUX
            peakMb = runMeasuringPeakMb(gui, args, env, &exitCode);
#else
            QProcess proc;
            proc.setProcessEnvironment(env);
            proc.start(gui, args);
            proc.waitForFinished(120000);
            exitCode = proc.exitCode();
#endif
            const double wall = double(t.elapsed());
            if (exitCode != 0)
                out << "gongkai exited with " << exitCode << "\n";
            guiLines << Line{QStringLiteral("GUI process: start, sign in, ledger open, exit (ms)"), wall, -1,
                             QStringLiteral("-")};
            if (peakMb >= 0)
                guiLines << Line{QStringLiteral("GUI process: peak memory (MB)"), peakMb, -1, QStringLiteral("<= 200")};
        } else {
            out << "(no GUI executable at " << gui << ": GUI figures skipped)\n";
        }

        Sqlite3Cli cli(parser.value(sqliteOpt), path);
        LedgerQuery query(*db);
        printHeader();

        // 1. Open and first screen.
        LedgerFilter all;
        {
            QVariantMap binds;
            QString sql = query.fetchSql(all, LedgerSort{}, &binds);
            binds.insert(QStringLiteral("lim"), screenRows);
            binds.insert(QStringLiteral("off"), 0);
            print({QStringLiteral("open + first screen (ms)"), firstScreen(location, all, screenRows),
                   cli.medianMs(inlineBinds(sql, binds)), QStringLiteral("<= 1000")});
            QVariantMap cb;
            const QString csql = query.countSql(all, &cb);
            print({QStringLiteral("  count of all items (ms)"), countMs(*db, all), cli.medianMs(inlineBinds(csql, cb)),
                   QString()});
        }

        // 2. Two-character Chinese text filter.
        auto filterLines = [&](const QString& label, const LedgerFilter& f) {
            QVariantMap binds;
            const QString sql = query.fetchSql(f, LedgerSort{}, &binds);
            binds.insert(QStringLiteral("lim"), screenRows);
            binds.insert(QStringLiteral("off"), 0);
            qint64 matched = 0;
            const double ms = filterFirstScreen(*db, f, screenRows, &matched);
            print({label + QStringLiteral(" (ms)"), ms, cli.medianMs(inlineBinds(sql, binds)), QStringLiteral("<= 150")});
            QVariantMap cb;
            const QString csql = query.countSql(f, &cb);
            print({QStringLiteral("  count, %1 matches, in background (ms)").arg(matched), countMs(*db, f),
                   cli.medianMs(inlineBinds(csql, cb)), QString()});
        };
        LedgerFilter text;
        text.text = QStringLiteral("招商");
        filterLines(QStringLiteral("text filter “招商”, first screen"), text);
        // A rare word and an absent one: the first screen then waits for most or all of the scan.
        text.text = QStringLiteral("会展");
        filterLines(QStringLiteral("text filter “会展” (rare), first screen"), text);
        text.text = QStringLiteral("疫情");
        filterLines(QStringLiteral("text filter “疫情” (absent), first screen"), text);

        // 3. Date range (a quarter) + channel.
        LedgerFilter range;
        range.channelId = ChannelRepository(*db).byName(QStringLiteral("门户网站"))->id;
        range.from = QDate(2025, 7, 1);
        range.to = QDate(2025, 9, 30);
        filterLines(QStringLiteral("2025 Q3 + 门户网站, first screen"), range);

        // 4. The GUI process, measured first (above).
        for (const Line& l : guiLines)
            print(l);
    } catch (const std::exception& e) {
        out.flush();
        std::fprintf(stderr, "benchmark failed: %s\n", e.what());
        return 1;
    }
    return 0;
}
