#pragma once

#include <QString>
#include <QVariantMap>

namespace gongkai::bench {

/// SQL with the named bind values written in as literals, for a tool that cannot bind.
QString inlineBinds(QString sql, const QVariantMap& binds);

/// Runs SQL in the sqlite3 command-line tool and reads its own timer ("Run Time: real …").
class Sqlite3Cli
{
public:
    Sqlite3Cli(QString program, QString file);
    /// Median of the tool's reported real time over a few runs, in ms; -1 when the tool is missing.
    double medianMs(const QString& sql, int runs = 5) const;

private:
    QString m_program;
    QString m_file;
};

} // namespace gongkai::bench
