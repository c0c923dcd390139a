#pragma once

#include "domain/auditrecord.h"
#include "review/session.h"

#include <QAbstractTableModel>
#include <QList>

namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// The audit trail for the auditor, newest first, read a page at a time through AuditService as the
/// view scrolls (fetchMore).
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        SeqColumn,
        TimeColumn,
        UserColumn,
        EventColumn,
        ResultColumn,
        ObjectColumn,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    AuditTableModel(Database& db, const Session& session, QObject* parent = nullptr);

    void setFilter(const AuditFilter& filter);
    const AuditFilter& filter() const { return m_filter; }
    /// Reads the trail again from the top.
    void reload();
    /// Matching records in the trail (not only the rows read so far).
    qint64 totalCount() const { return m_total; }
    const AuditRecord& recordAt(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    /// Reading failed (e.g. the session is no longer valid); translated.
    void failed(const QString& message);

private:
    Database& m_db;
    Session m_session;
    AuditFilter m_filter;
    QList<AuditRecord> m_rows;
    qint64 m_total = 0;
};

} // namespace gongkai::ui
