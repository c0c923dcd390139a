#include "reportcommands.h"

#include "clicontext.h"
#include "report/quarterlyreporthtml.h"
#include "report/quarterlyreportrenderer.h"
#include "report/quarterlyreportservice.h"
#include "report/reportarchive.h"
#include "report/reporttext.h"
#include "review/session.h"
#include "storage/database.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace gongkai::cli {

namespace {
/// The period options every report command takes.
struct PeriodOptions
{
    QCommandLineOption year{QStringLiteral("year"), ReportCommands::tr("The year."), QStringLiteral("YEAR")};
    QCommandLineOption quarter{QStringLiteral("quarter"), ReportCommands::tr("The quarter, 1 to 4."),
                               QStringLiteral("Q")};
    QCommandLineOption cumulative{
        QStringLiteral("cumulative"),
        ReportCommands::tr("Quarters 1 to Q of the year (e.g. 前三季度 for Q = 3).")};
    QCommandLineOption from{QStringLiteral("from"),
                            ReportCommands::tr("First day of a date range (YYYY-MM-DD)."),
                            QStringLiteral("DATE")};
    QCommandLineOption to{QStringLiteral("to"), ReportCommands::tr("Last day of a date range (YYYY-MM-DD)."),
                          QStringLiteral("DATE")};

    void add(QCommandLineParser& parser) const { parser.addOptions({year, quarter, cumulative, from, to}); }

    ReportPeriod period(const QCommandLineParser& parser) const
    {
        if (parser.isSet(from) || parser.isSet(to)) {
            if (parser.isSet(quarter) || parser.isSet(cumulative))
                throw UsageError(ReportCommands::tr("give either --from and --to or --year and --quarter"));
            const ReportPeriod p = ReportPeriod::range(
                CliContext::date(CliContext::required(parser, from.names().first()),
                                 QStringLiteral("--from")),
                CliContext::date(CliContext::required(parser, to.names().first()), QStringLiteral("--to")));
            if (!p.isValid())
                throw UsageError(ReportCommands::tr("--to lies before --from"));
            return p;
        }
        const int y = int(CliContext::number(CliContext::required(parser, QStringLiteral("year")),
                                             QStringLiteral("--year")));
        const int q = int(CliContext::number(CliContext::required(parser, QStringLiteral("quarter")),
                                             QStringLiteral("--quarter")));
        const ReportPeriod p =
            parser.isSet(cumulative) ? ReportPeriod::cumulative(y, q) : ReportPeriod::quarter(y, q);
        if (!p.isValid())
            throw UsageError(ReportCommands::tr("--quarter must be 1 to 4 and --year a year"));
        return p;
    }
};

QJsonObject reportJson(const QuarterlyReport& r)
{
    return QJsonObject{{QStringLiteral("figures"), r.figures.toJson()}, {QStringLiteral("text"), r.body}};
}

QJsonObject finalizedJson(const FinalizedReport& r, bool withContent)
{
    QJsonObject o{{QStringLiteral("id"), double(r.id)},
                  {QStringLiteral("period"), r.periodKey},
                  {QStringLiteral("version"), r.version},
                  {QStringLiteral("label"), r.label},
                  {QStringLiteral("unit"), r.unit},
                  {QStringLiteral("contentHash"), r.contentHash},
                  {QStringLiteral("finalizedAt"), r.finalizedAt.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("finalizedBy"), r.finalizedLogin},
                  {QStringLiteral("finalizedByName"), r.finalizedName},
                  {QStringLiteral("superseded"), r.superseded},
                  {QStringLiteral("hashValid"), ReportArchive::verify(r)}};
    if (withContent) {
        o.insert(QStringLiteral("figures"), QJsonDocument::fromJson(r.figuresJson.toUtf8()).object());
        o.insert(QStringLiteral("text"), r.body);
    }
    return o;
}

/// Writes the report in the format asked for.
void writeReport(const QuarterlyReport& report, const QJsonObject& json, const QString& format,
                 const QString& path, bool pdfA)
{
    bool ok = false;
    if (format == QLatin1String("pdf")) {
        ok = QuarterlyReportRenderer::writePdf(report, path, pdfA);
    } else if (format == QLatin1String("html")) {
        ok = QuarterlyReportHtml::write(report, path);
    } else if (format == QLatin1String("json")) {
        QSaveFile file(path);
        ok = file.open(QIODevice::WriteOnly);
        if (ok) {
            file.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
            ok = file.commit();
        }
    } else {
        throw UsageError(ReportCommands::tr("--format must be pdf, html or json, not “%1”").arg(format));
    }
    if (!ok)
        throw Error(ReportCommands::tr("cannot write %1").arg(QDir::toNativeSeparators(path)));
}

struct OutputOptions
{
    QCommandLineOption format{QStringLiteral("format"),
                              ReportCommands::tr("pdf, html or json (default: pdf)."),
                              QStringLiteral("FORMAT"), QStringLiteral("pdf")};
    QCommandLineOption out{QStringLiteral("out"), ReportCommands::tr("The file to write."),
                           QStringLiteral("FILE")};
    QCommandLineOption pdfa{QStringLiteral("pdfa"), ReportCommands::tr("Write PDF/A-1b, for the archive.")};

