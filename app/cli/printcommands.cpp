#include "printcommands.h"

#include "clicontext.h"
#include "report/monthlysummarycsv.h"
#include "report/monthlysummarydata.h"
#include "report/monthlysummaryrenderer.h"
#include "report/officesettings.h"
#include "report/reviewformdata.h"
#include "report/reviewformrenderer.h"
#include "review/adminservice.h"
#include "review/itemservice.h"
#include "review/reviewservice.h"
#include "review/session.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QJsonDocument>

#include <cstring>

namespace gongkai::cli {

namespace {
/// The command word of argv: the first argument that is neither a global option nor its value.
QString commandOf(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* a = argv[i];
        if (std::strcmp(a, "--db") == 0 || std::strcmp(a, "--user") == 0) {
            ++i;
            continue;
        }
        if (a[0] == '-')
            continue;
        return QString::fromLocal8Bit(a);
    }
    return QString();
}

/// The month typed as YYYY-MM.
QDate monthArgument(const QString& text)
{
    const QDate d = QDate::fromString(text.trimmed() + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        throw UsageError(PrintCommands::tr("--month must be a month as YYYY-MM, not “%1”").arg(text));
    return d;
}
} // namespace

bool PrintCommands::needsGui(int argc, char** argv)
{
    const QString command = commandOf(argc, argv);
    return command == QLatin1String("print") || command == QLatin1String("report");
}

std::unique_ptr<QCoreApplication> PrintCommands::createApplication(int& argc, char** argv)
{
    if (!needsGui(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    // A script or a server has no display: draw offscreen (fontconfig still finds the fonts).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    return std::make_unique<QGuiApplication>(argc, argv);
}

int PrintCommands::run(CliContext& context, const QStringList& args)
{
    const QString what = args.value(0);
    const QStringList rest = args.mid(1);
    if (what == QLatin1String("review-form"))
        return reviewForm(context, rest);
    if (what == QLatin1String("monthly-summary"))
        return monthlySummary(context, rest);
    if (what == QLatin1String("unit"))
        return unit(context, rest);
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        context.out() << tr("Usage: gongkai-cli --user LOGIN print review-form ITEM --out FILE.pdf [--json]\n"
                            "       gongkai-cli --user LOGIN print monthly-summary --month YYYY-MM --out "
                            "FILE.pdf|FILE.csv "
                            "[--json]\n"
                            "       gongkai-cli --user LOGIN print unit [NAME]")
                      << '\n';
        return 0;
    }
    if (what.isEmpty())
        throw UsageError(tr("print: missing what to print (review-form, monthly-summary or unit)"));
    throw UsageError(tr("print: unknown report “%1” (review-form, monthly-summary or unit)").arg(what));
}

int PrintCommands::reviewForm(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption out(QStringLiteral("out"), tr("The PDF file to write."), QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the form's data as JSON."));
    parser.addOption(out);
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("ITEM"), tr("The item's id."));
    parser.setApplicationDescription(tr("Writes the item's confidentiality review form (保密审查审批表) as "
                                        "an A4 PDF laid out per GB/T 9704."));
    if (!context.parse(parser, args, QStringLiteral("print review-form"),
                       QStringLiteral("ITEM --out FILE.pdf [--json]"), 1, 1))
        return 0;
    if (!parser.isSet(out) && !parser.isSet(json))
        throw UsageError(tr("print review-form: --out FILE.pdf (or --json) is required"));
    const qint64 id = CliContext::number(parser.positionalArguments().constFirst(), QStringLiteral("ITEM"));
    Database& db = context.db();
    // Only a reader of the ledger prints from it; the service checks and audits a refusal.
    const ReviewFormData data = ReviewService(db).reviewForm(context.session(), id);
    if (parser.isSet(out)) {
        const QString path = CliContext::required(parser, QStringLiteral("out"));
        if (!ReviewFormRenderer(data).writePdf(path))
            throw Error(tr("cannot write %1").arg(QDir::toNativeSeparators(path)));
        if (!parser.isSet(json))
            context.out()
                << tr("Review form of item %1 written to %2").arg(id).arg(QDir::toNativeSeparators(path))
                << '\n';
    }
    if (parser.isSet(json))
        context.out() << QString::fromUtf8(QJsonDocument(data.toJson()).toJson(QJsonDocument::Indented));
    return 0;
}

int PrintCommands::monthlySummary(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption month(QStringLiteral("month"), tr("The month, as YYYY-MM."),
                                   QStringLiteral("MONTH"));
    const QCommandLineOption out(QStringLiteral("out"),
                                 tr("The file to write: .pdf, or .csv for a spreadsheet."),
                                 QStringLiteral("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the summary's data as JSON."));
    parser.addOption(month);
    parser.addOption(out);
    parser.addOption(json);
    parser.setApplicationDescription(tr("Writes the monthly summary of confidentiality reviews: every review "
                                        "that ended in the month, its steps, signers and result."));
    if (!context.parse(parser, args, QStringLiteral("print monthly-summary"),
                       QStringLiteral("--month YYYY-MM --out FILE.pdf|FILE.csv [--json]"), 0, 0))
        return 0;
    const QDate m = monthArgument(CliContext::required(parser, QStringLiteral("month")));
    if (!parser.isSet(out) && !parser.isSet(json))
        throw UsageError(tr("print monthly-summary: --out FILE.pdf|FILE.csv (or --json) is required"));
    Database& db = context.db();
    // The summary lists reviewed items: for readers of the ledger (the service audits a refusal).
    const MonthlySummaryData data = ReviewService(db).monthlySummary(context.session(), m);
    if (parser.isSet(out)) {
        const QString path = CliContext::required(parser, QStringLiteral("out"));
        const bool csv = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
        const bool ok =
            csv ? MonthlySummaryCsv::writeFile(data, path) : MonthlySummaryRenderer(data).writePdf(path);
        if (!ok)
            throw Error(tr("cannot write %1").arg(QDir::toNativeSeparators(path)));
        if (!parser.isSet(json))
            context.out() << tr("Monthly summary of %1 (%n review(s)) written to %2", nullptr,
                                int(data.entries.size()))
                                 .arg(m.toString(QStringLiteral("yyyy-MM")), QDir::toNativeSeparators(path))
                          << '\n';
    }
    if (parser.isSet(json))
        context.out() << QString::fromUtf8(QJsonDocument(data.toJson()).toJson(QJsonDocument::Indented));
    return 0;
}

int PrintCommands::unit(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The unit's name to set (administrator)."));
    parser.setApplicationDescription(
        tr("Shows or sets the unit's name printed on review forms and summaries."));
    if (!context.parse(parser, args, QStringLiteral("print unit"), QStringLiteral("[NAME]"), 0, 1))
        return 0;
    Database& db = context.db();
    if (parser.positionalArguments().isEmpty()) {
        context.out() << OfficeSettings::unitName(db) << '\n';
        return 0;
    }
    AdminService(db).setUnitName(context.session(), parser.positionalArguments().constFirst());
    context.out() << tr("Unit name set to %1").arg(OfficeSettings::unitName(db)) << '\n';
    return 0;
}

} // namespace gongkai::cli
