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
    /// Adds one; throws ValidationError for an empty or duplicate name.
    qint64 add(const QString& name, bool isAgency = false);
    void update(const Channel& value);

private:
    static Channel fromRow(const NamedTable::Row& row);
    NamedTable m_table;
};

} // namespace gongkai
