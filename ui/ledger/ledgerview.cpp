#include "ledgerview.h"

#include "models/ledgermodel.h"

#include "domain/item.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QStyle>

#include <algorithm>

namespace gongkai::ui {

LedgerView::LedgerView(QWidget* parent) : QTableView(parent)
{
    setSelectionBehavior(SelectRows);
    setSelectionMode(SingleSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setEditTriggers(NoEditTriggers);
    setCornerButtonEnabled(false);
    setTabKeyNavigation(false);
    setVerticalScrollMode(ScrollPerItem);

    // Fixed heights: the view never measures rows, whatever their number.
    QHeaderView* rows = verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 10);

    QHeaderView* columns = horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(false);
    columns->setSortIndicator(LedgerModel::DraftedColumn, Qt::DescendingOrder);
    setSortingEnabled(true);
    connect(columns, &QHeaderView::sortIndicatorChanged, this, &LedgerView::sortIndicatorChanged);
    connect(this, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        if (m_model && index.isValid())
            emit editRequested(m_model->itemId(index.row()));
    });
}

void LedgerView::setLedgerModel(LedgerModel* model)
{
    const bool first = !m_model && horizontalHeader()->count() == 0;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setModel(model);
    if (model) {
        connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LedgerView::updateCurrent);
        connect(model, &QAbstractItemModel::modelReset, this, &LedgerView::updateCurrent);
        connect(model, &QAbstractItemModel::dataChanged, this, &LedgerView::updateCurrent);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &LedgerView::updateCurrent);
        if (first)
            applyDefaultWidths();
        // The header remembers the order the user chose; the model starts with its own.
        const int column = horizontalHeader()->sortIndicatorSection();
        if (LedgerModel::isSortable(column))
            model->sort(column, horizontalHeader()->sortIndicatorOrder());
        else
            horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
    }
    updateCurrent();
}

void LedgerView::applyDefaultWidths()
{
    // Widths for typical content: Chinese titles and names, ISO dates. A column is never narrower
    // than its header.
    const QFontMetrics fm = fontMetrics();
    const auto han = [&fm](double n) { return int(n * fm.horizontalAdvance(QChar(0x4E2D))); };
    const int date = fm.horizontalAdvance(QStringLiteral("2026-12-31"));
    const int widths[LedgerModel::ColumnCount] = {fm.horizontalAdvance(QStringLiteral("0000000")),
                                                  date,
                                                  han(24),
                                                  han(10),
                                                  han(4),
                                                  han(5),
                                                  han(3),
                                                  han(9),
                                                  date,
                                                  fm.horizontalAdvance(QStringLiteral("00/00")),
                                                  han(3)};
    int status = 0;
    for (ItemStatus st : allStatuses())
        status = std::max(status, fm.horizontalAdvance(statusDisplayName(st)));
    const int padding = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 8;
    for (int c = 0; c < LedgerModel::ColumnCount; ++c) {
        const int header = fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) +
                           style()->pixelMetric(QStyle::PM_HeaderMarkSize);
        const int content = c == LedgerModel::StatusColumn ? std::max(widths[c], status) : widths[c];
        setColumnWidth(c, std::max(content, header) + padding);
    }
}

bool LedgerView::selectItem(qint64 itemId)
{
    if (!m_model || itemId <= 0)
        return false;
    const int row = m_model->rowOfItem(itemId);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

QByteArray LedgerView::saveHeaderState() const
{
    return horizontalHeader()->saveState();
}

void LedgerView::restoreHeaderState(const QByteArray& state)
{
    if (state.isEmpty() || !horizontalHeader()->restoreState(state))
        return;
    if (!m_model)
        return;
    const int column = horizontalHeader()->sortIndicatorSection();
    if (LedgerModel::isSortable(column))
        m_model->sort(column, horizontalHeader()->sortIndicatorOrder());
    else
        horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void LedgerView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier && m_currentId > 0) {
        emit editRequested(m_currentId);
        return;
    }
    QTableView::keyPressEvent(event);
}

void LedgerView::updateCurrent()
{
    const QModelIndex current = selectionModel() ? selectionModel()->currentIndex() : QModelIndex();
    const qint64 id = m_model && current.isValid() ? m_model->itemId(current.row()) : 0;
    if (id == m_currentId)
        return;
    m_currentId = id;
    emit currentItemChanged(id);
}

void LedgerView::sortIndicatorChanged(int column, Qt::SortOrder order)
{
    Q_UNUSED(order)
    if (!m_model || LedgerModel::isSortable(column))
        return;
    // Channels, dates of publication and adoptions are summaries the database cannot sort fast:
    // put the indicator back where the order really is.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_model)
                horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        },
        Qt::QueuedConnection);
}

} // namespace gongkai::ui
