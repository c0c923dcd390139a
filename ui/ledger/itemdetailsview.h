#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableWidget;

namespace gongkai {
class Database;
struct Item;
} // namespace gongkai

namespace gongkai::ui {

/// The details pane: the selected item's fields with its publications, submissions and review
/// history, or a hint when nothing is selected. Read-only; editing happens in the item dialog.
class ItemDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit ItemDetailsView(QWidget* parent = nullptr);
    ~ItemDetailsView() override;

    /// nullptr shows the empty state.
    void setDatabase(Database* db);
    qint64 itemId() const { return m_itemId; }

public slots:
    /// Shows this item; 0 shows the empty state.
    void showItem(qint64 itemId);
    /// Rereads the shown item (after an edit) and the names of channels, categories, departments.
    void reload();

private:
    void showEmpty(const QString& text);
    void fill(const Item& item);
    void fillPublications(const Item& item);
    void fillSubmissions(const Item& item);
    void fillReview(const Item& item);
    void reloadNames();
    QString name(const QHash<qint64, QString>& names, qint64 id) const;
    static QTableWidget* createTable(const QStringList& headers, QWidget* parent);

    Database* m_db = nullptr;
    qint64 m_itemId = 0;
    QHash<qint64, QString> m_channels;
    QHash<qint64, QString> m_categories;
    QHash<qint64, QString> m_departments;

    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_title;
    QLabel* m_docNumber;
    QLabel* m_category;
    QLabel* m_department;
    QLabel* m_author;
    QLabel* m_drafted;
    QLabel* m_status;
    QLabel* m_attribute;
    QLabel* m_summary;
    QLabel* m_attachments = nullptr;
    QLabel* m_publicationsTitle;
    QLabel* m_submissionsTitle;
    QLabel* m_reviewTitle;
    QLabel* m_review; ///< the review history as rich text
    QTableWidget* m_publications;
    QTableWidget* m_submissions;
};

} // namespace gongkai::ui
