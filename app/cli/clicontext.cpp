#include "clicontext.h"

#include "review/authservice.h"
#include "review/reviewerrors.h"
#include "review/session.h"
#include "storage/categoryrepository.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/databasechoice.h"
#include "storage/departmentrepository.h"
#include "storage/migrations.h"
#include "storage/userrepository.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QRegularExpression>

#include <cstdio>

namespace gongkai::cli {

namespace {
DbLocation locationOf(const QString& dbArgument)
{
    return dbArgument.isEmpty() ? DatabaseChoice::current() : DbLocation::parse(dbArgument);
}
} // namespace

CliContext::CliContext(QString dbArgument, QString userLogin, QString command)
    : m_dbArgument(std::move(dbArgument)), m_userLogin(std::move(userLogin)), m_command(std::move(command)),
      m_out(stdout), m_err(stderr)
{
    // QTextStream writes UTF-8 by default in Qt 6, whatever the locale.
}

CliContext::~CliContext()
{
    m_out.flush();
    m_err.flush();
}

QString CliContext::databaseName() const
{
    return m_db ? m_db->location().toString() : locationOf(m_dbArgument).toString();
}

Database& CliContext::db()
{
    if (m_db)
        return *m_db;
    if (m_userLogin.isEmpty() && !m_anonymousAllowed)
        refuseAnonymous();
    const DbLocation location = locationOf(m_dbArgument);
    if (location.isServer() && !qEnvironmentVariableIsSet("GONGKAI_DB_PASSWORD") &&
        Terminal::stdinIsTerminal()) {
        // Many servers let local users in without a password: ask only when the server wants one.
        try {
            m_db = Database::open(location);
        } catch (const DbError&) {
            const QString password = Terminal::readPassword(tr("Password for %1: ").arg(location.toString()));
            m_db = Database::open(location, password);
        }
    } else {
        m_db = Database::open(location, DatabaseChoice::passwordFromEnvironment());
    }
    m_versionBefore = Migrations::currentVersion(*m_db);
    Migrations::migrate(*m_db);
    if (!m_userLogin.isEmpty() && m_signInOnOpen)
        session();
    return *m_db;
}

QString CliContext::secret(const char* variable, const QString& prompt)
{
    if (qEnvironmentVariableIsSet(variable))
        return qEnvironmentVariable(variable);
    if (!Terminal::stdinIsTerminal())
        throw UsageError(tr("set %1 or run the command on a terminal to type the password")
                             .arg(QString::fromLatin1(variable)));
    return Terminal::readPassword(prompt);
}

const Session& CliContext::session()
{
    if (m_session)
        return *m_session;
    if (m_userLogin.isEmpty())
        refuseAnonymous();
    Database& database = db();
    if (m_session) // db() signed in already
        return *m_session;
    m_password = secret("GONGKAI_PASSWORD", tr("Password for %1: ").arg(m_userLogin));
    try {
        m_session = std::make_unique<Session>(AuthService(database).login(m_userLogin, m_password));
    } catch (const AuthError& e) {
        if (e.reason() == AuthError::Reason::PasswordChangeRequired)
            throw Error(e.message() + QLatin1Char(' ') +
                        tr("Run: gongkai-cli --user %1 user passwd (current password in GONGKAI_PASSWORD, "
                           "the new one "
                           "in GONGKAI_NEW_PASSWORD).")
                            .arg(m_userLogin));
        throw;
    }
    return *m_session;
}

void CliContext::refuseAnonymous()
{
    const QString what = m_command.isEmpty() ? tr("this command") : m_command;
    recordAnonymousRefusal(tr("no signed-in user"));
    throw SignInRequired(
        tr("%1 needs a signed-in user: give --user LOGIN (password in GONGKAI_PASSWORD)").arg(what));
}

void CliContext::recordAnonymousRefusal(const QString& reason)
{
    // The trail of an existing database, as it is: a refusal neither creates a database file nor
    // migrates a schema, and a database that cannot be reached just goes without the record.
    try {
        std::unique_ptr<Database> opened;
        Database* database = m_db.get();
        if (!database) {
            const DbLocation location = locationOf(m_dbArgument);
            if (!location.isServer() && !QFileInfo::exists(location.path))
                return;
            opened = Database::open(location, DatabaseChoice::passwordFromEnvironment());
            database = opened.get();
        }
        if (Migrations::currentVersion(*database) != Migrations::latestVersion())
            return;
        AuthService(*database).recordAnonymousRefusal(m_command, reason);
    } catch (const Error&) {
    }
}

bool CliContext::parse(QCommandLineParser& parser, const QStringList& args, const QString& command,
                       const QString& synopsis, int minPositional, int maxPositional)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("gongkai-cli")} + args))
        throw UsageError(tr("%1: %2 (see gongkai-cli %1 --help)").arg(command, parser.errorText()));
    if (parser.isSet(help)) {
        // Qt's usage line names only the program; put the command in it.
        const QString text = parser.helpText();
        const QString signIn = m_anonymousAllowed ? QString() : QStringLiteral("--user LOGIN ");
        m_out << tr("Usage: gongkai-cli [--db PATH|URL] %1%2 %3").arg(signIn, command, synopsis).trimmed()
              << '\n'
              << text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        return false;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < minPositional)
        throw UsageError(tr("%1: missing argument; usage: gongkai-cli %1 %2").arg(command, synopsis));
    if (positional.size() > maxPositional)
        throw UsageError(tr("%1: unexpected argument “%2”").arg(command, positional.at(maxPositional)));
    return true;
}

