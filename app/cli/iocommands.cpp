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
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

QByteArray readStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        throw Error(IoCommands::tr("cannot read standard input"));
    return in.readAll();
}

QString displayName(const QString& file)
{
    return file == QLatin1String("-") ? file : QDir::toNativeSeparators(file);
}

/// One problem a line, as compilers write them: FILE:LINE: COLUMN: reason.
void printProblems(CliContext& context, const QString& file, const QList<ImportProblem>& problems)
{
    const QString name = displayName(file);
    for (const ImportProblem& p : problems) {
        context.err() << name << ':' << p.line << ": ";
        if (!p.column.isEmpty())
            context.err() << p.column << ": ";
        context.err() << QString(p.reason).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
    }
}

/// The names by kind, one kind a line, for the administrator (and an importer told what is missing).
void printNames(QTextStream& out, const MissingNames& names)
{
    const auto line = [&out](const QString& kind, const QStringList& list) {
        if (!list.isEmpty())
            out << kind << ": " << list.join(QStringLiteral(", ")) << '\n';
    };
    line(IoCommands::tr("departments"), names.departments);
    line(IoCommands::tr("categories"), names.categories);
    line(IoCommands::tr("channels"), names.channels);
    line(IoCommands::tr("upper agencies"), names.agencies);
    QStringList authors;
    for (const MissingNames::Author& a : names.authors) {
        QString text = a.name;
        if (!a.login.isEmpty())
            text += QStringLiteral(" → ") + a.login;
        if (!a.department.isEmpty())
            text += QStringLiteral(" (%1)").arg(a.department);
        authors << text;
    }
    line(IoCommands::tr("authors"), authors);
}
} // namespace

int IoCommands::importItems(CliContext& context, const QStringList& args)
{
    const QString what = args.value(0);
    if (what == QLatin1String("items"))
        return importLedger(context, args.mid(1));
    if (what == QLatin1String("names"))
        return importNames(context, args.mid(1));
    if (what.startsWith(QLatin1Char('-')))
        return importLedger(context, args); // --help
    throw UsageError(tr("import: say what to import (items, or names for the administrator)"));
}

int IoCommands::importLedger(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Imports ledger items from a CSV file (UTF-8 with or without BOM, or GBK/GB18030; headers in Chinese "
        "or English) as the --user: an author imports their own items, a publisher (信息发布员) the "
        "historical "
        "ledger of every author. All or nothing: any problem leaves the database as it was. Names the "
        "database "
        "does not know are problems; the administrator creates them with import names. Rows that went out "
        "(已审核, 已发布, publications) or fill 纸质审查 need their paper reviews attested, once for the "
        "file, by "
        "a section chief or leader: --attest-by and --paper-form, the attester's password from "
        "GONGKAI_ATTEST_PASSWORD or typed. FILE - reads standard input."));
    parser.addPositionalArgument(L("FILE"), tr("The CSV file."));
    const QCommandLineOption check(L("check"), tr("Report every problem and import nothing."));
    const QCommandLineOption attester(
        L("attest-by"),
        tr("The signer (section chief, leader in charge or principal leader) who "
           "attests the file's paper reviews."),
        L("LOGIN"));
    const QCommandLineOption form(L("paper-form"), tr("The paper review forms' number or date."), L("REF"));
    const QCommandLineOption paper(L("reviewed-on-paper"),
                                   tr("The paper reviewers and dates of every row that needs the attestation "
                                      "and leaves 纸质审查 empty."),
                                   L("TEXT"));
    parser.addOptions({check, attester, form, paper});
    if (!context.parse(parser, args, L("import items"),
                       L("FILE [--check] [--attest-by LOGIN --paper-form REF [--reviewed-on-paper TEXT]]"), 1,
                       1))
        return 0;
    const QString file = parser.positionalArguments().constFirst();
    ImportOptions options;
    options.checkOnly = parser.isSet(check);
    if (parser.isSet(attester)) {
        options.attestation.login = CliContext::required(parser, L("attest-by"));
        options.attestation.formRef = CliContext::required(parser, L("paper-form"));
        options.attestation.reviewers = parser.value(paper);
    } else if (parser.isSet(form) || parser.isSet(paper)) {
        throw UsageError(
            tr("import items: --paper-form and --reviewed-on-paper belong to an attestation: give "
               "--attest-by LOGIN"));
    }
    const Session& session = context.session();
    // A check names the attester without signing them in; the import asks for their password.
    if (options.attestation.isGiven() && !options.checkOnly)
        options.attestation.password = context.secret(
            "GONGKAI_ATTEST_PASSWORD",
            tr("Password of %1, who attests the paper reviews: ").arg(options.attestation.login));

    ItemImporter importer(context.db());
    const ImportResult result = file == QLatin1String("-")
                                    ? importer.importData(session, readStdin(), options)
                                    : importer.importFile(session, file, options);
    if (!result.ok()) {
        printProblems(context, file, result.problems);
        if (!result.missing.isEmpty()) {
            context.err() << tr("%n name(s) the file uses are missing from the database:", nullptr,
                                result.missing.count())
                          << '\n';
            printNames(context.err(), result.missing);
            context.err()
                << tr("The administrator can create them with: gongkai-cli --user ADMIN import names %1")
                       .arg(displayName(file))
                << '\n';
        }
        if (result.needingAttestation > 0 && !options.attestation.isGiven())
            context.err()
                << tr("%n row(s) went out or name a paper review: a section chief or leader attests "
                      "their paper reviews with --attest-by LOGIN --paper-form REF "
                      "[--reviewed-on-paper TEXT].",
                      nullptr, result.needingAttestation)
                << '\n';
        return 1;
    }
    if (options.checkOnly)
        context.out() << tr("%1 rows checked, no problems").arg(result.rows) << '\n';
    else
        context.out() << tr("%1 items imported").arg(result.imported) << '\n';
    if (!options.checkOnly && result.needingAttestation > 0)
        context.out() << tr("%n paper review(s) attested by %1, form %2", nullptr, result.needingAttestation)
                             .arg(options.attestation.login, options.attestation.formRef)
                      << '\n';
    return 0;
}

