#pragma once

#include "domain/item.h"

#include <QString>

namespace gongkai {
class Database;
}

namespace gongkai::test {

/// Stores a historical item as the storage layer would after an attested paper review: the item as a
/// draft, its paper review (reviewers, a form reference, attested by attesterId if given), then its
/// publications, submissions and status. For tests of storage and reports, below the services.
qint64 addHistorical(Database& db, Item& item, const QString& reviewers, qint64 attesterId = 0);

} // namespace gongkai::test
