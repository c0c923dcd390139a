#include "databasechoice.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace gongkai {

namespace {
const auto kCurrentKey = QLatin1String("database/current");
const auto kRecentKey = QLatin1String("database/recent");
constexpr int kMaxRecent = 8;
} // namespace

DbLocation DatabaseChoice::defaultEmbedded()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.gongkai");
    return DbLocation::parse(dir + QStringLiteral("/gongkai.sqlite"));
}

DbLocation DatabaseChoice::current()
{
    const QString saved = QSettings().value(kCurrentKey).toString();
    if (!saved.isEmpty()) {
        try {
            return DbLocation::parse(saved);
        } catch (...) {
        }
    }
    return defaultEmbedded();
}

void DatabaseChoice::remember(const DbLocation& location)
{
    QSettings settings;
    const QString text = location.toString();
    settings.setValue(kCurrentKey, text);
    QStringList list = settings.value(kRecentKey).toStringList();
    list.removeAll(text);
    list.prepend(text);
    while (list.size() > kMaxRecent)
        list.removeLast();
    settings.setValue(kRecentKey, list);
}

QStringList DatabaseChoice::recent()
{
    return QSettings().value(kRecentKey).toStringList();
}

void DatabaseChoice::clearRecent()
{
    QSettings().remove(kRecentKey);
}

QString DatabaseChoice::passwordFromEnvironment()
{
    return qEnvironmentVariable("GONGKAI_DB_PASSWORD");
}

} // namespace gongkai
