#include "wordscommand.h"

#include "clicontext.h"
#include "review/wordlistservice.h"
#include "texttable.h"

#include <QCommandLineParser>

namespace gongkai::cli {

int WordsCommand::run(CliContext& context, const QStringList& args)
{
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    QCommandLineParser parser;
    if (action == QLatin1String("list")) {
        parser.setApplicationDescription(tr("Lists the office's word list: term, correction, severity."));
        if (!context.parse(parser, rest, QStringLiteral("words list"), QString(), 0, 0))
            return 0;
        const WordList words = WordListService(context.db()).list(context.session());
        TextTable table({tr("Term"), tr("Correction"), tr("Severity")});
        for (const WordEntry& e : words.entries())
            table.addRow({e.term, e.correction, SeverityNames::displayName(e.severity)});
        table.print(context.out());
        return 0;
    }
    if (action == QLatin1String("add")) {
        parser.setApplicationDescription(
            tr("Adds a term to the office's word list, or changes it (administrator)."));
        parser.addPositionalArgument(QStringLiteral("TERM"), tr("The sensitive word or wrong wording."));
        const QCommandLineOption correction(QStringLiteral("correction"), tr("What to write instead."),
                                            QStringLiteral("TEXT"));
        const QCommandLineOption severity(QStringLiteral("severity"), tr("high, warning (default) or info."),
                                          QStringLiteral("SEVERITY"));
        parser.addOptions({correction, severity});
        if (!context.parse(parser, rest, QStringLiteral("words add"),
                           QStringLiteral("TERM [--correction TEXT] [--severity high|warning|info]"), 1, 1))
            return 0;
        WordEntry entry{parser.positionalArguments().constFirst(), parser.value(correction), Severity::Warning};
        if (parser.isSet(severity)) {
            const std::optional<Severity> s = SeverityNames::parse(parser.value(severity));
            if (!s)
                throw UsageError(tr("unknown severity “%1” (high, warning or info)").arg(parser.value(severity)));
            entry.severity = *s;
        }
        WordListService(context.db()).add(context.session(), entry);
        context.out() << tr("“%1” is on the word list.").arg(entry.term.trimmed()) << '\n';
        return 0;
    }
    if (action == QLatin1String("remove")) {
        parser.setApplicationDescription(tr("Removes a term from the office's word list (administrator)."));
        parser.addPositionalArgument(QStringLiteral("TERM"), tr("The term."));
        if (!context.parse(parser, rest, QStringLiteral("words remove"), QStringLiteral("TERM"), 1, 1))
            return 0;
        const QString term = parser.positionalArguments().constFirst();
        const bool removed = WordListService(context.db()).remove(context.session(), term);
        if (!removed)
            throw Error(tr("“%1” is not on the word list.").arg(term));
        context.out() << tr("“%1” is removed from the word list.").arg(term) << '\n';
        return 0;
    }
    if (action == QLatin1String("import")) {
        parser.setApplicationDescription(
            tr("Adds the terms of a word-list file (one term per line, optional tab-separated correction and "
               "severity) to the office's list (administrator)."));
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The word-list file (UTF-8 or GBK)."));
        if (!context.parse(parser, rest, QStringLiteral("words import"), QStringLiteral("FILE"), 1, 1))
            return 0;
        const WordList words = WordList::fromFile(parser.positionalArguments().constFirst());
        const int changed = WordListService(context.db()).merge(context.session(), words);
        context.out() << tr("%n term(s) added or changed.", nullptr, changed) << '\n';
        return 0;
    }
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.out() << tr("Usage: gongkai-cli --user LOGIN words list|add|remove|import [options]") << '\n';
        return 0;
    }
    if (action.isEmpty())
        throw UsageError(tr("words: missing action (list, add, remove or import)"));
    throw UsageError(tr("words: unknown action “%1” (list, add, remove or import)").arg(action));
}

} // namespace gongkai::cli