    void add(QCommandLineParser& parser) const { parser.addOptions({format, out, pdfa}); }
};
} // namespace

int ReportCommands::run(CliContext& context, const QStringList& args)
{
    const QString what = args.value(0);
    const QStringList rest = args.mid(1);
    if (what == QLatin1String("quarterly"))
        return quarterly(context, rest);
    if (what == QLatin1String("finalize"))
        return finalize(context, rest);
    if (what == QLatin1String("list"))
        return list(context, rest);
    if (what == QLatin1String("show"))
        return show(context, rest);
    if (what == QLatin1String("trace"))
        return trace(context, rest);
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        context.out()
            << tr("Usage: gongkai-cli --user LOGIN report quarterly --year Y --quarter Q [--cumulative] "
                  "[--from D --to D] --format pdf|json|html --out FILE [--pdfa]\n"
                  "       gongkai-cli --user LOGIN report finalize --year Y --quarter Q [--cumulative] "
                  "[--from D --to D]\n"
                  "       gongkai-cli --user LOGIN report list [--json]\n"
                  "       gongkai-cli --user LOGIN report show ID --format pdf|json|html --out FILE "
                  "[--pdfa]\n"
                  "       gongkai-cli --user LOGIN report trace KEY --year Y --quarter Q [--cumulative]")
            << '\n';
        return 0;
    }
    if (what.isEmpty())
        throw UsageError(tr("report: missing what to do (quarterly, finalize, list, show or trace)"));
    throw UsageError(tr("report: unknown command “%1” (quarterly, finalize, list, show or trace)").arg(what));
}

int ReportCommands::quarterly(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const PeriodOptions period;
    const OutputOptions output;
    period.add(parser);
    output.add(parser);
    parser.setApplicationDescription(
        tr("Writes the quarterly self-inspection report (自查报告) of a quarter, "
           "of the quarters of a year so far, or of a date range, from the ledger as "
           "it is now, with the office's text of the period."));
    if (!context.parse(
            parser, args, QStringLiteral("report quarterly"),
            QStringLiteral("--year Y --quarter Q [--cumulative] --format pdf|json|html --out FILE"), 0, 0))
        return 0;
    const ReportPeriod p = period.period(parser);
    const QString path = CliContext::required(parser, QStringLiteral("out"));
    Database& db = context.db();
    const QuarterlyReport report = QuarterlyReportService(db).compose(context.session(), p);
    writeReport(report, reportJson(report), parser.value(output.format), path, parser.isSet(output.pdfa));
    context.out() << tr("Report of %1 written to %2").arg(p.label(), QDir::toNativeSeparators(path)) << '\n';
    return 0;
}

