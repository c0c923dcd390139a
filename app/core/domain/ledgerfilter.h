#pragma once

#include "item.h"

#include <QDate>
#include <QString>

#include <optional>

namespace gongkai {

/// What the ledger view and `list items` narrow the ledger to. Empty fields do not filter.
struct LedgerFilter
{
    QString text;     ///< words that must all appear in title, document number or summary
    QDate from;       ///< publication date range (inclusive); with a channel, on that channel
    QDate to;
    qint64 channelId = 0;    ///< items with a publication on this channel
    qint64 categoryId = 0;
    qint64 departmentId = 0;
    std::optional<ItemStatus> status;
    bool includeWithdrawn = true;

    bool operator==(const LedgerFilter&) const = default;
};

/// Columns the ledger can be sorted by.
enum class LedgerColumn { Id, Title, DocNumber, Category, Department, Author, Drafted, Status, Updated };

struct LedgerSort
{
    LedgerColumn column = LedgerColumn::Drafted;
    bool descending = true;
    bool operator==(const LedgerSort&) const = default;
};

/// One row of the ledger as listed (names resolved, channels summarised).
struct LedgerRow
{
    qint64 id = 0;
    QString title;
    QString docNumber;
    QString category;
    QString department;
    QString author;
    QDate drafted;
    ItemStatus status = ItemStatus::Draft;
    DisclosureAttribute attribute = DisclosureAttribute::Proactive;
    QString channels;     ///< names of the channels it was published on, joined by 、
    QDate firstPublished; ///< earliest publication date, invalid when unpublished
    int submissions = 0;
    int adoptions = 0;
    QDateTime updatedAt; ///< UTC
};

} // namespace gongkai
