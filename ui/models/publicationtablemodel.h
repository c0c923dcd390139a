#pragma once

#include "domain/channel.h"
#include "domain/publication.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace gongkai::ui {

/// The publications of the item in the item dialog, edited in memory; the dialog saves them.
class PublicationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ChannelColumn,
        DateColumn,
        ReferenceColumn,
        ColumnCount
    };
    /// The channel column's choices for its editor: a list of [name, id] pairs.
    static constexpr int ChoicesRole = Qt::UserRole + 1;

    explicit PublicationTableModel(QObject* parent = nullptr);

    /// Every channel (names for display); the active non-agency ones are offered.
    void setChannels(const QList<Channel>& channels);
    void setPublications(const QList<Publication>& publications);
    const QList<Publication>& publications() const { return m_rows; }
    /// Appends a row and gives its number.
    int appendPublication(const Publication& publication);
    void removePublication(int row);
    /// The first channel a new row should get, or 0.
    qint64 defaultChannel() const;

    /// Rows that failed validation, with their messages (background and tooltip).
    void setRowErrors(const QHash<int, QStringList>& errors);
    bool rowHasError(int row) const { return m_errors.contains(row); }
    void setReadOnly(bool readOnly);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariantList choices(qint64 current) const;
    void clearRowError(int row);

    QList<Publication> m_rows;
    QList<Channel> m_channels;
    QHash<qint64, QString> m_names;
    QHash<int, QStringList> m_errors;
    bool m_readOnly = false;
};

} // namespace gongkai::ui
