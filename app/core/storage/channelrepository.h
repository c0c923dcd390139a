#pragma once

#include "../domain/channel.h"
#include "namedtable.h"

#include <QList>

#include <optional>

namespace gongkai {

class Database;

/// Reads and writes channels and upper agencies.
class ChannelRepository
{
public:
    explicit ChannelRepository(Database& db);

    QList<Channel> list(bool includeInactive = true) const;
    std::optional<Channel> byId(qint64 id) const;
    std::optional<Channel> byName(const QString& name) const;
#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    /// Adds one; throws ValidationError for an empty or duplicate name.
    qint64 add(const QString& name, bool isAgency = false);
    void update(const Channel& value);
#endif

private:
    static Channel fromRow(const NamedTable::Row& row);
    NamedTable m_table;
};

} // namespace gongkai
