#include "authservice.h"

#include "../storage/auditlog.h"
#include "../storage/credentialrepository.h"
#include "../storage/database.h"
#include "../storage/userrepository.h"
#include "passwordhasher.h"
#include "passwordpolicy.h"
#include "reviewerrors.h"

#include <QJsonObject>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

/// Verified against when the login is unknown, so an unknown login takes as long as a wrong password.
const QString& decoyHash()
{
    static const QString hash = PasswordHasher::hash(QStringLiteral("decoy password, never used"));
    return hash;
}

QString clock(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("HH:mm"));
}
} // namespace

AuthService::AuthService(Database& db) : m_db(db) {}

bool AuthService::needsFirstAdministrator(Database& db)
{
    return db.scalar(L("SELECT COUNT(*) FROM users u JOIN user_roles r ON r.user_id = u.id"
                       " WHERE r.role = 'administrator' AND u.active = 1 AND u.password_hash IS NOT NULL"
                       " AND u.password_hash <> ''"))
               .toLongLong() == 0;
}

void AuthService::checkNewPassword(const QString& password, const QString& login)
{
    const QString why = PasswordPolicy::problem(password, login);
    if (!why.isEmpty())
        throw ValidationError({{L("password"), why}});
}

Session AuthService::createFirstAdministrator(const QString& adminLogin, const QString& name,
                                              const QString& password)
{
    if (!needsFirstAdministrator(m_db))
        throw Error(tr("An administrator exists already; sign in as that administrator."));
    checkNewPassword(password, adminLogin);
    const Actor previous = m_db.actor();
    m_db.setActor(Actor{0, L("system")});
    try {
        TransactionGuard tx(m_db, TransactionMode::Immediate);
        UserRepository users(m_db);
        User admin;
        admin.login = adminLogin.trimmed();
        admin.name = name.trimmed().isEmpty() ? adminLogin.trimmed() : name.trimmed();
        admin.roles = {Role::Administrator};
        admin.id = users.add(admin); // a taken login fails validation here
        CredentialRepository(m_db).setPassword(admin.id, PasswordHasher::hash(password), false);
        AuditLog(m_db).append({AuditEvent::PasswordChanged,
                               true,
                               L("user"),
                               admin.id,
                               {},
                               QJsonObject{{L("firstAdministrator"), true}}});
        tx.commit();
    } catch (...) {
        m_db.setActor(previous);
        throw;
    }
    m_db.setActor(previous);
    return login(adminLogin, password);
}

User AuthService::authenticate(const QString& loginText, const QString& password, Purpose purpose)
{
    const QString typed = loginText.trimmed();
    UserRepository users(m_db);
    const std::optional<User> found = users.byLogin(typed);
    const QDateTime now = m_db.nowUtc();
    const AuditEvent failedEvent =
        purpose == Purpose::Confirm ? AuditEvent::Reauthenticated : AuditEvent::LoginFailed;
    auto record = [&](const Actor& actor, AuditEvent event, bool success, const QString& reason,
                      qint64 userId) {
        QJsonObject details;
        if (!reason.isEmpty())
            details.insert(L("reason"), reason);
        AuditLog(m_db).append({event, success, L("user"), userId, {}, details}, actor);
    };
    const QString wrong = purpose == Purpose::Confirm ? tr("The password is wrong.")
                                                      : tr("The login or the password is wrong.");
    if (!found) {
        PasswordHasher::verify(decoyHash(), password);
        record(Actor{0, typed}, failedEvent, false, L("unknown login"), 0);
        throw AuthError(AuthError::Reason::WrongCredentials, wrong);
    }
    const Actor actor{found->id, found->login};
    CredentialRepository credentials(m_db);
    if (found->isLockedAt(now)) {
        record(actor, failedEvent, false, L("locked"), found->id);
        throw AuthError(
            AuthError::Reason::Locked,
            tr("The account is locked after too many failed sign-ins; try again after %1 or ask the "
               "administrator to unlock it.")
                .arg(clock(found->lockedUntil)),
            found->lockedUntil);
    }
    if (found->lockedUntil.isValid()) // the lock ran out: count afresh
        credentials.clearFailures(found->id);

    const QString hash = credentials.passwordHash(found->id);
    if (hash.isEmpty() || !PasswordHasher::verify(hash, password)) {
        TransactionGuard tx(m_db);
        const int failures = credentials.recordFailure(found->id);
        record(actor, failedEvent, false, hash.isEmpty() ? L("no password set") : L("wrong password"),
               found->id);
        if (failures >= kMaxFailedSignIns) {
            const QDateTime until = now.addSecs(kLockMinutes * 60);
            credentials.lockUntil(found->id, until);
            record(actor, AuditEvent::AccountLocked, true, {}, found->id);
            tx.commit();
            throw AuthError(AuthError::Reason::Locked,
                            tr("%1 The account is now locked for %2 minutes, until %3.")
                                .arg(wrong)
                                .arg(kLockMinutes)
                                .arg(clock(until)),
                            until);
        }
        tx.commit();
        throw AuthError(AuthError::Reason::WrongCredentials, wrong);
    }
    if (!found->active) {
        record(actor, failedEvent, false, L("deactivated"), found->id);
        throw AuthError(AuthError::Reason::Inactive,
                        tr("The account %1 is deactivated; ask the administrator.").arg(found->login));
    }
    if (found->failedLogins > 0 || found->lockedUntil.isValid())
        credentials.clearFailures(found->id);
    if (purpose == Purpose::SignIn && found->mustChangePassword) {
        record(actor, AuditEvent::LoginFailed, false, L("password change required"), found->id);
        throw AuthError(
            AuthError::Reason::PasswordChangeRequired,
            tr("Your password was reset by the administrator: choose a new one before you continue."));
    }
    return *users.byId(found->id);
}

