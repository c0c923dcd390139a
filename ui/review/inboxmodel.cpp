#include "inboxmodel.h"

#include "reviewhistoryhtml.h"

namespace gongkai::ui {

InboxModel::InboxModel(QObject* parent) : QAbstractTableModel(parent) {}

void InboxModel::setEntries(QList<InboxEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const InboxEntry* InboxModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int InboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int InboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InboxModel::data(const QModelIndex& index, int role) const
{
    const InboxEntry* e = entryAt(index.row());
    if (!e)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ItemColumn:
            return e->itemId;
        case TitleColumn:
            return e->title;
        case StepColumn:
            return e->stepLabel;
        case WaitingColumn:
            return ReviewHistoryHtml::localTime(e->waitingSince);
        case AuthorColumn:
            return e->authorName;
        }
    } else if (role == Qt::ToolTipRole) {
        return tr("%1\n%2, round %3, step %4: %5\nSubmitted %6 by %7")
            .arg(e->title, e->department)
            .arg(e->roundNumber)
            .arg(e->stepIndex + 1)
            .arg(e->stepLabel, ReviewHistoryHtml::localTime(e->submittedAt), e->authorName);
    } else if (role == ItemIdRole) {
        return e->itemId;
    } else if (role == Qt::TextAlignmentRole && index.column() == ItemColumn) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Title");
    case StepColumn:
        return tr("Step");
    case WaitingColumn:
        return tr("Waiting since");
    case AuthorColumn:
        return tr("Author");
    }
    return {};
}

} // namespace gongkai::ui
