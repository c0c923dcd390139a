#include "ledgermodel.h"

#include "ledgercounter.h"

#include "error.h"
#include "storage/changeevent.h"
#include "storage/database.h"
#include "storage/ledgerquery.h"
#include "storage/reviewrepository.h"

#include <QApplication>
#include <QGuiApplication>
#include <QStyle>
#include <QPalette>
#include <QScopedValueRollback>
#include <QThread>

#include <algorithm>
#include <climits>
#include <optional>

namespace gongkai::ui {

namespace {

std::optional<LedgerColumn> sortKey(int column)
{
    switch (column) {
    case LedgerModel::IdColumn:
        return LedgerColumn::Id;
    case LedgerModel::DraftedColumn:
        return LedgerColumn::Drafted;
    case LedgerModel::TitleColumn:
        return LedgerColumn::Title;
    case LedgerModel::DocNumberColumn:
        return LedgerColumn::DocNumber;
    case LedgerModel::CategoryColumn:
        return LedgerColumn::Category;
    case LedgerModel::DepartmentColumn:
        return LedgerColumn::Department;
    case LedgerModel::AuthorColumn:
        return LedgerColumn::Author;
    case LedgerModel::StatusColumn:
        return LedgerColumn::Status;
    default:
        return std::nullopt;
    }
}

int columnOf(LedgerColumn key)
{
    for (int c = 0; c < LedgerModel::ColumnCount; ++c) {
        if (sortKey(c) == key)
            return c;
    }
    return -1;
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

} // namespace

LedgerModel::LedgerModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent), m_db(db), m_thread(new QThread), m_counter(new LedgerCounter(db))
{
    m_thread->setObjectName(QStringLiteral("ledger-count"));
    m_counter->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_counter, &QObject::deleteLater);
    // The thread may outlive the model by a slow count; it then cleans up after itself.
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    connect(m_counter, &LedgerCounter::counted, this, &LedgerModel::onCounted);
    connect(m_counter, &LedgerCounter::failed, this, &LedgerModel::onCountFailed);
    m_thread->start(QThread::LowPriority);
    // Whoever changed the ledger through core (this window, a dialog, another session on the same
    // connection), the model hears of it after the commit.
    connect(&db.changes(), &ChangeNotifier::changed, this, &LedgerModel::databaseChanged);
    restart();
}

LedgerModel::~LedgerModel()
{
    m_counter->detachSource();
    disconnect(m_counter, nullptr, this, nullptr);
    m_thread->quit();
    // Normally the count is long done; a slow one is abandoned rather than waited for.
    m_thread->wait(QDeadlineTimer(2000));
}

int LedgerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int LedgerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LedgerModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LedgerRow* r = rowAt(index.row());
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return r->id;
        case DraftedColumn:
            return dateText(r->drafted);
        case TitleColumn:
            return r->title;
        case DocNumberColumn:
            return r->docNumber;
        case CategoryColumn:
            return r->category;
        case DepartmentColumn:
            return r->department;
        case AuthorColumn:
            return r->author;
        case ChannelsColumn:
            return r->channels;
        case FirstPublishedColumn:
            return dateText(r->firstPublished);
        case SubmissionsColumn:
            return r->submissions == 0 ? QString()
                                       : QStringLiteral("%1/%2").arg(r->submissions).arg(r->adoptions);
        case StatusColumn:
            return m_paperReviews.contains(r->id) ? tr("%1 (on paper)").arg(statusDisplayName(r->status))
                                                  : statusDisplayName(r->status);
        }
        break;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatusColumn:
            if (m_paperReviews.contains(r->id))
                return tr("Reviewed on paper: %1").arg(m_paperReviews.value(r->id));
            break;
        case TitleColumn:
            return r->docNumber.isEmpty() ? r->title : r->title + QLatin1Char('\n') + r->docNumber;
        case ChannelsColumn:
            return r->channels;
        case SubmissionsColumn:
            return tr("%n submission(s) to upper agencies, %1 adopted", nullptr, r->submissions)
                .arg(r->adoptions);
        }
        break;
    case Qt::DecorationRole:
        // A sheet of paper marks the historical items reviewed on paper; the tooltip says by whom.
        if (index.column() == StatusColumn && m_paperReviews.contains(r->id))
            return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case IdColumn:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        case DraftedColumn:
        case FirstPublishedColumn:
        case SubmissionsColumn:
            return QVariant(Qt::AlignCenter);
        }
        break;
    case Qt::ForegroundRole:
        if (r->status == ItemStatus::Withdrawn)
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        break;
    case ItemIdRole:
        return r->id;
    case StatusRole:
        return int(r->status);
    case PaperReviewRole:
        return m_paperReviews.value(r->id);
    }
    return {};
}

