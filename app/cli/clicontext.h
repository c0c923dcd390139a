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
}

namespace gongkai::cli {

/// The command was called wrongly (unknown option, missing argument …); exits with status 2.
class UsageError : public Error
{
public:
    using Error::Error;
};

/// What every command needs: the database named by --db (opened and migrated on first use), UTF-8
/// output, option parsing with --help, and turning names typed on the command line into ids.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::CliContext)

public:
    /// dbArgument: the --db value, or empty for the GUI's current database.
    explicit CliContext(QString dbArgument);
    ~CliContext();
    CliContext(const CliContext&) = delete;
    CliContext& operator=(const CliContext&) = delete;

    /// Opens and migrates the database the first time; throws Error/DbError.
    Database& db();
    /// The database's name as the user knows it (path or URL without password).
    QString databaseName() const;
    /// The schema version the database had before db() migrated it (0: it was new).
    int versionBeforeMigration() const { return m_versionBefore; }

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
    QString m_dbArgument;
    std::unique_ptr<Database> m_db;
    int m_versionBefore = 0;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace gongkai::cli
