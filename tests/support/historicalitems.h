#pragma once

#include "domain/item.h"

#include <QString>

namespace gongkai {
class Database;
}

namespace gongkai::test {

/// Historical items for fixtures of many rows: stored with an attested paper review and then their
/// publications, straight through the repositories (no password per item). Tests of the attestation
/// itself go through ItemService (ReviewOffice::attestPaper).
struct HistoricalItems
{
    /// Adds item (its publications come after the paper review, which 先审查后公开 requires), records
    /// the paper review by reviewers as attested by attesterId (0: an unattested record, as before
    /// schema 7) and fills in item's id, status and row version. Returns the id.
    static qint64 add(Database& db, Item& item, const QString& reviewers, qint64 attesterId = 0,
                      const QString& attesterName = {}, const QString& formRef = QStringLiteral("纸质审查单"));
};

} // namespace gongkai::test
