#include "channelrepository.h"

namespace gongkai {

ChannelRepository::ChannelRepository(Database& db) : m_table(db, QStringLiteral("channels"), QStringLiteral("is_agency")) {}

Channel ChannelRepository::fromRow(const NamedTable::Row& row)
{
    Channel value;
    value.id = row.id;
    value.name = row.name;
    value.active = row.active;
    value.isAgency = row.flag;
    return value;
}

QList<Channel> ChannelRepository::list(bool includeInactive) const
{
    QList<Channel> out;
    for (const NamedTable::Row& row : m_table.list(includeInactive))
        out << fromRow(row);
    return out;
}

std::optional<Channel> ChannelRepository::byId(qint64 id) const
{
    const auto row = m_table.byId(id);
    return row ? std::optional<Channel>(fromRow(*row)) : std::nullopt;
}

std::optional<Channel> ChannelRepository::byName(const QString& name) const
{
    const auto row = m_table.byName(name);
    return row ? std::optional<Channel>(fromRow(*row)) : std::nullopt;
}

qint64 ChannelRepository::add(const QString& name, bool isAgency)
{
    return m_table.add(name, isAgency);
}

void ChannelRepository::update(const Channel& value)
{
    m_table.update(NamedTable::Row{value.id, value.name, value.active, value.isAgency});
}

} // namespace gongkai
