// Quarterly report benchmark: the figures of a quarter over a SQLite ledger of N items (default
// 1,000,000), and the report's PDF. Prints Gongkai's times beside the same aggregate SQL run by the
// sqlite3 tool on the same file, and beside LibreOffice converting an equivalent .docx to PDF (the way
// offices print today), with the ratios and the targets. Not a test: ctest runs a small smoke round.
#include "benchtimer.h"
#include "sqlite3cli.h"

#include "demo/demogenerator.h"
#include "error.h"
#include "report/quarterlyfiguresquery.h"
#include "report/quarterlyreporthtml.h"
#include "report/quarterlyreportrenderer.h"
#include "report/quarterlyreportservice.h"
#include "storage/database.h"
#include "storage/migrations.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace gongkai;
using namespace gongkai::bench;

namespace {

QTextStream out(stdout);

void row(const QString& measure, double ours, double reference, const QString& refName, const QString& target)
{
    const QString o = ours < 0 ? QStringLiteral("-") : QString::number(ours, 'f', 1);
    const QString r = reference < 0 ? QStringLiteral("-") : QString::number(reference, 'f', 1);
    const QString ratio =
        (ours < 0 || reference <= 0) ? QStringLiteral("-") : QString::number(ours / reference, 'f', 2);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(measure, -40)
               .arg(o, 10)
               .arg(r, 12)
               .arg(refName, -12)
               .arg(ratio, 7)
               .arg(target, 10);
    out.flush();
}

/// The statements run one after another in the sqlite3 tool, timed by the tool: the median of the sum
/// of its timers over a few runs, in ms; -1 when the tool is missing.
double sqlite3Ms(const QString& program, const QString& file,
                 const QList<QPair<QString, QVariantMap>>& statements, int runs)
{
    QString script = QStringLiteral("PRAGMA cache_size = -32768;\n.timer on\n");
    for (const auto& [sql, binds] : statements)
        script += inlineBinds(sql, binds) + QStringLiteral(";\n");
    std::vector<double> times;
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    for (int i = 0; i < runs; ++i) {
        QProcess proc;
        proc.start(program, {QStringLiteral("-readonly"), file});
        if (!proc.waitForStarted(5000))
            return -1;
        proc.write(script.toUtf8());
        proc.closeWriteChannel();
        proc.waitForFinished(600000);
        double total = 0;
        auto it = timer.globalMatch(QString::fromUtf8(proc.readAllStandardOutput()));
        int n = 0;
        while (it.hasNext()) {
            total += it.next().captured(1).toDouble() * 1000.0;
            ++n;
        }
        if (n == 0)
            return -1;
        times.push_back(total);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

/// LibreOffice converting the report (made a .docx first, untimed) to PDF, as offices print today; -1
/// when it is not installed.
double libreOfficeMs(const QString& program, const QuarterlyReport& report, int runs)
{
    if (program.isEmpty())
        return -1;
    QTemporaryDir dir;
    const QString html = dir.filePath(QStringLiteral("report.html"));
    if (!QuarterlyReportHtml::write(report, html))
        return -1;
    const QString profile =
        QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("profile"));
    QProcess make;
    make.start(program,
               {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                QStringLiteral("docx:MS Word 2007 XML"), QStringLiteral("--outdir"), dir.path(), html});
    make.waitForFinished(300000);
    const QString docx = dir.filePath(QStringLiteral("report.docx"));
    if (!QFileInfo::exists(docx))
        return -1;
    return medianMs(runs, [&] {
        QProcess p;
        p.start(program, {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                          QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(), docx});
        p.waitForFinished(300000);
    });
}

} // namespace

int main(int argc, char** argv)
{
    // Fonts for the PDF need a QGuiApplication; no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Gongkai quarterly report benchmark"));
    parser.addHelpOption();
    QCommandLineOption itemsOpt(QStringLiteral("items"), QStringLiteral("Items in the ledger."),
                                QStringLiteral("N"), QStringLiteral("1000000"));
    // The same file as bench_ledger's by default: scripts/benchmark.sh generates the ledger once.
    QCommandLineOption dbOpt(QStringLiteral("db"), QStringLiteral("SQLite file (made when missing)."),
                             QStringLiteral("PATH"));
    QCommandLineOption sqliteOpt(QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 tool."),
                                 QStringLiteral("PATH"), QStringLiteral("sqlite3"));
    QCommandLineOption officeOpt(QStringLiteral("libreoffice"), QStringLiteral("The LibreOffice program."),
                                 QStringLiteral("PATH"));
    QCommandLineOption freshOpt(QStringLiteral("fresh"),
                                QStringLiteral("Generate the ledger anew even if the file exists."));
    QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per measure (median)."),
                               QStringLiteral("N"), QStringLiteral("5"));
    QCommandLineOption statementsOpt(QStringLiteral("statements"),
                                     QStringLiteral("Also time each statement of the figures on its own."));
    parser.addOptions({itemsOpt, dbOpt, sqliteOpt, officeOpt, freshOpt, runsOpt, statementsOpt});
    parser.process(app);

