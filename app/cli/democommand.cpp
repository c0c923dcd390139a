#include "democommand.h"

#include "clicontext.h"
#include "demo/demogenerator.h"
#include "storage/itemrepository.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace gongkai::cli {

int DemoCommand::run(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fills the database with a demo office (某市商务局): departments, users with every role, and "
           "ledger items with publications and submissions, spread over the last year (over more years for "
           "more than 20,000 items). The same seed gives the same office."));
    const QCommandLineOption items(QStringLiteral("items"), tr("How many items (default 1500)."),
                                   QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("The random seed (default 20240101)."),
                                  QStringLiteral("S"));
    const QCommandLineOption lastDay(QStringLiteral("last-day"),
                                     tr("The last day with items (default today)."),
                                     QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption force(QStringLiteral("force"), tr("Add the demo even if the ledger has items."));
    parser.addOptions({items, seed, lastDay, force});
    if (!context.parse(parser, args, QStringLiteral("demo"),
                       QStringLiteral("[--items N] [--seed S] [--last-day YYYY-MM-DD] [--force]"), 0, 0))
        return 0;
    DemoOptions options;
    if (parser.isSet(items))
        options.items = CliContext::number(parser.value(items), QStringLiteral("--items"));
    if (parser.isSet(seed)) {
        bool ok = false;
        options.seed = parser.value(seed).toUInt(&ok);
        if (!ok)
            throw UsageError(
                tr("bad seed “%1”: expected a whole number from 0 to 4294967295").arg(parser.value(seed)));
    }
    if (parser.isSet(lastDay)) {
        options.lastDay = CliContext::date(parser.value(lastDay), QStringLiteral("--last-day"));
        if (options.lastDay > QDate::currentDate())
            throw UsageError(tr("--last-day lies in the future"));
    }

    Database& db = context.db();
    const qint64 existing = ItemRepository(db).count();
    if (existing > 0 && !parser.isSet(force))
        throw Error(
            tr("the ledger has %1 items already; use --force to add the demo office anyway").arg(existing));

    // Progress only where someone watches, and only when it takes a while.
    const bool showProgress = options.items >= 50000 && Terminal::stderrIsTerminal();
    QElapsedTimer timer;
    timer.start();
    QTextStream& err = context.err();
    const DemoSummary summary = DemoGenerator::generate(db, options, [&](qint64 done, qint64 total) {
        if (showProgress && total > 0) {
            err << '\r' << tr("Writing the demo ledger: %1 of %2 items").arg(done).arg(total);
            err.flush();
        }
        return true;
    });
    if (showProgress)
        err << '\n';
    context.out() << tr("Demo office written in %1 s: %2 departments, %3 users, %4 items, %5 publications, "
                        "%6 submissions")
                         .arg(QString::number(double(timer.elapsed()) / 1000.0, 'f', 1))
                         .arg(summary.departments)
                         .arg(summary.users)
                         .arg(summary.items)
                         .arg(summary.publications)
                         .arg(summary.submissions)
                  << '\n';
    context.out() << tr("Reviews: %1 rounds with %2 signatures, %3 older items reviewed on paper; %4 work records")
                         .arg(summary.reviewRounds)
                         .arg(summary.signatures)
                         .arg(summary.paperReviews)
                         .arg(summary.workRecords)
                  << '\n';
    return 0;
}

} // namespace gongkai::cli
