#pragma once

#include "../domain/auditrecord.h"
#include "auditverifier.h"

#include <QList>

class QIODevice;

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
    /// Writes the matching records, oldest first, as CSV (UTF-8 with BOM, for Excel): 序号, 时间 (UTC),
    /// 用户编号, 用户, 事件, 结果, 对象类型, 对象编号, 变更前, 变更后, 前一哈希, 哈希. Returns the number
    /// of records; throws Error when the device cannot be written. The export itself is audited.
    qint64 exportCsv(const Session& session, const AuditFilter& filter, QIODevice* device);
    VerifyReport verify(const Session& session);

private:
    Database& m_db;
};

} // namespace gongkai
