#include "accountservice.h"

#include "../storage/auditlog.h"
#include "../storage/credentialrepository.h"
#include "../storage/userrepository.h"
#include "authservice.h"
#include "passwordhasher.h"
#include "passwordpolicy.h"
#include "servicecall.h"
#include "session.h"

#include <QJsonObject>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

bool isActiveAdministrator(const User& u)
{
    return u.active && u.hasRole(Role::Administrator);
}
} // namespace

AccountService::AccountService(Database& db) : m_db(db) {}

QList<User> AccountService::users(const Session& session)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ManageAccounts, L("user"));
    return UserRepository(m_db).list(true);
}

qint64 AccountService::addUser(const Session& session, const User& user, const QString& password)
{
    ServiceCall call(m_db, session, AuditEvent::UserCreated);
    call.require(Permission::ManageAccounts, L("user"));
    const QList<FieldError> duties = Permissions::checkRoleSet(user.roles);
    if (!duties.isEmpty() && !user.roles.isEmpty()) {
        // Separation of duties: an attempt to combine the administrator or auditor with other roles is
        // a misuse attempt, recorded like a permission refusal.
        call.recordFailure(AuditEvent::UserCreated, L("user"), 0, duties.constFirst().message,
                           QStringLiteral("separation_of_duties"));
        throw ValidationError(duties);
    }
    QList<FieldError> errors = UserRepository::validate(user);
    errors << duties;
    const QString weak = PasswordPolicy::problem(password, user.login);
    if (!weak.isEmpty())
        errors.append({L("password"), weak});
    if (!errors.isEmpty())
        throw ValidationError(errors);
    TransactionGuard tx(m_db, TransactionMode::Immediate);
    const qint64 id = UserRepository(m_db).add(user);
    CredentialRepository(m_db).setPassword(id, PasswordHasher::hash(password), true);
    tx.commit();
    return id;
}

void AccountService::updateUser(const Session& session, const User& user)
{
    ServiceCall call(m_db, session, AuditEvent::UserChanged);
    call.require(Permission::ManageAccounts, L("user"), user.id);
    const QList<FieldError> errors = Permissions::checkRoleSet(user.roles);
    if (!errors.isEmpty() && !user.roles.isEmpty())
        call.recordFailure(AuditEvent::UserChanged, L("user"), user.id, errors.constFirst().message,
                           QStringLiteral("separation_of_duties"));
    if (!errors.isEmpty())
        throw ValidationError(errors);
    call.run(L("user"), user.id, [&] {
        TransactionGuard tx(m_db, TransactionMode::Immediate);
        UserRepository users(m_db);
        const std::optional<User> before = users.byId(user.id);
        if (!before)
            throw Error(tr("The user %1 does not exist.").arg(user.id));
        if (isActiveAdministrator(*before) && !isActiveAdministrator(user)) {
            int admins = 0;
            for (const User& u : users.list(false))
                admins += isActiveAdministrator(u) ? 1 : 0;
            if (admins <= 1)
                throw RuleError(
                    RuleError::Rule::LastAdministrator,
                    tr("%1 is the last active administrator: appoint another one first.").arg(before->login));
        }
        users.update(user);
        tx.commit();
    });
}

void AccountService::resetPassword(const Session& session, qint64 userId, const QString& password)
{
    ServiceCall call(m_db, session, AuditEvent::PasswordReset);
    call.require(Permission::ManageAccounts, L("user"), userId);
    const std::optional<User> user = UserRepository(m_db).byId(userId);
    if (!user)
        throw Error(tr("The user %1 does not exist.").arg(userId));
    AuthService::checkNewPassword(password, user->login);
    TransactionGuard tx(m_db);
    CredentialRepository(m_db).setPassword(userId, PasswordHasher::hash(password), true);
    AuditLog(m_db).append({AuditEvent::PasswordReset,
                           true,
                           L("user"),
                           userId,
                           {},
                           QJsonObject{{L("mustChangePassword"), true}}});
    tx.commit();
}

void AccountService::unlock(const Session& session, qint64 userId)
{
    ServiceCall call(m_db, session, AuditEvent::AccountUnlocked);
    call.require(Permission::ManageAccounts, L("user"), userId);
    const std::optional<User> user = UserRepository(m_db).byId(userId);
    if (!user)
        throw Error(tr("The user %1 does not exist.").arg(userId));
    TransactionGuard tx(m_db);
    CredentialRepository(m_db).clearFailures(userId);
    AuditLog(m_db).append(
        {AuditEvent::AccountUnlocked,
         true,
         L("user"),
         userId,
         QJsonObject{{L("failedLogins"), user->failedLogins},
                     {L("lockedUntil"),
                      user->lockedUntil.isValid() ? AuditLog::timeText(user->lockedUntil) : QString()}},
         {}});
    tx.commit();
}

} // namespace gongkai
