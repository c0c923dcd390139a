#pragma once

#include "review/reviewservice.h"

#include <QAbstractTableModel>
#include <QList>

namespace gongkai::ui {

/// The items waiting for the signed-in user's signature (InboxEntry rows), oldest first.
class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ItemColumn,
        TitleColumn,
        StepColumn,
        WaitingColumn,
        AuthorColumn,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1
    };

    explicit InboxModel(QObject* parent = nullptr);

    void setEntries(QList<InboxEntry> entries);
    const QList<InboxEntry>& entries() const { return m_entries; }
    const InboxEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<InboxEntry> m_entries;
};

} // namespace gongkai::ui
