#pragma once

#include "review/session.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace gongkai {
class Database;
struct ChangeEvent;
struct Item;
struct ReviewStatus;
} // namespace gongkai

namespace gongkai::ui {

/// The details pane: the selected item's fields with its publications, submissions and review
/// history (a paper review with who attested it), or a hint when nothing is selected. Read-only;
/// editing happens in the item dialog. It offers what core allows the user with the item here
/// (attesting a paper review) and follows the database's change events: a change to the shown item,
/// or to the names it shows, is shown at once.
class ItemDetailsView : public QWidget
{
    Q_OBJECT
public:
    explicit ItemDetailsView(QWidget* parent = nullptr);
    ~ItemDetailsView() override;

    /// The database and the signed-in reader of the ledger; nullptr or no session shows the empty state.
    void setSession(Database* db, const std::optional<Session>& session);
    qint64 itemId() const { return m_itemId; }

public slots:
    /// Shows this item; 0 shows the empty state.
    void showItem(qint64 itemId);
    /// Rereads the shown item and the names of channels, categories, departments.
    void reload();

signals:
    /// The user asked to attest the shown item's paper review (offered only when core allows it).
    void attestPaperReviewRequested(qint64 itemId);

private:
    void showEmpty(const QString& text);
    void fill(const ReviewStatus& status);
    void fillPublications(const Item& item);
    void fillSubmissions(const Item& item);
    void databaseChanged(const QList<gongkai::ChangeEvent>& events);
    void reloadNames();
    QString name(const QHash<qint64, QString>& names, qint64 id) const;
    static QTableWidget* createTable(const QStringList& headers, QWidget* parent);

    Database* m_db = nullptr;
    QMetaObject::Connection m_changes;
    std::optional<Session> m_session;
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
    QPushButton* m_attest;
    QTableWidget* m_publications;
    QTableWidget* m_submissions;
};

} // namespace gongkai::ui