int IoCommands::importNames(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "The administrator's step before an import: creates, in one go, the departments, categories, "
        "channels, upper agencies and authors a ledger CSV file names and the database lacks. Reads only the "
        "names, never the items. New authors get inactive accounts author-001, author-002 … without a "
        "password: activate them and set a password before they sign in. FILE - reads standard input."));
    parser.addPositionalArgument(L("FILE"), tr("The CSV file an import is to read."));
    const QCommandLineOption check(L("check"), tr("List the missing names and create nothing."));
    parser.addOption(check);
    if (!context.parse(parser, args, L("import names"), L("FILE [--check]"), 1, 1))
        return 0;
    const QString file = parser.positionalArguments().constFirst();
    const Session& session = context.session();
    ItemImporter importer(context.db());
    const NamesResult result = file == QLatin1String("-")
                                   ? importer.createMissingNames(session, readStdin(), parser.isSet(check))
                                   : importer.createMissingNamesFromFile(session, file, parser.isSet(check));
    if (!result.ok()) {
        printProblems(context, file, result.problems);
        return 1;
    }
    printNames(context.out(), result.names);
    if (result.names.isEmpty())
        context.out() << tr("No names missing") << '\n';
    else if (!result.created)
        context.out() << tr("%n name(s) missing; run without --check to create them", nullptr,
                            result.names.count())
                      << '\n';
    else
        context.out() << tr("%n name(s) created", nullptr, result.names.count()) << '\n';
    if (result.created && !result.names.authors.isEmpty())
        context.out()
            << tr("The new authors' accounts are inactive and have no password: activate them and set a "
                  "password before they sign in.")
            << '\n';
    return 0;
}

int IoCommands::exportItems(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Exports the ledger (or the items the filter picks) as CSV in UTF-8 "
                                        "with BOM, one row per item, for readers of the ledger (not the "
                                        "administrator or the auditor). FILE - writes to standard output."));
    parser.addPositionalArgument(L("FILE"), tr("The CSV file to write."));
    ListCommands::addFilterOptions(parser);
    QStringList rest = args;
    if (args.value(0) == QLatin1String("items"))
        rest = args.mid(1);
    else if (!args.value(0).startsWith(QLatin1Char('-')))
        throw UsageError(tr("export: say what to export (items)"));
    if (!context.parse(parser, rest, L("export items"), L("FILE ") + ListCommands::filterSynopsis(), 1, 1))
        return 0;
    const QString file = parser.positionalArguments().constFirst();
    const Session& session = context.session();
    const LedgerFilter filter = ListCommands::filter(context, parser);
    ItemExporter exporter(context.db());
    if (file == QLatin1String("-")) {
        context.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            throw Error(tr("cannot write to standard output"));
        exporter.write(session, &out, filter);
        return 0;
    }
    const qint64 n = exporter.exportFile(session, file, filter);
    context.out() << tr("%1 items exported to %2").arg(n).arg(QDir::toNativeSeparators(file)) << '\n';
    return 0;
}

} // namespace gongkai::cli
