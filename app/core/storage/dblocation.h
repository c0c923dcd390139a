#pragma once

#include <QString>

namespace gongkai {

enum class Dialect { Sqlite, PostgreSql };

/// Names a database: a SQLite file path, or postgresql://user@host:port/dbname.
/// The password is never part of it; see Database::open.
struct DbLocation
{
    Dialect dialect = Dialect::Sqlite;
    QString path; ///< SQLite file (absolute after parse)
    QString host;
    int port = 5432;
    QString user;
    QString database;

    /// Parses a path or URL; throws Error on a malformed URL.
    static DbLocation parse(const QString& text);
    /// Back to the text form, without any password.
    QString toString() const;
    bool isServer() const { return dialect == Dialect::PostgreSql; }
    bool operator==(const DbLocation&) const = default;
};

} // namespace gongkai
