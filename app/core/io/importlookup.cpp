#include "importlookup.h"

#include "../error.h"
#include "../storage/categoryrepository.h"
#include "../storage/channelrepository.h"
#include "../storage/departmentrepository.h"
#include "../storage/userrepository.h"

namespace gongkai {

namespace {
QString firstMessage(const ValidationError& e)
{
    return e.errors().isEmpty() ? e.message() : e.errors().constFirst().message;
}
} // namespace

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

ImportLookup::ImportLookup(Database& db, bool createMissing) : m_db(db), m_createMissing(createMissing)
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
        m_takenLogins.insert(u.login.toCaseFolded());
    }
}

qint64 ImportLookup::department(const QString& name, QString* error)
{
    const qint64 id = m_departments.find(name);
    if (id > 0)
        return id;
    if (id == 0 && m_createMissing) {
        try {
            const qint64 created = DepartmentRepository(m_db).add(name);
            m_departments.add(name, created);
            return created;
        } catch (const ValidationError& e) {
            *error = tr("cannot create department “%1”: %2").arg(name, firstMessage(e));
            return 0;
        }
    }
    *error = id < 0 ? tr("department “%1” matches several departments that differ only in case").arg(name)
                    : tr("unknown department “%1”").arg(name);
    return 0;
}

qint64 ImportLookup::category(const QString& name, QString* error)
{
    const qint64 id = m_categories.find(name);
    if (id > 0)
        return id;
    if (id == 0 && m_createMissing) {
        try {
            const qint64 created = CategoryRepository(m_db).add(name);
            m_categories.add(name, created);
            return created;
        } catch (const ValidationError& e) {
            *error = tr("cannot create category “%1”: %2").arg(name, firstMessage(e));
            return 0;
        }
    }
    *error = id < 0 ? tr("category “%1” matches several categories that differ only in case").arg(name)
                    : tr("unknown category “%1”").arg(name);
    return 0;
}

qint64 ImportLookup::channel(const QString& name, bool agency, QString* error)
{
    const qint64 id = m_channels.find(name);
    if (id > 0)
        return id;
    if (id == 0 && m_createMissing) {
        try {
            const qint64 created = ChannelRepository(m_db).add(name, agency);
            m_channels.add(name, created);
            return created;
        } catch (const ValidationError& e) {
            *error =
                (agency ? tr("cannot create upper agency “%1”: %2") : tr("cannot create channel “%1”: %2"))
                    .arg(name, firstMessage(e));
            return 0;
        }
    }
    if (id < 0)
        *error = tr("channel “%1” matches several channels that differ only in case").arg(name);
    else
        *error = agency ? tr("unknown upper agency “%1”").arg(name) : tr("unknown channel “%1”").arg(name);
    return 0;
}

QString ImportLookup::nextAuthorLogin()
{
    QString login;
    do {
        login = QStringLiteral("author-%1").arg(++m_createdAuthors, 3, 10, QLatin1Char('0'));
    } while (m_takenLogins.contains(login));
    return login;
}

qint64 ImportLookup::author(const QString& text, qint64 departmentId, QString* error)
{
    // A login wins over a printed name: logins are unique, names are not.
    const auto exactLogin = m_logins.exact.constFind(text);
    if (exactLogin != m_logins.exact.cend())
        return *exactLogin;
    const QList<qint64> byName = m_userNames.value(text);
    if (byName.size() == 1)
        return byName.constFirst();
    if (byName.size() > 1) {
        *error = tr("author “%1” is ambiguous: %2 users have that name; give the login instead")
                     .arg(text)
                     .arg(byName.size());
        return 0;
    }
    const qint64 folded = m_logins.find(text);
    if (folded > 0)
        return folded;
    if (folded == 0 && m_createMissing) {
        User user;
        user.login = nextAuthorLogin();
        user.name = text;
        user.departmentId = departmentId;
        user.roles = {Role::Author};
        try {
            const qint64 created = UserRepository(m_db).add(user);
            m_logins.add(user.login, created);
            m_userNames[text].append(created);
            m_takenLogins.insert(user.login.toCaseFolded());
            return created;
        } catch (const ValidationError& e) {
            *error = tr("cannot create author “%1”: %2").arg(text, firstMessage(e));
            return 0;
        }
    }
    *error = folded < 0 ? tr("author “%1” matches several logins that differ only in case").arg(text)
                        : tr("unknown author “%1”").arg(text);
    return 0;
}

} // namespace gongkai
