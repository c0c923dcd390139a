#include "auditservice.h"

#include "../storage/auditlog.h"
#include "servicecall.h"

namespace gongkai {

AuditService::AuditService(Database& db) : m_db(db) {}

QList<AuditRecord> AuditService::list(const Session& session, const AuditFilter& filter, qint64 offset, int limit)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadAuditTrail, QStringLiteral("audit"));
    return AuditLog(m_db).list(filter, offset, limit);
}

qint64 AuditService::count(const Session& session, const AuditFilter& filter)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadAuditTrail, QStringLiteral("audit"));
    return AuditLog(m_db).count(filter);
}

VerifyReport AuditService::verify(const Session& session)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadAuditTrail, QStringLiteral("audit"));
    return AuditVerifier::verify(m_db);
}

} // namespace gongkai
