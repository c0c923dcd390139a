#include "sqlite3cli.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace gongkai::bench {

QString inlineBinds(QString sql, const QVariantMap& binds)
{
    // Longest names first, so :w0a is not replaced inside :w0ab.
    QStringList names = binds.keys();
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    for (const QString& name : names) {
        const QVariant v = binds.value(name);
        QString literal;
        if (v.isNull())
            literal = QStringLiteral("NULL");
        else if (v.typeId() == QMetaType::QString)
            literal = QLatin1Char('\'') + v.toString().replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
        else
            literal = v.toString();
        sql.replace(QRegularExpression(QLatin1Char(':') + name + QStringLiteral("\\b")), literal);
    }
    return sql;
}

Sqlite3Cli::Sqlite3Cli(QString program, QString file) : m_program(std::move(program)), m_file(std::move(file)) {}

double Sqlite3Cli::medianMs(const QString& sql, int runs) const
{
    static const QRegularExpression timer(QStringLiteral("Run Time: real ([0-9.]+)"));
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess proc;
        proc.start(m_program, {QStringLiteral("-readonly"), m_file});
        if (!proc.waitForStarted(5000))
            return -1;
        // The same cache size the program sets, then the timed statement.
        proc.write(QStringLiteral("PRAGMA cache_size = -32768;\n.timer on\n%1;\n").arg(sql).toUtf8());
        proc.closeWriteChannel();
        proc.waitForFinished(600000);
        const auto m = timer.match(QString::fromUtf8(proc.readAllStandardOutput()));
        if (!m.hasMatch())
            return -1;
        times.push_back(m.captured(1).toDouble() * 1000.0);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace gongkai::bench
