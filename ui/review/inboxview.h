#pragma once

#include "review/session.h"

#include <QWidget>

#include <optional>

class QLabel;
class QTableView;
class QTimer;

namespace gongkai {
class Database;
struct InboxEntry;
} // namespace gongkai

namespace gongkai::ui {

class InboxModel;

/// The signer's inbox (待审), for a dock: the items waiting for their signature. It rereads itself
/// when the database announces a change to a review (ChangeKind::Review), and every minute for the
/// changes of other programs; a double-click asks to sign.
class InboxView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRefreshSeconds = 60;

    explicit InboxView(QWidget* parent = nullptr);
    ~InboxView() override;

    /// nullptr, or no session, shows an empty inbox.
    void setDatabase(Database* db);
    void setSession(std::optional<Session> session);

    int count() const { return m_count; }
    InboxModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    /// "Waiting for your signature (3)": for the dock's title.
    QString title() const;
    /// After sign-in: "3 items wait for your signature", empty when none (or not a signer).
    QString signInNotice() const;

public slots:
    void refresh();

signals:
    /// The number of waiting items changed (also after a refresh that found the same number).
    void countChanged(int count);
    /// The user double-clicked an entry (or pressed Enter on it).
    void signRequested(const gongkai::InboxEntry& entry);
    /// The selected entry's item, to show it in the ledger.
    void itemSelected(qint64 itemId);

private:
    void activate(const QModelIndex& index);

    Database* m_db = nullptr;
    QMetaObject::Connection m_changes;
    std::optional<Session> m_session;
    InboxModel* m_model;
    QTableView* m_table;
    QLabel* m_empty;
    QTimer* m_timer;
    int m_count = 0;
};

} // namespace gongkai::ui
