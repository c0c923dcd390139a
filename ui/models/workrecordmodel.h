#pragma once

#include "domain/workrecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace gongkai::ui {

/// The work records of one period as a table. An office enters a few dozen a year, so the period's
/// records are held whole; setRecords() replaces them after each change (the window rereads through
/// WorkRecordService, which checks the user).
class WorkRecordModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        KindColumn,
        TitleColumn,
        OrganiserColumn,
        AttendeesColumn,
        DocumentsColumn,
        RecipientsColumn,
        DepartmentColumn,
        NoteColumn,
        ColumnCount
    };

    explicit WorkRecordModel(QObject* parent = nullptr);

    void setRecords(QList<WorkRecord> records, QHash<qint64, QString> departmentNames);
    const QList<WorkRecord>& records() const { return m_records; }
    /// The record of a row, or nullptr for an invalid index.
    const WorkRecord* recordAt(int row) const;
    /// The row of the record with this id, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<WorkRecord> m_records;
    QHash<qint64, QString> m_departments;
};

} // namespace gongkai::ui
