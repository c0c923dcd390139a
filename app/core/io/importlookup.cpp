#include "importlookup.h"

#include "../storage/categoryrepository.h"
#include "../storage/channelrepository.h"
#include "../storage/departmentrepository.h"
#include "../storage/userrepository.h"

namespace gongkai {

int MissingNames::count() const
{
    return int(departments.size() + categories.size() + channels.size() + agencies.size() + authors.size());
}

void ImportLookup::Index::add(const QString& name, qint64 id)
{
    exact.insert(name, id);
    folded[name.toCaseFolded()].append(id);
}

qint64 ImportLookup::Index::find(const QString& name) const
{
    const auto it = exact.constFind(name);
    if (it != exact.cend())
        return *it;
    const auto f = folded.constFind(name.toCaseFolded());
    if (f == folded.cend())
        return 0;
    return f->size() == 1 ? f->constFirst() : -1;
}

ImportLookup::ImportLookup(Database& db)
{
    for (const Department& d : DepartmentRepository(db).list(true))
        m_departments.add(d.name, d.id);
    for (const Category& c : CategoryRepository(db).list(true))
        m_categories.add(c.name, c.id);
    for (const Channel& c : ChannelRepository(db).list(true))
        m_channels.add(c.name, c.id);
    for (const User& u : UserRepository(db).list(true)) {
        m_logins.add(u.login, u.id);
        m_userNames[u.name].append(u.id);
        m_users.insert(u.id, u);
    }
}

const User* ImportLookup::user(qint64 id) const
{
    const auto it = m_users.constFind(id);
    return it == m_users.cend() ? nullptr : &*it;
}

qint64 ImportLookup::found(qint64 id)
{
    m_outcome = Outcome::Found;
    return id;
}

qint64 ImportLookup::missing(QStringList* list, const QString& name, const QString& reason, QString* error)
{
    if (!list->contains(name))
        list->append(name);
    m_outcome = Outcome::Missing;
    *error = reason;
    return 0;
}

qint64 ImportLookup::problem(const QString& reason, QString* error)
{
    m_outcome = Outcome::Problem;
    *error = reason;
    return 0;
}

qint64 ImportLookup::department(const QString& name, QString* error)
{
    const qint64 id = m_departments.find(name);
    if (id > 0)
        return found(id);
    if (id < 0)
        return problem(tr("department “%1” matches several departments that differ only in case").arg(name),
                       error);
    return missing(&m_missing.departments, name, tr("unknown department “%1”").arg(name), error);
}

qint64 ImportLookup::category(const QString& name, QString* error)
{
    const qint64 id = m_categories.find(name);
    if (id > 0)
        return found(id);
    if (id < 0)
        return problem(tr("category “%1” matches several categories that differ only in case").arg(name),
                       error);
    return missing(&m_missing.categories, name, tr("unknown category “%1”").arg(name), error);
}

qint64 ImportLookup::channel(const QString& name, bool agency, QString* error)
{
    const qint64 id = m_channels.find(name);
    if (id > 0)
        return found(id);
    if (id < 0)
        return problem(tr("channel “%1” matches several channels that differ only in case").arg(name), error);
    // One new name is created as one kind: the file must not use it as both.
    if ((agency ? m_missing.channels : m_missing.agencies).contains(name))
        return problem(tr("“%1” is named both as a publication channel (发布记录) and as an upper agency "
                          "(报送记录); a name can only be one of them")
                           .arg(name),
                       error);
    return agency ? missing(&m_missing.agencies, name, tr("unknown upper agency “%1”").arg(name), error)
                  : missing(&m_missing.channels, name, tr("unknown channel “%1”").arg(name), error);
}

qint64 ImportLookup::author(const QString& text, const QString& department, QString* error)
{
    // A login wins over a printed name: logins are unique, names are not.
    const auto exactLogin = m_logins.exact.constFind(text);
    if (exactLogin != m_logins.exact.cend())
        return found(*exactLogin);
    const QList<qint64> byName = m_userNames.value(text);
    if (byName.size() == 1)
        return found(byName.constFirst());
    if (byName.size() > 1)
        return problem(tr("author “%1” is ambiguous: %2 users have that name; give the login instead")
                           .arg(text)
                           .arg(byName.size()),
                       error);
    const qint64 folded = m_logins.find(text);
    if (folded > 0)
        return found(folded);
    if (folded < 0)
        return problem(tr("author “%1” matches several logins that differ only in case").arg(text), error);
    if (!m_missingAuthors.contains(text)) {
        m_missingAuthors.insert(text);
        m_missing.authors.append({text, department, QString()});
    }
    m_outcome = Outcome::Missing;
    *error = tr("unknown author “%1”").arg(text);
    return 0;
}

} // namespace gongkai
