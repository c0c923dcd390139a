#pragma once

#include "domain/ledgerfilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace gongkai {
class Database;
struct ChangeEvent;
} // namespace gongkai

class QThread;

namespace gongkai::ui {

class LedgerCounter;

/// The ledger as a table that never holds the whole of it: rows come from LedgerQuery a page at
/// a time into a small least-recently-used cache, and the number of matching rows is counted on a
/// worker thread. Until the count arrives the model shows the rows fetched so far (and fetches
/// more as the view scrolls); then it grows to the full count. It follows the database's change
/// events: a changed item's page is read again, a new item (or renamed list entry) rereads and recounts.
class LedgerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        IdColumn,
        DraftedColumn,
        TitleColumn,
        DocNumberColumn,
        CategoryColumn,
        DepartmentColumn,
        AuthorColumn,
        ChannelsColumn,
        FirstPublishedColumn,
        SubmissionsColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role
    {
        ItemIdRole = Qt::UserRole + 1,
        StatusRole,
        PaperReviewRole ///< the paper review as PaperReview::describe() gives it, empty when not reviewed on paper
    };

    static constexpr int kDefaultPageSize = 200;
    static constexpr int kDefaultMaxPages = 20;

    /// The database must outlive the model.
    explicit LedgerModel(Database& db, QObject* parent = nullptr);
    ~LedgerModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Whether sort() can order by this column (the ones LedgerSort supports).
    static bool isSortable(int column);
    int sortColumn() const;
    Qt::SortOrder sortOrder() const;

    LedgerFilter filter() const { return m_filter; }
    /// Shows the rows matching the filter (a reset) and counts them anew.
    void setFilter(const LedgerFilter& filter);

    /// 0 when the row is out of range.
    qint64 itemId(int row) const;
    /// The row of the item if it is in a cached page, else -1 (the model cannot afford to search).
    int rowOfItem(qint64 itemId) const;

    /// The number of matching rows, or -1 while it is being counted.
    qint64 totalCount() const { return m_total; }
    bool isCounting() const { return m_counting; }

    /// Rereads everything (after changes in other programs), keeping the view's position; recounts.
    void refresh();
    /// Rereads the page holding this item, or everything when the change moved rows around.
    void refreshItem(qint64 itemId);

    /// Page size and cache bound; meant for tests and tuning. Resets the model.
    void setPaging(int pageSize, int maxPages);
    /// How many pages are cached now (never more than the bound).
    int cachedPageCount() const { return int(m_pages.size()); }

signals:
    /// The count arrived (or changed after a refresh).
    void countChanged(qint64 count);
    void countingChanged(bool counting);
    /// Reading the ledger failed; the message is for the user.
    void databaseError(const QString& message);

private:
    using Page = QList<LedgerRow>;

    /// Forgets every page, reads the first one and starts a count (inside a model reset).
    void restart();
    void endReset();
    void announceChanged(int first, int last);
    /// Tells the views whether a count is running, or its result when it is already known.
    void announceCount();
    const LedgerRow* rowAt(int row) const;
    /// Reads a page from the database; throws Error.
    Page readPage(qint64 page) const;
    const Page* page(qint64 page) const;
    void insertPage(qint64 page, Page rows) const;
    /// Notes which of the rows were reviewed on paper; gives the rows back.
    Page withPaperReviews(Page rows) const;
    void startCount();
    void onCounted(quint64 generation, qint64 count);
    void onCountFailed(quint64 generation, const QString& message);
    void setCounting(bool counting);
    void resizeTo(qint64 rows);
    void reportError(const QString& message) const;
    /// The committed changes of the database (ChangeNotifier::changed).
    void databaseChanged(const QList<gongkai::ChangeEvent>& events);

    Database& m_db;
    LedgerFilter m_filter;
    LedgerSort m_sort;
    int m_pageSize = kDefaultPageSize;
    int m_maxPages = kDefaultMaxPages;

    int m_rows = 0;          ///< rows the view sees
    qint64 m_total = -1;     ///< exact count, -1 until known
    bool m_counting = false; ///< a count is under way on the worker thread
    bool m_resizing = false; ///< rows are being announced: no fetchMore now
    quint64 m_generation = 0;

    // The cache changes in const data(): it is a cache, not model state.
    mutable QHash<qint64, Page> m_pages;
    mutable QList<qint64> m_recent; ///< page numbers, most recently used last
    mutable bool m_errorShown = false;
    mutable QHash<qint64, QString> m_paperReviews; ///< item id → reviewers, for the rows read

    QThread* m_thread = nullptr;
    LedgerCounter* m_counter = nullptr;
};

} // namespace gongkai::ui
