#include "session.h"

#include "../storage/database.h"

namespace gongkai {

QString Session::databaseIdOf(Database& db)
{
    return db.scalar(QStringLiteral("SELECT value FROM gongkai_meta WHERE key = 'database_id'")).toString();
}

} // namespace gongkai
