#include "workrecordservice.h"

#include "../io/workrecordexporter.h"
#include "../io/workrecordimporter.h"
#include "../storage/workrecordrepository.h"
#include "servicecall.h"

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}
} // namespace

WorkRecordService::WorkRecordService(Database& db) : m_db(db) {}

std::optional<WorkRecord> WorkRecordService::record(const Session& session, qint64 id)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, L("work_record"), id);
    return WorkRecordRepository(m_db).get(id);
}

QList<WorkRecord> WorkRecordService::list(const Session& session, const QDate& from, const QDate& to,
                                          const QList<WorkRecordKind>& kinds)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, L("work_record"));
    return WorkRecordRepository(m_db).list(from, to, kinds);
}

qint64 WorkRecordService::add(const Session& session, WorkRecord& record)
{
    ServiceCall call(m_db, session, AuditEvent::WorkRecordAdded);
    call.require(Permission::WriteLedger, L("work_record"));
    return WorkRecordRepository(m_db).add(record);
}

void WorkRecordService::update(const Session& session, WorkRecord& record)
{
    ServiceCall call(m_db, session, AuditEvent::WorkRecordChanged);
    call.require(Permission::WriteLedger, L("work_record"), record.id);
    call.run(L("work_record"), record.id, [&] { WorkRecordRepository(m_db).update(record); });
}

void WorkRecordService::remove(const Session& session, qint64 id, int expectedRowVersion)
{
    ServiceCall call(m_db, session, AuditEvent::WorkRecordDeleted);
    call.require(Permission::WriteLedger, L("work_record"), id);
    call.run(L("work_record"), id, [&] { WorkRecordRepository(m_db).remove(id, expectedRowVersion); });
}

ImportResult WorkRecordService::importCsv(const Session& session, const QByteArray& data, bool checkOnly)
{
    ServiceCall call(m_db, session, AuditEvent::WorkRecordAdded);
    call.require(Permission::WriteLedger, L("work_record"));
    return WorkRecordImporter(m_db).importData(data, checkOnly);
}

QByteArray WorkRecordService::exportCsv(const Session& session, const QDate& from, const QDate& to,
                                        int* count)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, L("work_record"));
    return WorkRecordExporter(m_db).exportData(from, to, count);
}

} // namespace gongkai
