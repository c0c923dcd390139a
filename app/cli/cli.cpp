#include "cli.h"

#include "admincommands.h"
#include "clicontext.h"
#include "democommand.h"
#include "iocommands.h"
#include "itemcommands.h"
#include "listcommands.h"
#include "printcommands.h"
#include "recordcommands.h"
#include "reportcommands.h"
#include "reviewcommands.h"
#include "attachmentcommands.h"
#include "screencommand.h"
#include "wordscommand.h"
#include "storage/database.h"

#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>
#include <exception>

namespace gongkai::cli {

namespace {
/// One line, whatever the message held.
QString oneLine(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.simplified();
}

/// The command as the user typed it, for messages and the audit trail: "item add", "list items".
QString commandName(const QString& command, const QStringList& rest)
{
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z-]*$"));
    const QString action = rest.value(0);
    return word.match(action).hasMatch() ? command + QLatin1Char(' ') + action : command;
}

/// Help asked for anywhere after the command: it is printed before anything is opened.
bool asksForHelp(const QStringList& rest)
{
    return rest.contains(QLatin1String("--help")) || rest.contains(QLatin1String("-h")) ||
           rest.contains(QLatin1String("--help-all"));
}

QString describe(const Error& e)
{
    if (const auto* v = dynamic_cast<const ValidationError*>(&e)) {
        QStringList parts;
        for (const FieldError& f : v->errors())
            parts << f.message;
        return parts.join(QLatin1Char(' '));
    }
    if (const auto* d = dynamic_cast<const DbError*>(&e); d && !d->driverText().trimmed().isEmpty())
        return e.message() + QStringLiteral(": ") + d->driverText();
    return e.message();
}
} // namespace

QString Cli::usage()
{
    return tr("Usage: gongkai-cli [--db PATH|URL] --user LOGIN COMMAND [options]\n"
              "\n"
              "The ledger of published items, for scripts and administrators. Without --db the database\n"
              "the program used last is used. For a PostgreSQL server (postgresql://user@host:port/dbname)\n"
              "the password comes from GONGKAI_DB_PASSWORD or is asked for.\n"
              "\n"
              "Every command signs in: --user LOGIN, with the password from GONGKAI_PASSWORD or typed, and\n"
              "does what that user's roles allow: author, publisher (信息发布员), section_chief,\n"
              "leader_in_charge, principal_leader, administrator or auditor. Without --user only --help,\n"
              "--version, screen and verify run, and init and demo on a database without accounts; anything\n"
              "else is refused, and the refusal is recorded in the audit trail.\n"
              "\n"
              "Commands:\n"
              "  init [--admin LOGIN]          create the database or bring its schema up to date\n"
              "  demo [--items N] [--seed S]   fill an empty database with a demo office\n"
              "  department add|list           departments (科室)\n"
              "  channel add|list              channels and upper agencies\n"
              "  category add|list             information categories\n"
              "  user add|list|passwd|unlock   accounts, their roles and passwords\n"
              "  item add|show|withdraw        ledger items\n"
              "  attachment add|list|remove|save   .txt/.docx files attached to an item\n"
              "  publication add ITEM          record a publication of an item\n"
              "  submission add|adopt ITEM     record a submission to an upper agency, or its adoption\n"
              "  list items                    list the ledger, filtered\n"
              "  import items FILE             import the ledger from CSV\n"
              "  export items FILE             export the ledger as CSV\n"
              "  review submit|approve|reject|recall|attest|status|inbox   the confidentiality review\n"
              "  audit list|export             the audit trail (auditor)\n"
              "  verify                        check the audit trail and signed content\n"
              "  print review-form|monthly-summary|unit   the review form and monthly summary as PDF/CSV\n"
              "  screen FILE…                  screen .txt/.docx files for markings and personal data\n"
              "  words list|add|remove|import  the office's word list (sensitive words and wrong wordings)\n"
              "  record add|list|edit|delete|import|export   work records: trainings, interviews, deliveries\n"
              "  report quarterly|finalize|list|show|trace   the quarterly self-inspection report\n"
              "\n"
              "Run gongkai-cli COMMAND --help for a command's options.\n");
}