QVariant LedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case IdColumn:
            return tr("No.");
        case DraftedColumn:
            return tr("Drafted");
        case TitleColumn:
            return tr("Title");
        case DocNumberColumn:
            return tr("Document No.");
        case CategoryColumn:
            return tr("Category");
        case DepartmentColumn:
            return tr("Department");
        case AuthorColumn:
            return tr("Author");
        case ChannelsColumn:
            return tr("Channels");
        case FirstPublishedColumn:
            return tr("First published");
        case SubmissionsColumn:
            return tr("Submitted/Adopted");
        case StatusColumn:
            return tr("Status");
        }
    } else if (role == Qt::ToolTipRole) {
        if (section == SubmissionsColumn)
            return tr("Submissions to upper agencies / adopted by them");
        if (section >= 0 && section < ColumnCount && !isSortable(section))
            return tr("This column cannot be sorted");
    }
    return {};
}

bool LedgerModel::canFetchMore(const QModelIndex& parent) const
{
    // Until the count is known, scrolling to the end reads the next page.
    return !parent.isValid() && m_total < 0 && !m_resizing;
}

void LedgerModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    const qint64 p = m_rows / m_pageSize;
    const Page* rows = page(p);
    if (!rows)
        return;
    const qint64 available = p * m_pageSize + rows->size();
    if (rows->size() < m_pageSize) {
        // The end turned up before the count: the count is now known. It is set before the
        // rows appear, so views reacting to the insertion do not fetch again.
        ++m_generation;
        m_total = available;
        setCounting(false);
        resizeTo(available);
        emit countChanged(m_total);
    } else if (available > m_rows) {
        resizeTo(available);
    }
}

bool LedgerModel::isSortable(int column)
{
    return sortKey(column).has_value();
}

int LedgerModel::sortColumn() const
{
    return columnOf(m_sort.column);
}

Qt::SortOrder LedgerModel::sortOrder() const
{
    return m_sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder;
}

void LedgerModel::sort(int column, Qt::SortOrder order)
{
    const auto key = sortKey(column);
    if (!key)
        return;
    const LedgerSort sort{*key, order == Qt::DescendingOrder};
    if (sort == m_sort)
        return;
    // Sorting keeps the rows and their count: only the cached pages become stale.
    beginResetModel();
    m_sort = sort;
    m_pages.clear();
    m_recent.clear();
    endReset();
}

void LedgerModel::setFilter(const LedgerFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    restart();
    endReset();
    announceCount();
}

void LedgerModel::setPaging(int pageSize, int maxPages)
{
    beginResetModel();
    m_pageSize = std::max(1, pageSize);
    m_maxPages = std::max(2, maxPages);
    restart();
    endReset();
    announceCount();
}

void LedgerModel::restart()
{
    m_pages.clear();
    m_recent.clear();
    ++m_generation;
    m_total = -1;
    m_errorShown = false;
    m_rows = 0;
    // The first page comes at once so the view shows rows while the count runs.
    const Page* first = page(0);
    m_rows = first ? int(first->size()) : 0;
    if (!first || first->size() < m_pageSize) {
        m_total = m_rows;
        m_counting = false;
    } else {
        m_counting = true;
        m_counter->request(m_generation, m_filter);
    }
}

