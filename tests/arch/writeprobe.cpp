// Compiled twice by tests/arch: as core sees the repositories (it must compile) and as the GUI and the
// CLI see them, with GONGKAI_STORAGE_READ_ONLY (it must not): a write around the services does not build
// there. The test fails if either stops being true.
#include "domain/item.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/userrepository.h"

namespace gongkai {

void writeAroundTheServices(Database& db, Item& item, const User& user)
{
    ItemRepository(db).add(item);
    UserRepository(db).add(user);
    db.setActor(Actor{0, QStringLiteral("cli")});
}

} // namespace gongkai