int Cli::run(const QStringList& arguments)
{
    QTextStream err(stderr);
    // The global options come before the command; --db is also taken after it.
    QString dbArgument;
    QString userLogin;
    QString command;
    QStringList rest;
    try {
        const QStringList args = arguments.mid(1);
        for (int i = 0; i < args.size(); ++i) {
            const QString& a = args.at(i);
            if (a == QLatin1String("--db")) {
                if (i + 1 >= args.size())
                    throw UsageError(tr("--db needs a file path or a postgresql:// address"));
                dbArgument = args.at(++i);
            } else if (a.startsWith(QLatin1String("--db="))) {
                dbArgument = a.mid(5);
            } else if (a == QLatin1String("--user")) {
                if (i + 1 >= args.size())
                    throw UsageError(tr("--user needs a login"));
                userLogin = args.at(++i);
            } else if (a.startsWith(QLatin1String("--user="))) {
                userLogin = a.mid(7);
            } else if (command.isEmpty() && (a == QLatin1String("--help") || a == QLatin1String("-h") ||
                                             a == QLatin1String("help"))) {
                QTextStream(stdout) << usage();
                return 0;
            } else if (command.isEmpty() && a == QLatin1String("--version")) {
                QTextStream(stdout) << "gongkai-cli " << QCoreApplication::applicationVersion() << '\n';
                return 0;
            } else if (command.isEmpty() && a.startsWith(QLatin1Char('-'))) {
                throw UsageError(tr("unknown option %1 (see gongkai-cli --help)").arg(a));
            } else if (command.isEmpty()) {
                command = a;
            } else {
                rest << a;
            }
        }
        if (command.isEmpty())
            throw UsageError(tr("no command given (see gongkai-cli --help)"));

        CliContext context(dbArgument, userLogin, commandName(command, rest));
        if (command == QLatin1String("screen") || command == QLatin1String("verify") ||
            command == QLatin1String("init") || command == QLatin1String("demo")) {
            // screen and verify change nothing and show no ledger content; init and demo check
            // themselves that the database has no accounts when nobody signs in.
            context.allowAnonymous();
        } else if (userLogin.isEmpty() && !asksForHelp(rest)) {
            context.refuseAnonymous();
        }
        if (command == QLatin1String("init"))
            return AdminCommands::init(context, rest);
        if (command == QLatin1String("department") || command == QLatin1String("channel") ||
            command == QLatin1String("category") || command == QLatin1String("user"))
            return AdminCommands::run(context, command, rest);
        if (command == QLatin1String("demo"))
            return DemoCommand::run(context, rest);
        if (command == QLatin1String("item"))
            return ItemCommands::item(context, rest);
        if (command == QLatin1String("attachment"))
            return AttachmentCommands::run(context, rest);
        if (command == QLatin1String("publication"))
            return ItemCommands::publication(context, rest);
        if (command == QLatin1String("submission"))
            return ItemCommands::submission(context, rest);
        if (command == QLatin1String("list"))
            return ListCommands::run(context, rest);
        if (command == QLatin1String("import"))
            return IoCommands::importItems(context, rest);
        if (command == QLatin1String("export"))
            return IoCommands::exportItems(context, rest);
        if (command == QLatin1String("review"))
            return ReviewCommands::review(context, rest);
        if (command == QLatin1String("audit"))
            return ReviewCommands::audit(context, rest);
        if (command == QLatin1String("verify"))
            return ReviewCommands::verify(context, rest);
        if (command == QLatin1String("print"))
            return PrintCommands::run(context, rest);
        if (command == QLatin1String("screen"))
            return ScreenCommand::run(context, rest);
        if (command == QLatin1String("words"))
            return WordsCommand::run(context, rest);
        if (command == QLatin1String("record"))
            return RecordCommands::run(context, rest);
        if (command == QLatin1String("report"))
            return ReportCommands::run(context, rest);
        throw UsageError(tr("unknown command “%1” (see gongkai-cli --help)").arg(command));
    } catch (const UsageError& e) {
        err << "gongkai-cli: " << oneLine(e.message()) << '\n';
        return 2;
    } catch (const Error& e) {
        err << "gongkai-cli: " << oneLine(describe(e)) << '\n';
        return 1;
    } catch (const std::exception& e) {
        err << "gongkai-cli: " << oneLine(QString::fromLocal8Bit(e.what())) << '\n';
        return 1;
    }
}

} // namespace gongkai::cli
