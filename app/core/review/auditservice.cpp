#include "auditservice.h"

#include "../io/csvwriter.h"
#include "../storage/auditlog.h"
#include "servicecall.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonObject>

namespace gongkai {

AuditService::AuditService(Database& db) : m_db(db) {}

QList<AuditRecord> AuditService::list(const Session& session, const AuditFilter& filter, qint64 offset,
                                      int limit)
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

qint64 AuditService::exportCsv(const Session& session, const AuditFilter& filter, QIODevice* device)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadAuditTrail, QStringLiteral("audit"));
    AuditLog log(m_db);
    CsvWriter csv(device);
    csv.writeBom();
    // The headers are data (the office's archive is Chinese), like the ledger export's.
    csv.writeRecord({QStringLiteral("序号"), QStringLiteral("时间"), QStringLiteral("用户编号"),
                     QStringLiteral("用户"), QStringLiteral("事件"), QStringLiteral("结果"),
                     QStringLiteral("对象类型"), QStringLiteral("对象编号"), QStringLiteral("变更前"),
                     QStringLiteral("变更后"), QStringLiteral("前一哈希"), QStringLiteral("哈希")});
    qint64 written = 0;
    constexpr int kPage = 2000;
    for (qint64 offset = 0; csv.ok(); offset += kPage) {
        const QList<AuditRecord> page = log.list(filter, offset, kPage, false);
        for (const AuditRecord& r : page) {
            csv.writeRecord({QString::number(r.seq), AuditLog::timeText(r.at),
                             r.userId > 0 ? QString::number(r.userId) : QString(), r.login, r.eventCode,
                             r.success ? QStringLiteral("成功") : QStringLiteral("失败"), r.objectType,
                             r.objectId != 0 ? QString::number(r.objectId) : QString(), r.before, r.after,
                             r.prevHash, r.hash});
            ++written;
        }
        if (page.size() < kPage)
            break;
    }
    if (!csv.ok())
        throw Error(
            QCoreApplication::translate("gongkai::AuditService", "The export could not be written: %1")
                .arg(device->errorString()));
    // Who took a copy of the trail, and how much of it, is itself on record.
    AuditLog(m_db).append({AuditEvent::AuditExported,
                           true,
                           QStringLiteral("audit"),
                           0,
                           {},
                           QJsonObject{{QStringLiteral("records"), QString::number(written)}}});
    return written;
}

VerifyReport AuditService::verify(const Session& session)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadAuditTrail, QStringLiteral("audit"));
    return AuditVerifier::verify(m_db);
}

} // namespace gongkai
