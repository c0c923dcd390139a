#pragma once

#include "../domain/auditrecord.h"
#include "auditverifier.h"

#include <QList>

namespace gongkai {

class Database;
class Session;

/// The auditor's view of the audit trail (Permission::ReadAuditTrail): filter, page, export, verify.
/// Nobody can change the trail through the program.
class AuditService
{
public:
    explicit AuditService(Database& db);

    /// Newest first, a page at a time.
    QList<AuditRecord> list(const Session& session, const AuditFilter& filter, qint64 offset, int limit);
    qint64 count(const Session& session, const AuditFilter& filter);
    VerifyReport verify(const Session& session);

private:
    Database& m_db;
};

} // namespace gongkai