int ReportCommands::finalize(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const PeriodOptions period;
    period.add(parser);
    parser.setApplicationDescription(
        tr("Finalizes the report of the period: its figures and text as they are now "
           "are archived as the period's next version, which later changes to the "
           "ledger never alter (an author)."));
    if (!context.parse(parser, args, QStringLiteral("report finalize"),
                       QStringLiteral("--year Y --quarter Q [--cumulative]"), 0, 0))
        return 0;
    const ReportPeriod p = period.period(parser);
    Database& db = context.db();
    const FinalizedReport r = QuarterlyReportService(db).finalize(context.session(), p);
    context.out() << tr("Finalized %1, version %2 (report %3, content hash %4)")
                         .arg(r.label)
                         .arg(r.version)
                         .arg(r.id)
                         .arg(r.contentHash.left(16))
                  << '\n';
    return 0;
}

int ReportCommands::list(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the list as JSON."));
    parser.addOption(json);
    parser.setApplicationDescription(tr("Lists every finalized report, all versions, newest first."));
    if (!context.parse(parser, args, QStringLiteral("report list"), QStringLiteral("[--json]"), 0, 0))
        return 0;
    Database& db = context.db();
    const QList<FinalizedReport> reports = QuarterlyReportService(db).list(context.session());
    if (parser.isSet(json)) {
        QJsonArray a;
        for (const FinalizedReport& r : reports)
            a.append(finalizedJson(r, false));
        context.out() << QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Indented));
        return 0;
    }
    TextTable table(
        {tr("ID"), tr("Period"), tr("Version"), tr("Finalized"), tr("By"), tr("Content hash"), tr("State")});
    for (const FinalizedReport& r : reports)
        table.addRow({QString::number(r.id), r.label, QString::number(r.version),
                      reporttext::dateTime(r.finalizedAt), r.finalizedName, r.contentHash.left(16),
                      r.superseded ? tr("superseded") : tr("current")});
    table.print(context.out());
    return 0;
}

int ReportCommands::show(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const OutputOptions output;
    output.add(parser);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The finalized report's id (see report list)."));
    parser.setApplicationDescription(tr("Reprints a finalized report from its archived figures and text."));
    if (!context.parse(parser, args, QStringLiteral("report show"),
                       QStringLiteral("ID --format pdf|json|html --out FILE [--pdfa]"), 1, 1))
        return 0;
    const qint64 id = CliContext::number(parser.positionalArguments().constFirst(), QStringLiteral("ID"));
    const QString path = CliContext::required(parser, QStringLiteral("out"));
    Database& db = context.db();
    const FinalizedReport r = QuarterlyReportService(db).get(context.session(), id);
    if (!ReportArchive::verify(r))
        context.err()
            << tr("Warning: the content hash of report %1 does not match its stored figures and text.")
                   .arg(id)
            << '\n';
    writeReport(r.report(), finalizedJson(r, true), parser.value(output.format), path,
                parser.isSet(output.pdfa));
    context.out() << tr("Report %1 (%2, version %3) written to %4")
                         .arg(id)
                         .arg(r.label)
                         .arg(r.version)
                         .arg(QDir::toNativeSeparators(path))
                  << '\n';
    return 0;
}

int ReportCommands::trace(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const PeriodOptions period;
    period.add(parser);
    parser.addPositionalArgument(QStringLiteral("KEY"),
                                 tr("The figure's key, e.g. published.total (see the JSON)."));
    parser.setApplicationDescription(tr("Prints the ids of the items (or work records) a figure counts."));
    if (!context.parse(parser, args, QStringLiteral("report trace"),
                       QStringLiteral("KEY --year Y --quarter Q [--cumulative]"), 1, 1))
        return 0;
    const ReportPeriod p = period.period(parser);
    Database& db = context.db();
    const QString key = parser.positionalArguments().constFirst();
    const FigureTrace t = QuarterlyReportService(db).trace(context.session(), p, key);
    for (qint64 id : t.ids)
        context.out() << id << '\n';
    return 0;
}

} // namespace gongkai::cli
