#pragma once

#include "../domain/workrecord.h"
#include "../io/itemimporter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace gongkai {

class Database;
class Session;

/// Work records (trainings, interviews, press events, reading-room deliveries, other work) for a
/// signed-in user: readers of the ledger (Permission::ReadLedger) list and export them, writers
/// (Permission::WriteLedger) add, change, delete and import them. WorkRecordRepository audits every
/// change as the session's user; refusals and conflicts are audited here.
class WorkRecordService
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::WorkRecordService)

public:
    explicit WorkRecordService(Database& db);

    std::optional<WorkRecord> record(const Session& session, qint64 id);
    /// See WorkRecordRepository::list.
    QList<WorkRecord> list(const Session& session, const QDate& from = {}, const QDate& to = {},
                           const QList<WorkRecordKind>& kinds = {});
    /// Adds the record; ValidationError when it is invalid. Returns the id (filled in record too).
    qint64 add(const Session& session, WorkRecord& record);
    /// Saves a change (optimistic: record.rowVersion as read, else ConflictError).
    void update(const Session& session, WorkRecord& record);
    void remove(const Session& session, qint64 id, int expectedRowVersion);

    /// Imports a CSV file's bytes, all or nothing (WorkRecordImporter).
    ImportResult importCsv(const Session& session, const QByteArray& data, bool checkOnly = false);
    /// The records of the period as CSV (WorkRecordExporter); count receives how many.
    QByteArray exportCsv(const Session& session, const QDate& from = {}, const QDate& to = {},
                         int* count = nullptr);

private:
    Database& m_db;
};

} // namespace gongkai
