#include "dblocation.h"

#include "../error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

namespace gongkai {

DbLocation DbLocation::parse(const QString& text)
{
    DbLocation loc;
    const QString t = text.trimmed();
    if (t.startsWith(QLatin1String("postgresql://")) || t.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            throw Error(QCoreApplication::translate("gongkai::Database",
                                                    "Not a valid server address: %1 (expected "
                                                    "postgresql://user@host:port/dbname)")
                            .arg(t));
        if (!url.password().isEmpty())
            throw Error(QCoreApplication::translate(
                "gongkai::Database",
                "Do not put the password in the server address; set GONGKAI_DB_PASSWORD or type it "
                "when asked."));
        loc.dialect = Dialect::PostgreSql;
        loc.host = url.host();
        loc.port = url.port(5432);
        loc.user = url.userName();
        loc.database = url.path().mid(1);
        if (loc.database.isEmpty())
            throw Error(QCoreApplication::translate("gongkai::Database",
                                                    "The server address names no database: %1")
                            .arg(t));
        return loc;
    }
    if (t.isEmpty())
        throw Error(QCoreApplication::translate("gongkai::Database", "No database was named."));
    QString path = t;
    if (path.startsWith(QLatin1String("sqlite://")))
        path = path.mid(9);
    loc.dialect = Dialect::Sqlite;
    loc.path = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return loc;
}

QString DbLocation::toString() const
{
    if (dialect == Dialect::Sqlite)
        return QDir::toNativeSeparators(path);
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    if (!user.isEmpty())
        url.setUserName(user);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

} // namespace gongkai