void LedgerModel::endReset()
{
    // Listeners of modelReset may ask for more rows; they get them after the reset, not during it.
    const QScopedValueRollback<bool> guard(m_resizing, true);
    endResetModel();
}

void LedgerModel::announceChanged(int first, int last)
{
    if (last < first)
        return;
    // As with resets: listeners may ask for more rows, but not while the change is being told.
    const QScopedValueRollback<bool> guard(m_resizing, true);
    emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

void LedgerModel::announceCount()
{
    emit countingChanged(m_counting);
    if (!m_counting)
        emit countChanged(m_total);
}

qint64 LedgerModel::itemId(int row) const
{
    if (row < 0 || row >= m_rows)
        return 0;
    const LedgerRow* r = rowAt(row);
    return r ? r->id : 0;
}

int LedgerModel::rowOfItem(qint64 itemId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (qsizetype i = 0; i < it.value().size(); ++i) {
            if (it.value().at(i).id == itemId) {
                const qint64 row = it.key() * m_pageSize + i;
                return row < m_rows ? int(row) : -1;
            }
        }
    }
    return -1;
}

void LedgerModel::refresh()
{
    m_pages.clear();
    m_recent.clear();
    m_errorShown = false;
    ++m_generation;
    m_total = -1;
    setCounting(true);
    m_counter->request(m_generation, m_filter);
    announceChanged(0, m_rows - 1);
}

void LedgerModel::databaseChanged(const QList<ChangeEvent>& events)
{
    QList<qint64> items;
    bool everything = false;
    for (const ChangeEvent& e : events) {
        switch (e.kind) {
        case ChangeKind::Item:
        case ChangeKind::Review:
            // A new item changes the count and where rows fall; a change to one refreshes its page.
            if (e.event == AuditEvent::ItemCreated || e.itemId == 0)
                everything = true;
            else if (!items.contains(e.itemId))
                items.append(e.itemId);
            break;
        case ChangeKind::ListEntry: // names of departments, categories, channels
        case ChangeKind::Account:   // authors' names
            everything = true;
            break;
        default:
            break;
        }
    }
    if (everything) {
        refresh();
        return;
    }
    for (qint64 id : std::as_const(items))
        refreshItem(id);
}

void LedgerModel::refreshItem(qint64 itemId)
{
    const int row = rowOfItem(itemId);
    if (row < 0) {
        refresh();
        return;
    }
    const qint64 p = row / m_pageSize;
    Page fresh;
    try {
        fresh = readPage(p);
    } catch (const Error&) {
        refresh();
        return;
    }
    const auto cached = m_pages.constFind(p);
    if (cached == m_pages.cend()) {
        refresh();
        return;
    }
    const Page& old = cached.value();
    const bool sameRows = fresh.size() == old.size() &&
                          std::equal(fresh.cbegin(), fresh.cend(), old.cbegin(),
                                     [](const LedgerRow& a, const LedgerRow& b) { return a.id == b.id; });
    if (!sameRows) {
        // The change moved the item (a new sort position, out of the filter): everything shifts.
        refresh();
        return;
    }
    const int first = int(p * m_pageSize);
    const int last = std::min(m_rows, first + int(fresh.size())) - 1;
    insertPage(p, std::move(fresh));
    announceChanged(first, last);
}

const LedgerRow* LedgerModel::rowAt(int row) const
{
    const Page* rows = page(row / m_pageSize);
    const int i = row % m_pageSize;
    if (!rows || i >= rows->size())
        return nullptr;
    return &rows->at(i);
}

