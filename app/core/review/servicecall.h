#pragma once

#include "../domain/auditrecord.h"
#include "../domain/user.h"
#include "../storage/database.h"
#include "permissions.h"
#include "reviewerrors.h"

#include <QCoreApplication>

namespace gongkai {

class Session;

/// How every session-checked service call begins and how its refusals are recorded (internal to the
/// services; the GUI does not use it).
///
/// The constructor checks the session: it must come from this database (Session::databaseId), and its
/// user must still exist, be active and not locked out; the user's roles are read afresh. For the
/// call's lifetime the connection's actor is the session's user, so the repositories' audit records
/// name them. A refusal (PermissionError, RuleError, ConflictError, a bad session) is appended to the
/// audit trail with success = false after the call's transaction rolled back, then rethrown.
class ServiceCall
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ServiceCall)

public:
    /// attempted: the event a refused attempt is recorded as (permission refusals are permission_denied).
    ServiceCall(Database& db, const Session& session, AuditEvent attempted);
    ~ServiceCall();
    ServiceCall(const ServiceCall&) = delete;
    ServiceCall& operator=(const ServiceCall&) = delete;

    /// The session's user as stored now.
    const User& user() const { return m_user; }

    /// Throws PermissionError (audited) unless the user has the permission.
    void require(Permission permission, const QString& objectType = {}, qint64 objectId = 0);
    /// Audits a refused attempt and throws error.
    [[noreturn]] void refuse(const RuleError& error, const QString& objectType, qint64 objectId);

    /// Runs body; a PermissionError, RuleError or ConflictError thrown by it is audited and rethrown.
    /// Open the transaction inside body, so it has rolled back before the refusal is recorded.
    template <typename F> auto run(const QString& objectType, qint64 objectId, F&& body) -> decltype(body())
    {
        try {
            return body();
        } catch (const PermissionError& e) {
            recordFailure(AuditEvent::PermissionDenied, objectType, objectId, e.message(), QString());
            throw;
        } catch (const RuleError& e) {
            recordFailure(m_attempted, objectType, objectId, e.message(), RuleError::code(e.rule()));
            throw;
        } catch (const ConflictError& e) {
            recordFailure(m_attempted, objectType, objectId, e.message(), QStringLiteral("conflict"));
            throw;
        }
    }

    /// Appends a failed attempt (success = false) with the reason, as the session's user.
    void recordFailure(AuditEvent event, const QString& objectType, qint64 objectId, const QString& reason,
                       const QString& code);

private:
    Database& m_db;
    AuditEvent m_attempted;
    Actor m_previousActor;
    User m_user;
};

} // namespace gongkai