QString CliContext::required(const QCommandLineParser& parser, const QString& option)
{
    const QString value = parser.value(option).trimmed();
    if (value.isEmpty())
        throw UsageError(tr("missing required option --%1").arg(option));
    return value;
}

QDate CliContext::date(const QString& text, const QString& what)
{
    // ISO dates, and the 2024-3-1 or 2024/3/1 forms people type.
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    const QDate d =
        m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QDate();
    if (!d.isValid())
        throw UsageError(tr("bad date “%1” for %2: expected YYYY-MM-DD").arg(text, what));
    return d;
}

qint64 CliContext::number(const QString& text, const QString& what)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (!ok || n <= 0)
        throw UsageError(tr("bad number “%1” for %2").arg(text, what));
    return n;
}

qint64 CliContext::departmentId(const QString& name)
{
    const auto found = DepartmentRepository(db()).byName(name);
    if (!found)
        throw Error(tr("unknown department “%1”").arg(name));
    return found->id;
}

qint64 CliContext::categoryId(const QString& name)
{
    const auto found = CategoryRepository(db()).byName(name);
    if (!found)
        throw Error(tr("unknown category “%1”").arg(name));
    return found->id;
}

qint64 CliContext::anyChannelId(const QString& name)
{
    const auto found = ChannelRepository(db()).byName(name);
    if (!found)
        throw Error(tr("unknown channel “%1”").arg(name));
    return found->id;
}

qint64 CliContext::channelId(const QString& name)
{
    const auto found = ChannelRepository(db()).byName(name);
    if (!found)
        throw Error(tr("unknown channel “%1”").arg(name));
    if (found->isAgency)
        throw Error(tr("“%1” is an upper agency, not a channel; use “submission add”").arg(name));
    return found->id;
}

qint64 CliContext::agencyId(const QString& name)
{
    const auto found = ChannelRepository(db()).byName(name);
    if (!found)
        throw Error(tr("unknown upper agency “%1”").arg(name));
    if (!found->isAgency)
        throw Error(tr("“%1” is a channel, not an upper agency; use “publication add”").arg(name));
    return found->id;
}

qint64 CliContext::userId(const QString& login)
{
    const auto found = UserRepository(db()).byLogin(login);
    if (!found)
        throw Error(tr("unknown user “%1”").arg(login));
    return found->id;
}

} // namespace gongkai::cli