LedgerModel::Page LedgerModel::readPage(qint64 p) const
{
    const LedgerQuery query(m_db);
    const qint64 offset = p * m_pageSize;
    if (m_total > 0 && offset > m_total / 2 && offset < m_total) {
        // Near the end, read backwards from the end: an OFFSET costs as many rows as it skips,
        // so this keeps the last page of a million rows as quick as the first. The sort has a
        // unique tie-breaker (the id), so the reversed order is exactly the mirror image.
        const qint64 end = std::min(offset + m_pageSize, m_total);
        LedgerSort reversed = m_sort;
        reversed.descending = !reversed.descending;
        QList<qint64> ids = query.pageIds(m_filter, reversed, m_total - end, int(end - offset));
        std::reverse(ids.begin(), ids.end());
        return withPaperReviews(query.fetchByIds(ids));
    }
    // Ids first, then their rows: skipping rows costs only an index scan, not joins and summaries.
    return withPaperReviews(query.fetchByIds(query.pageIds(m_filter, m_sort, offset, m_pageSize)));
}

LedgerModel::Page LedgerModel::withPaperReviews(Page rows) const
{
    // Historical items reviewed on paper are marked wherever they appear (one query per page).
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const LedgerRow& r : std::as_const(rows))
        ids.append(r.id);
    const QHash<qint64, PaperReview> paper = ReviewRepository(m_db).paperReviews(ids);
    for (auto it = paper.cbegin(); it != paper.cend(); ++it)
        m_paperReviews.insert(it.key(), it->describe());
    for (qint64 id : std::as_const(ids)) {
        if (!paper.contains(id))
            m_paperReviews.remove(id);
    }
    return rows;
}

const LedgerModel::Page* LedgerModel::page(qint64 p) const
{
    auto it = m_pages.constFind(p);
    if (it != m_pages.cend()) {
        if (m_recent.constLast() != p) {
            m_recent.removeOne(p);
            m_recent.append(p);
        }
        return &it.value();
    }
    try {
        insertPage(p, readPage(p));
    } catch (const Error& e) {
        reportError(e.message());
        return nullptr;
    }
    return &m_pages.constFind(p).value();
}

void LedgerModel::insertPage(qint64 p, Page rows) const
{
    m_recent.removeOne(p);
    m_recent.append(p);
    m_pages.insert(p, std::move(rows));
    while (m_recent.size() > m_maxPages)
        m_pages.remove(m_recent.takeFirst());
}

void LedgerModel::onCounted(quint64 generation, qint64 count)
{
    if (generation != m_generation || !m_counting)
        return;
    // Known before the rows appear, so views reacting to the insertion do not fetch more.
    m_total = count;
    setCounting(false);
    resizeTo(count);
    emit countChanged(m_total);
}

void LedgerModel::onCountFailed(quint64 generation, const QString& message)
{
    if (generation != m_generation || !m_counting)
        return;
    // Without a count the view still scrolls: fetchMore() keeps reading pages until the end.
    setCounting(false);
    reportError(message);
}

void LedgerModel::setCounting(bool counting)
{
    if (m_counting == counting)
        return;
    m_counting = counting;
    emit countingChanged(counting);
}

void LedgerModel::resizeTo(qint64 rows)
{
    const int n = int(std::min<qint64>(rows, INT_MAX));
    // Views ask for more rows while they handle an insertion; one insertion at a time.
    const QScopedValueRollback<bool> guard(m_resizing, true);
    if (n > m_rows) {
        beginInsertRows({}, m_rows, n - 1);
        m_rows = n;
        endInsertRows();
    } else if (n < m_rows) {
        beginRemoveRows({}, n, m_rows - 1);
        m_rows = n;
        for (auto it = m_pages.begin(); it != m_pages.end();) {
            if (it.key() * m_pageSize >= n) {
                m_recent.removeOne(it.key());
                it = m_pages.erase(it);
            } else {
                ++it;
            }
        }
        endRemoveRows();
    }
}

void LedgerModel::reportError(const QString& message) const
{
    if (m_errorShown)
        return;
    m_errorShown = true;
    emit const_cast<LedgerModel*>(this)->databaseError(message);
}

} // namespace gongkai::ui
