#include "democommand.h"

#include "clicontext.h"
#include "demo/demogenerator.h"
#include "storage/database.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QElapsedTimer>

namespace gongkai::cli {

int DemoCommand::run(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Fills a new, empty database with a demo office (某市商务局): departments, users with every role, "
        "and ledger items with their reviews, publications and submissions, spread over the last two years "
        "(over more years for more than 200,000 items), with the audit trail the program would have "
        "written. A database that has any account or item is refused. The same seed gives the same office."));
    const QCommandLineOption items(QStringLiteral("items"), tr("How many items (default 1500)."),
                                   QStringLiteral("N"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("The random seed (default 20240101)."),
                                  QStringLiteral("S"));
    const QCommandLineOption lastDay(QStringLiteral("last-day"),
                                     tr("The last day with items (default today)."),
                                     QStringLiteral("YYYY-MM-DD"));
    parser.addOptions({items, seed, lastDay});
    if (!context.parse(parser, args, QStringLiteral("demo"),
                       QStringLiteral("[--items N] [--seed S] [--last-day YYYY-MM-DD]"), 0, 0))
        return 0;
    // Nobody signs in: a database the demo may go into has no account yet.
    context.signInLater();
    if (!context.userLogin().isEmpty())
        throw UsageError(
            tr("demo runs without --user: it writes only into a new, empty database, where there is "
               "nobody to sign in as"));
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

    // A database with any account or item is refused (Error naming what it holds), and nothing is written.
    Database& db = context.db();
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
    context.out()
        << tr("Reviews: %1 rounds with %2 signatures, %3 older items attested as reviewed on paper; "
              "%4 work records; %5 audit records")
               .arg(summary.reviewRounds)
               .arg(summary.signatures)
               .arg(summary.paperReviews)
               .arg(summary.workRecords)
               .arg(summary.auditRecords)
        << '\n';
    context.out() << tr("Every demo account signs in with the password %1 (gongkai-cli --user LOGIN …).")
                         .arg(DemoGenerator::demoPassword())
                  << '\n';
    return 0;
}

} // namespace gongkai::cli
