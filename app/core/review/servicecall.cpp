#include "servicecall.h"

#include "../storage/auditlog.h"
#include "../storage/userrepository.h"
#include "session.h"

#include <QJsonObject>

namespace gongkai {

ServiceCall::ServiceCall(Database& db, const Session& session, AuditEvent attempted)
    : m_db(db), m_attempted(attempted), m_previousActor(db.actor())
{
    const Actor actor{session.userId(), session.login()};
    auto invalid = [&](AuthError::Reason reason, const QString& message, const QDateTime& until = {}) {
        m_db.setActor(actor);
        recordFailure(AuditEvent::PermissionDenied, QStringLiteral("session"), session.userId(), message,
                      QStringLiteral("session_invalid"));
        m_db.setActor(m_previousActor);
        throw AuthError(reason, message, until);
    };
    if (session.databaseId().isEmpty() || session.databaseId() != Session::databaseIdOf(db))
        invalid(AuthError::Reason::SessionInvalid,
                tr("The session belongs to another database; sign in again."));
    const std::optional<User> user = UserRepository(db).byId(session.userId());
    if (!user || user->login != session.login())
        invalid(AuthError::Reason::SessionInvalid, tr("The account of this session no longer exists."));
    if (!user->active)
        invalid(AuthError::Reason::Inactive,
                tr("The account %1 was deactivated; sign in with another account.").arg(user->login));
    if (user->isLockedAt(db.nowUtc()))
        invalid(AuthError::Reason::Locked,
                tr("The account %1 is locked until %2.")
                    .arg(user->login, user->lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm"))),
                user->lockedUntil);
    m_user = *user;
    m_db.setActor(actor);
}

ServiceCall::~ServiceCall()
{
    m_db.setActor(m_previousActor);
}

void ServiceCall::require(Permission permission, const QString& objectType, qint64 objectId)
{
    const QString why = Permissions::refusal(m_user, permission);
    if (why.isEmpty())
        return;
    recordFailure(AuditEvent::PermissionDenied, objectType, objectId, why, Permissions::describe(permission));
    throw PermissionError(why);
}

void ServiceCall::refuse(const RuleError& error, const QString& objectType, qint64 objectId)
{
    recordFailure(m_attempted, objectType, objectId, error.message(), RuleError::code(error.rule()));
    throw error;
}

void ServiceCall::recordFailure(AuditEvent event, const QString& objectType, qint64 objectId,
                                const QString& reason, const QString& code)
{
    QJsonObject details{{QStringLiteral("reason"), reason}};
    if (!code.isEmpty())
        details.insert(QStringLiteral("rule"), code);
    if (event == AuditEvent::PermissionDenied && m_attempted != AuditEvent::PermissionDenied)
        details.insert(QStringLiteral("attempted"), auditEventCode(m_attempted));
    AuditLog(m_db).append({event, false, objectType, objectId, {}, details});
}

} // namespace gongkai