    const qint64 items = parser.value(itemsOpt).toLongLong();
    const int runs = qMax(1, parser.value(runsOpt).toInt());
    const QString path = parser.isSet(dbOpt)
                             ? parser.value(dbOpt)
                             : QDir::currentPath() + QStringLiteral("/bench-ledger-%1.sqlite").arg(items);
    const DbLocation location = DbLocation::parse(path);
    const QDate lastDay(2025, 12, 31);
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
            const DemoSummary s = DemoGenerator::generate(
                *db, DemoOptions{items, 20240101, lastDay}, [](qint64 done, qint64 total) {
                    std::fprintf(stderr, "\r%lld / %lld", done, total);
                    return true;
                });
            std::fprintf(stderr, "\n");
            out << "Generated " << s.items << " items in " << QString::number(t.elapsed() / 1000.0, 'f', 1)
                << " s\n";
        }
        auto db = Database::open(location);
        Migrations::migrate(*db);
        const qint64 total = db->scalar(QStringLiteral("SELECT COUNT(*) FROM items")).toLongLong();
        const qint64 pubs = db->scalar(QStringLiteral("SELECT COUNT(*) FROM publications")).toLongLong();
        out << "Ledger: " << total << " items, " << pubs << " publications, file "
            << QString::number(QFileInfo(path).size() / 1048576.0, 'f', 0) << " MiB\n";

        const ReportPeriod quarter = ReportPeriod::quarter(lastDay.year(), 3);
        const ReportPeriod cumulative = ReportPeriod::cumulative(lastDay.year(), 3);
        QuarterlyFiguresQuery query(*db);
        QList<QPair<QString, QVariantMap>> statements;
        query.setStatementLog(&statements);
        const QuarterlyFigures f = query.compute(quarter);
        query.setStatementLog(nullptr);
        out << quarter.label() << ": " << f.publishedItems.current << " items published (last year "
            << f.publishedItems.lastYear << "), " << f.reviewsCompleted.current << " reviews, "
            << f.submitted.current << " submissions, " << statements.size() << " statements\n\n";
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("measure"), -40)
                   .arg(QStringLiteral("gongkai"), 10)
                   .arg(QStringLiteral("reference"), 12)
                   .arg(QStringLiteral("(tool)"), -12)
                   .arg(QStringLiteral("ratio"), 7)
                   .arg(QStringLiteral("target"), 10);

        if (parser.isSet(statementsOpt)) {
            // Each statement of the quarter's figures on its own, slowest first: where the time goes.
            QList<QPair<double, QString>> each;
            for (const auto& [sql, binds] : std::as_const(statements))
                each << qMakePair(medianMs(runs,
                                           [&, &sql = sql, &binds = binds] {
                                               QSqlQuery q = db->exec(sql, binds);
                                               while (q.next()) {
                                               }
                                           }),
                                  inlineBinds(sql, binds));
            std::sort(each.begin(), each.end(),
                      [](const auto& a, const auto& b) { return a.first > b.first; });
            for (const auto& [ms, sql] : std::as_const(each))
                out << QString::number(ms, 'f', 1) << " ms  " << sql << "\n";
            out << "\n";
        }
        const QString sqlite3 = parser.value(sqliteOpt);
        const double figuresMs = medianMs(runs, [&] { query.compute(quarter); });
        row(QStringLiteral("figures, %1 (ms)").arg(quarter.key()), figuresMs,
            sqlite3Ms(sqlite3, path, statements, runs), QStringLiteral("sqlite3"), QStringLiteral("<= 300"));
        QList<QPair<QString, QVariantMap>> cumulativeStatements;
        query.setStatementLog(&cumulativeStatements);
        query.compute(cumulative);
        query.setStatementLog(nullptr);
        row(QStringLiteral("figures, %1 (ms)").arg(cumulative.key()),
            medianMs(runs, [&] { query.compute(cumulative); }),
            sqlite3Ms(sqlite3, path, cumulativeStatements, runs), QStringLiteral("sqlite3"),
            QStringLiteral("-"));
        row(QStringLiteral("trace published.total (ms)"),
            medianMs(runs, [&] { query.trace(quarter, QStringLiteral("published.total")); }), -1, QString(),
            QStringLiteral("-"));

        QuarterlyReport report = QuarterlyReportService::composeUnchecked(*db, quarter, lastDay.addDays(8));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const double pdfMs = medianMs(runs, [&] {
            if (!QuarterlyReportRenderer::writePdf(report, pdf))
                out << "benchmark failed: cannot write the PDF\n";
        });
        QString office = parser.value(officeOpt);
        if (office.isEmpty())
            office = QStandardPaths::findExecutable(QStringLiteral("libreoffice"));
        if (office.isEmpty())
            office = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        const double officeMs = libreOfficeMs(office, report, qMin(runs, 3));
        row(QStringLiteral("report PDF (ms)"), pdfMs, officeMs, QStringLiteral("LibreOffice"),
            QStringLiteral("<= 1000"));
        out << "PDF: " << QFileInfo(pdf).size() / 1024 << " KiB\n";
        if (office.isEmpty())
            out << "\n(LibreOffice is not installed: the comparison with it is skipped. To include it, "
                   "install it,\n"
                   " e.g. sudo apt-get install --no-install-recommends libreoffice-writer, or pass "
                   "--libreoffice PATH.)\n";
        else if (officeMs < 0)
            out << "\n(LibreOffice at " << office
                << " did not convert the report: the comparison is skipped.)\n";
    } catch (const Error& e) {
        out << "benchmark failed: " << e.message() << "\n";
        return 1;
    }
    return 0;
}