Session AuthService::makeSession(const User& user)
{
    AuditLog(m_db).append({AuditEvent::Login, true, L("user"), user.id, {}, {}}, Actor{user.id, user.login});
    return Session(user, Session::databaseIdOf(m_db), m_db.nowUtc());
}

Session AuthService::login(const QString& login, const QString& password)
{
    return makeSession(authenticate(login, password, Purpose::SignIn));
}

Session AuthService::changePasswordAndLogin(const QString& login, const QString& currentPassword,
                                            const QString& newPassword)
{
    const User user = authenticate(login, currentPassword, Purpose::ChangeAtSignIn);
    checkNewPassword(newPassword, user.login);
    if (newPassword == currentPassword)
        throw ValidationError({{L("password"), tr("The new password must differ from the current one.")}});
    {
        TransactionGuard tx(m_db);
        CredentialRepository(m_db).setPassword(user.id, PasswordHasher::hash(newPassword), false);
        AuditLog(m_db).append({AuditEvent::PasswordChanged, true, L("user"), user.id, {}, {}},
                              Actor{user.id, user.login});
        tx.commit();
    }
    return makeSession(*UserRepository(m_db).byId(user.id));
}

bool AuthService::verifyPassword(const Session& session, const QString& password)
{
    if (session.databaseId() != Session::databaseIdOf(m_db))
        throw AuthError(AuthError::Reason::SessionInvalid,
                        tr("The session belongs to another database; sign in again."));
    try {
        const User user = authenticate(session.login(), password, Purpose::Confirm);
        if (user.id != session.userId())
            throw AuthError(AuthError::Reason::SessionInvalid,
                            tr("The account of this session no longer exists."));
        AuditLog(m_db).append({AuditEvent::Reauthenticated, true, L("user"), user.id, {}, {}},
                              Actor{user.id, user.login});
        return true;
    } catch (const AuthError& e) {
        if (e.reason() == AuthError::Reason::WrongCredentials)
            return false;
        throw;
    }
}

void AuthService::changePassword(const Session& session, const QString& currentPassword,
                                 const QString& newPassword)
{
    if (!verifyPassword(session, currentPassword))
        throw AuthError(AuthError::Reason::WrongCredentials, tr("The current password is wrong."));
    checkNewPassword(newPassword, session.login());
    if (newPassword == currentPassword)
        throw ValidationError({{L("password"), tr("The new password must differ from the current one.")}});
    TransactionGuard tx(m_db);
    CredentialRepository(m_db).setPassword(session.userId(), PasswordHasher::hash(newPassword), false);
    AuditLog(m_db).append({AuditEvent::PasswordChanged, true, L("user"), session.userId(), {}, {}},
                          Actor{session.userId(), session.login()});
    tx.commit();
}

void AuthService::logout(const Session& session)
{
    AuditLog(m_db).append({AuditEvent::Logout, true, L("user"), session.userId(), {}, {}},
                          Actor{session.userId(), session.login()});
}

void AuthService::recordAnonymousRefusal(const QString& attempted, const QString& reason)
{
    AuditLog(m_db).append({AuditEvent::PermissionDenied, false, L("command"), 0, {},
                           QJsonObject{{L("attempted"), attempted}, {L("reason"), reason}}},
                          Actor{0, L("(anonymous)")});
}

} // namespace gongkai
