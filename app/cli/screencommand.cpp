#include "screencommand.h"

#include "clicontext.h"
#include "screening/documenttext.h"
#include "screening/screener.h"
#include "storage/wordlistrepository.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <limits>

namespace gongkai::cli {

namespace {
/// The text of one FILE argument; - is standard input, read as plain text.
QString textOf(const QString& file)
{
    if (file != QLatin1String("-"))
        return DocumentText::read(file);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        throw Error(ScreenCommand::tr("cannot read standard input"));
    return DocumentText::fromPlainText(in.readAll());
}

QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}
} // namespace

int ScreenCommand::run(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Screens .txt (UTF-8 or GBK) and .docx files before publication: classification markings "
        "(秘密★1年 …), internal-use markings, resident ID numbers, mobile numbers, bank card numbers, "
        "e-mail addresses and the terms of the word list. Prints one line per finding, "
        "FILE:LINE:COLUMN: SEVERITY KIND “TEXT” → SUGGESTION. Exits with 1 when anything of high "
        "severity was found, 2 when a file could not be read. FILE - reads plain text from standard input."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The files to screen."), QStringLiteral("FILE…"));
    const QCommandLineOption words(QStringList{QStringLiteral("words"), QStringLiteral("w")},
                                   tr("A word list to screen for as well (one term per line, optionally "
                                      "TAB correction TAB severity); may be given more than once."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption noDefault(QStringLiteral("no-default-words"),
                                       tr("Leave out the word list shipped with the program."));
    const QCommandLineOption office(QStringLiteral("office-words"),
                                    tr("Screen with the office's word list from the database (--db) instead of "
                                       "the one shipped with the program."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the findings as JSON."));
    parser.addOptions({words, noDefault, office, json});
    if (!context.parse(parser, args, QStringLiteral("screen"),
                       QStringLiteral("FILE… [--words FILE] [--no-default-words | --office-words] [--json]"), 1,
                       std::numeric_limits<int>::max()))
        return 0;

    WordList list;
    try {
        if (parser.isSet(office))
            list = WordListRepository(context.db()).list();
        else if (!parser.isSet(noDefault))
            list = WordList::defaultList();
        for (const QString& file : parser.values(words))
            list.merge(WordList::fromFile(file));
    } catch (const Error& e) {
        context.err() << "gongkai-cli: " << oneLine(e.message()) << '\n';
        return 2;
    }
    Screener screener(list);
    screener.setMaxFindings(std::numeric_limits<qsizetype>::max());

    bool failed = false;
    qsizetype high = 0;
    qsizetype warning = 0;
    qsizetype info = 0;
    QJsonArray files;
    const QStringList positional = parser.positionalArguments();
    for (const QString& file : positional) {
        const QString name = file == QLatin1String("-") ? file : QDir::toNativeSeparators(file);
        QJsonObject entry{{QStringLiteral("file"), name}};
        try {
            const ScreeningResult result = screener.screen(textOf(file));
            high += result.highCount;
            warning += result.warningCount;
            info += result.infoCount;
            QJsonArray findings;
            for (const Finding& f : result.findings) {
                if (parser.isSet(json)) {
                    findings.append(f.toJson());
                    continue;
                }
                context.out() << name << ':' << f.line << ':' << f.column << ": "
                              << SeverityNames::key(f.severity) << ' ' << Finding::kindKey(f.kind) << " “"
                              << f.text << "”";
                if (!f.suggestion.isEmpty())
                    context.out() << " → " << f.suggestion;
                context.out() << '\n';
            }
            entry.insert(QStringLiteral("findings"), findings);
        } catch (const Error& e) {
            failed = true;
            context.err() << "gongkai-cli: " << oneLine(e.message()) << '\n';
            entry.insert(QStringLiteral("error"), e.message());
        }
        files.append(entry);
    }

    if (parser.isSet(json)) {
        const QJsonObject out{{QStringLiteral("files"), files},
                              {QStringLiteral("high"), qint64(high)},
                              {QStringLiteral("warning"), qint64(warning)},
                              {QStringLiteral("info"), qint64(info)}};
        context.out() << QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented));
    } else {
        context.out() << tr("Total: %1 high, %2 warning, %3 info").arg(high).arg(warning).arg(info) << '\n';
    }
    if (failed)
        return 2;
    return high > 0 ? 1 : 0;
}

} // namespace gongkai::cli
