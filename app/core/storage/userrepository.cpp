#include "userrepository.h"

#include "../error.h"
#include "auditlog.h"
#include "database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace gongkai {

namespace {
/// An account as the audit trail records it (never a password or its hash).
QJsonObject json(const User& user)
{
    QList<Role> roles = user.roles;
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    QJsonArray codes;
    for (Role r : roles)
        codes.append(roleCode(r));
    return QJsonObject{{QStringLiteral("login"), user.login.trimmed()},
                       {QStringLiteral("name"), user.name.trimmed()},
                       {QStringLiteral("department"), QString::number(user.departmentId)},
                       {QStringLiteral("roles"), codes},
                       {QStringLiteral("active"), user.active}};
}
} // namespace

UserRepository::UserRepository(Database& db) : m_db(db) {}

QList<FieldError> UserRepository::validate(const User& user)
{
    QList<FieldError> errors;
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9_.\\-]{2,32}$"));
    if (!loginPattern.match(user.login).hasMatch())
        errors.append({QStringLiteral("login"),
                       tr("The login must be 2 to 32 letters, digits, dots, dashes or underscores.")});
    if (user.name.trimmed().isEmpty())
        errors.append({QStringLiteral("name"), tr("The printed name is required.")});
    if (user.roles.isEmpty())
        errors.append({QStringLiteral("roles"), tr("Give the user at least one role.")});
    return errors;
}

void UserRepository::checkDepartment(qint64 departmentId) const
{
    if (departmentId <= 0)
        return;
    if (!m_db.scalar(QStringLiteral("SELECT id FROM departments WHERE id = :id"),
                     {{QStringLiteral("id"), departmentId}})
             .isValid())
        throw ValidationError({{QStringLiteral("department"), tr("The department does not exist.")}});
}

QList<User> UserRepository::query(const QString& where, const QVariantMap& binds) const
{
    QList<User> users;
    QHash<qint64, int> index;
    QSqlQuery q = m_db.exec(QStringLiteral("SELECT id, login, name, department_id, active, password_hash,"
                                           " must_change_password, failed_logins, locked_until FROM users %1 ORDER BY id")
                                .arg(where),
                            binds);
    while (q.next()) {
        User u;
        u.id = q.value(0).toLongLong();
        u.login = q.value(1).toString();
        u.name = q.value(2).toString();
        u.departmentId = q.value(3).toLongLong();
        u.active = q.value(4).toInt() != 0;
        u.hasPassword = !q.value(5).toString().isEmpty();
        u.mustChangePassword = q.value(6).toInt() != 0;
        u.failedLogins = q.value(7).toInt();
        u.lockedUntil = Database::timeFrom(q.value(8));
        index.insert(u.id, int(users.size()));
        users << u;
    }
    if (users.isEmpty())
        return users;
    QSqlQuery r = m_db.exec(QStringLiteral("SELECT user_id, role FROM user_roles ORDER BY user_id, role"));
    while (r.next()) {
        const auto it = index.constFind(r.value(0).toLongLong());
        Role role;
        if (it != index.cend() && roleFromString(r.value(1).toString(), &role))
            users[*it].roles << role;
    }
    for (User& u : users)
        std::sort(u.roles.begin(), u.roles.end());
    return users;
}

QList<User> UserRepository::list(bool includeInactive) const
{
    return query(includeInactive ? QString() : QStringLiteral("WHERE active = 1"), {});
}

std::optional<User> UserRepository::byId(qint64 id) const
{
    const auto users = query(QStringLiteral("WHERE id = :id"), {{QStringLiteral("id"), id}});
    return users.isEmpty() ? std::nullopt : std::optional<User>(users.first());
}

std::optional<User> UserRepository::byLogin(const QString& login) const
{
    const auto users = query(QStringLiteral("WHERE login = :l"), {{QStringLiteral("l"), login.trimmed()}});
    return users.isEmpty() ? std::nullopt : std::optional<User>(users.first());
}

void UserRepository::writeRoles(const User& user)
{
    m_db.exec(QStringLiteral("DELETE FROM user_roles WHERE user_id = :u"), {{QStringLiteral("u"), user.id}});
    QList<Role> roles = user.roles;
    std::sort(roles.begin(), roles.end());
    roles.erase(std::unique(roles.begin(), roles.end()), roles.end());
    for (Role role : roles)
        m_db.exec(QStringLiteral("INSERT INTO user_roles (user_id, role) VALUES (:u, :r)"),
                  {{QStringLiteral("u"), user.id}, {QStringLiteral("r"), roleCode(role)}});
}

qint64 UserRepository::add(const User& user)
{
    QList<FieldError> errors = validate(user);
    if (errors.isEmpty() && byLogin(user.login))
        errors.append({QStringLiteral("login"), tr("The login “%1” is taken.").arg(user.login)});
    if (!errors.isEmpty())
        throw ValidationError(errors);
    checkDepartment(user.departmentId);
    TransactionGuard tx(m_db);
    User stored = user;
    stored.id = m_db.insert(
        QStringLiteral("INSERT INTO users (login, name, department_id, active, created_at) "
                       "VALUES (:l, :n, :d, :a, :c) RETURNING id"),
        {{QStringLiteral("l"), user.login.trimmed()},
         {QStringLiteral("n"), user.name.trimmed()},
         {QStringLiteral("d"), user.departmentId > 0 ? QVariant(user.departmentId) : QVariant(QMetaType::fromType<qlonglong>())},
         {QStringLiteral("a"), user.active ? 1 : 0},
         {QStringLiteral("c"), m_db.toDb(m_db.nowUtc())}});
    writeRoles(stored);
    AuditLog(m_db).append({AuditEvent::UserCreated, true, QStringLiteral("user"), stored.id, {}, json(stored)});
    tx.commit();
    return stored.id;
}

void UserRepository::update(const User& user)
{
    const QList<FieldError> errors = validate(user);
    if (!errors.isEmpty())
        throw ValidationError(errors);
    checkDepartment(user.departmentId);
    TransactionGuard tx(m_db);
    const std::optional<User> before = byId(user.id);
    QSqlQuery q = m_db.exec(
        QStringLiteral("UPDATE users SET name = :n, department_id = :d, active = :a WHERE id = :id"),
        {{QStringLiteral("id"), user.id},
         {QStringLiteral("n"), user.name.trimmed()},
         {QStringLiteral("d"), user.departmentId > 0 ? QVariant(user.departmentId) : QVariant(QMetaType::fromType<qlonglong>())},
         {QStringLiteral("a"), user.active ? 1 : 0}});
    if (q.numRowsAffected() != 1 || !before)
        throw Error(tr("The user %1 does not exist.").arg(user.id));
    writeRoles(user);
    User after = user;
    after.login = before->login; // the login stays
    QJsonObject was = json(*before);
    QJsonObject now = json(after);
    for (const QString& key : was.keys()) {
        if (was.value(key) == now.value(key)) {
            was.remove(key);
            now.remove(key);
        }
    }
    if (!now.isEmpty())
        AuditLog(m_db).append({AuditEvent::UserChanged, true, QStringLiteral("user"), user.id, was, now});
    tx.commit();
}

} // namespace gongkai
