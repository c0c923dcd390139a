#include "iocommands.h"

#include "clicontext.h"
#include "io/itemexporter.h"
#include "io/itemimporter.h"
#include "listcommands.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace gongkai::cli {

namespace {
/// Checks the first argument names what is imported or exported (only items so far).
QStringList afterWhat(const QString& command, const QStringList& args)
{
    const QString what = args.value(0);
    if (what == QLatin1String("items"))
        return args.mid(1);
    if (what.startsWith(QLatin1Char('-')))
        return args; // --help
    throw UsageError(IoCommands::tr("%1: say what to %1 (items)").arg(command));
}
} // namespace

int IoCommands::importItems(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Imports ledger items from a CSV file (UTF-8 with or without BOM, or GBK/GB18030; headers in "
           "Chinese or English). All or nothing: any problem leaves the database as it was. FILE - reads "
           "standard input."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file."));
    const QCommandLineOption check(QStringLiteral("check"), tr("Report every problem and import nothing."));
    const QCommandLineOption createMissing(
        QStringLiteral("create-missing"),
        tr("Create unknown channels, departments, categories and authors."));
    const QCommandLineOption paper(
        QStringLiteral("reviewed-on-paper"),
        tr("The paper review (reviewers and dates) of every published or approved row whose 纸质审查 column is "
           "empty: historical items from an old ledger."),
        QStringLiteral("TEXT"));
    parser.addOptions({check, createMissing, paper});
    if (!context.parse(parser, afterWhat(QStringLiteral("import"), args), QStringLiteral("import items"),
                       QStringLiteral("FILE [--check] [--create-missing] [--reviewed-on-paper TEXT]"), 1, 1))
        return 0;
    const QString file = parser.positionalArguments().constFirst();
    ImportOptions options;
    options.checkOnly = parser.isSet(check);
    options.createMissing = parser.isSet(createMissing);
    options.reviewedOnPaper = parser.value(paper);

    ItemImporter importer(context.db());
    ImportResult result;
    if (file == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw Error(tr("cannot read standard input"));
        result = importer.importData(in.readAll(), options);
    } else {
        result = importer.importFile(file, options);
    }
    if (!result.ok()) {
        const QString name =
            file == QLatin1String("-") ? QStringLiteral("-") : QDir::toNativeSeparators(file);
        for (const ImportProblem& p : result.problems) {
            context.err() << name << ':' << p.line << ": ";
            if (!p.column.isEmpty())
                context.err() << p.column << ": ";
            context.err() << QString(p.reason).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
        }
        return 1;
    }
    if (options.checkOnly)
        context.out() << tr("%1 rows checked, no problems").arg(result.rows) << '\n';
    else
        context.out() << tr("%1 items imported").arg(result.imported) << '\n';
    return 0;
}

int IoCommands::exportItems(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exports the ledger (or the items the filter picks) as CSV in UTF-8 "
                                        "with BOM, one row per item. FILE - writes to standard output."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file to write."));
    ListCommands::addFilterOptions(parser);
    if (!context.parse(parser, afterWhat(QStringLiteral("export"), args), QStringLiteral("export items"),
                       QStringLiteral("FILE ") + ListCommands::filterSynopsis(), 1, 1))
        return 0;
    const QString file = parser.positionalArguments().constFirst();
    const LedgerFilter filter = ListCommands::filter(context, parser);
    ItemExporter exporter(context.db());
    if (file == QLatin1String("-")) {
        context.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            throw Error(tr("cannot write to standard output"));
        exporter.write(&out, filter);
        return 0;
    }
    const qint64 n = exporter.exportFile(file, filter);
    context.out() << tr("%1 items exported to %2").arg(n).arg(QDir::toNativeSeparators(file)) << '\n';
    return 0;
}

} // namespace gongkai::cli
