#pragma once

#include "review/session.h"

#include <QAbstractTableModel>
#include <QList>


namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// One of the office's editable lists (departments, channels, categories) for the administration
/// dialog. Every change goes straight to core, which validates the names; a refused change leaves
/// the row as it was and says why through refused().
class AdminListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        Departments,
        Channels,
        Categories
    };
    enum class Column
    {
        Name,
        Agency,
        Active
    };

    /// Changes go through AdminService as this administrator (checked and audited).
    AdminListModel(Database& db, const Session& session, Kind kind, QObject* parent = nullptr);

    Kind kind() const { return m_kind; }
    /// Which column shows what; the agency column exists for channels only.
    Column columnKind(int column) const;
    int columnOf(Column kind) const;

    void reload();
    /// Adds an entry and gives its row; throws ValidationError (empty or duplicate name).
    int add(const QString& name, bool isAgency = false);
    qint64 idAt(int row) const { return m_rows.at(row).id; }
    QString nameAt(int row) const { return m_rows.at(row).name; }
    bool isActive(int row) const { return m_rows.at(row).active; }
    /// Deactivates or activates one entry; false (and refused()) when core refuses.
    bool setActive(int row, bool active);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    /// Something was written to the database.
    void changed();
    /// Core refused a change; the message says why (translated).
    void refused(const QString& message);

private:
    struct Row
    {
        qint64 id = 0;
        QString name;
        bool active = true;
        bool agency = false;
    };
    QList<Row> load() const;
    void store(const Row& row);
    bool write(int row, const Row& updated);

    Database& m_db;
    Session m_session;
    Kind m_kind;
    QList<Row> m_rows;
};

} // namespace gongkai::ui
