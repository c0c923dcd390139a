#include "clirunner.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace gongkai::test {

QString CliResult::describe() const
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(code).arg(out, err);
}

CliResult runCli(const QString& program, const QString& db, const QStringList& args, const QString& home,
                 const QString& password, const QString& timeZone)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "GONGKAI_PASSWORD"})
        e.remove(QLatin1String(name));
    if (!password.isEmpty())
        e.insert(QStringLiteral("GONGKAI_PASSWORD"), password);
    if (!timeZone.isEmpty())
        e.insert(QStringLiteral("TZ"), timeZone);
    e.insert(QStringLiteral("HOME"), home);
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    e.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    e.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(e);
    p.start(program, QStringList{QStringLiteral("--db"), db} + args);
    if (!p.waitForStarted())
        return {};
    p.closeWriteChannel();
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace gongkai::test
