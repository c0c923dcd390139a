#pragma once

#include "error.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

class QCommandLineParser;

namespace gongkai {
class Database;
class Session;
}

namespace gongkai::cli {

/// The command was called wrongly (unknown option, missing argument …); exits with status 2.
class UsageError : public Error
{
public:
    using Error::Error;
};

/// The command needs a signed-in user and none was given (no --user); exits with status 2. The refusal
/// is in the audit trail when the database exists.
class SignInRequired : public UsageError
{
public:
    using UsageError::UsageError;
};

/// What every command needs: the database named by --db (opened and migrated on first use), UTF-8
/// output, option parsing with --help, and turning names typed on the command line into ids.
///
/// Who acts: --user LOGIN signs in as that user when the database is opened (password from
/// GONGKAI_PASSWORD, else asked for on a terminal); every change and every read of the ledger is a call
/// on a core service with that session, so the user's roles and the item's rules apply and the audit
/// trail names them. There is no anonymous actor: without --user the database is not opened at all
/// (the refusal is audited as "(anonymous)"), except for the commands the dispatcher lets through
/// (allowAnonymous(): screen, verify, and init and demo on a database without accounts).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::CliContext)

public:
    /// dbArgument: the --db value, or empty for the GUI's current database; userLogin: the --user value;
    /// command: what is run, as the user typed it (e.g. "item add"), for refusals.
    explicit CliContext(QString dbArgument, QString userLogin = {}, QString command = {});
    ~CliContext();
    CliContext(const CliContext&) = delete;
    CliContext& operator=(const CliContext&) = delete;

    /// Opens and migrates the database the first time and signs --user in; throws Error/DbError, and
    /// SignInRequired without --user unless allowAnonymous() was called.
    Database& db();
    /// Lets db() open the database without --user (screen, verify, init, demo): the command then reads
    /// only what needs no session, or checks itself that nobody could sign in.
    void allowAnonymous() { m_anonymousAllowed = true; }
    /// Refuses the command for want of a signed-in user: records the refusal in the audit trail when
    /// the database exists (never creating one for it) and throws SignInRequired naming the command.
    [[noreturn]] void refuseAnonymous();
    /// What is run, e.g. "item add".
    const QString& command() const { return m_command; }
    /// The database's name as the user knows it (path or URL without password).
    QString databaseName() const;
    /// The schema version the database had before db() migrated it (0: it was new).
    int versionBeforeMigration() const { return m_versionBefore; }

    /// The --user login, or empty.
    const QString& userLogin() const { return m_userLogin; }
    /// The signed-in session of --user; refuseAnonymous() without --user, AuthError when sign-in fails.
    const Session& session();
    /// The password --user signed in with (to confirm a signature).
    const QString& password() const { return m_password; }
    /// For commands that handle signing in themselves (init, user passwd): db() then does not sign
    /// --user in.
    void signInLater() { m_signInOnOpen = false; }
    /// A password from the environment variable, else asked for on the terminal; throws UsageError when
    /// there is neither.
    QString secret(const char* variable, const QString& prompt);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// Parses a command's arguments (after its name). Returns false when help was printed (the command
    /// then ends successfully). synopsis follows the command in the usage line, e.g. "NAME [--agency]".
    /// Throws UsageError for unknown options or a wrong number of positional arguments.
    bool parse(QCommandLineParser& parser, const QStringList& args, const QString& command,
               const QString& synopsis, int minPositional, int maxPositional);

    /// The value of a required option; throws UsageError when it is missing or empty.
    static QString required(const QCommandLineParser& parser, const QString& option);
    /// A date typed as YYYY-MM-DD; what names the option or argument in the error.
    static QDate date(const QString& text, const QString& what);
    /// A positive whole number; what names the option or argument in the error.
    static qint64 number(const QString& text, const QString& what);

    // Names typed on the command line → ids; an unknown name throws Error naming it.
    qint64 departmentId(const QString& name);
    qint64 categoryId(const QString& name);
    /// A publication channel; an upper agency given here is an error.
    qint64 channelId(const QString& name);
    /// Any channel, upper agencies included (for filters).
    qint64 anyChannelId(const QString& name);
    qint64 agencyId(const QString& name);
    qint64 userId(const QString& login);

private:
    void recordAnonymousRefusal(const QString& reason);

    QString m_dbArgument;
    QString m_userLogin;
    QString m_command;
    QString m_password;
    bool m_signInOnOpen = true;
    bool m_anonymousAllowed = false;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
    int m_versionBefore = 0;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace gongkai::cli
