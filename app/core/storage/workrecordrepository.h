#pragma once

#include "../domain/workrecord.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <optional>

namespace gongkai {

class Database;

/// Reads and writes work records (table work_records). Every write is audited as the connection's
/// actor (work_record_added / _changed / _deleted); changes use optimistic locking on row_version.
class WorkRecordRepository
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::WorkRecordRepository)

public:
    explicit WorkRecordRepository(Database& db);

    std::optional<WorkRecord> get(qint64 id) const;
    /// Records held from from to to (both inclusive; an invalid date leaves that end open) of the given
    /// kinds (empty: all), ordered by date, then by id.
    QList<WorkRecord> list(const QDate& from = {}, const QDate& to = {},
                           const QList<WorkRecordKind>& kinds = {}) const;
    /// WorkRecord::validate() plus the checks that need the database (the department exists).
    QList<FieldError> validate(const WorkRecord& record) const;

#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    /// Adds the record (ValidationError when invalid); fills in id, createdAt, createdBy, updatedAt and
    /// rowVersion. Returns the id.
    qint64 add(WorkRecord& record);
    /// Saves the record; record.rowVersion must be the one read, else ConflictError. Error when it
    /// does not exist.
    void update(WorkRecord& record);
    /// Deletes the record; ConflictError when it was changed since expectedRowVersion was read.
    void remove(qint64 id, int expectedRowVersion);
#endif

private:
    void checkOrThrow(const WorkRecord& record) const;

    Database& m_db;
};

} // namespace gongkai
