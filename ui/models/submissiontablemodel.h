#pragma once

#include "domain/channel.h"
#include "domain/submission.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace gongkai::ui {

/// The submissions to upper agencies of the item in the item dialog, edited in memory.
class SubmissionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        AgencyColumn,
        DateColumn,
        AdoptedColumn,
        AdoptedOnColumn,
        AdoptedInColumn,
        ColumnCount
    };
    /// The agency column's choices for its editor: a list of [name, id] pairs.
    static constexpr int ChoicesRole = Qt::UserRole + 1;

    explicit SubmissionTableModel(QObject* parent = nullptr);

    /// Every channel (names for display); the active upper agencies are offered.
    void setChannels(const QList<Channel>& channels);
    void setSubmissions(const QList<Submission>& submissions);
    /// The rows as they will be saved: adoption details only where adopted.
    QList<Submission> submissions() const;
    int appendSubmission(const Submission& submission);
    void removeSubmission(int row);
    qint64 defaultAgency() const;

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
    void rowChanged(int row);

    // Adoption details stay here while "adopted" is unticked, so ticking it again brings them back.
    QList<Submission> m_rows;
    QList<Channel> m_channels;
    QHash<qint64, QString> m_names;
    QHash<int, QStringList> m_errors;
    bool m_readOnly = false;
};

} // namespace gongkai::ui
