#pragma once

#include <QString>
#include <QStringList>

namespace gongkai::test {

/// What one run of the built gongkai-cli gave.
struct CliResult
{
    int code = -1; ///< -1 when it did not start or crashed
    QString out;
    QString err;

    /// Exit code, stdout and stderr, for a failing check's message.
    QString describe() const;
};

/// Runs the built gongkai-cli (program) on one database as a script on a server would: a private home,
/// no display, a UTF-8 locale. password goes into GONGKAI_PASSWORD for this run only (none inherited);
/// timeZone, when given, sets TZ.
CliResult runCli(const QString& program, const QString& db, const QStringList& args, const QString& home,
                 const QString& password = {}, const QString& timeZone = {});

} // namespace gongkai::test
