#pragma once

#include "review/session.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace gongkai {
class Database;
struct Item;
class ItemService;
} // namespace gongkai

namespace gongkai::ui {

/// What the item undo commands share: the database, the row version this session last wrote for
/// each item (so that an undo notices when someone else changed the item meanwhile), and where
/// changes and failures are announced.
class ItemUndoContext : public QObject
{
    Q_OBJECT
public:
    explicit ItemUndoContext(Database& db, QObject* parent = nullptr);

    Database& database() const { return m_db; }

    /// The signed-in user: writes then go through ItemService, which checks the review's rules (only
    /// the author edits, nothing while the item is under review). Without one, straight to the
    /// repository (a database without accounts yet, and the tests of the ledger alone).
    void setSession(std::optional<Session> session) { m_session = std::move(session); }
    const std::optional<Session>& session() const { return m_session; }

    /// The writes of the commands, through ItemService when a session is set. They throw core errors
    /// (RuleError for a frozen item), which the commands report without touching the stack's order.
    void addItem(Item& item);
    void updateItem(Item& item);
    void withdrawItem(qint64 itemId, int expectedVersion);

    /// A new command took the item from baseVersion to newVersion; gives the command's generation.
    /// When the item was changed elsewhere since this session's last write, a new generation starts
    /// and the older commands on it can no longer be undone.
    int recordFirstWrite(qint64 itemId, int baseVersion, int newVersion);
    /// The row version an undo or redo of a command of this generation must find, or nothing when
    /// the generation is over.
    std::optional<int> expectedVersion(qint64 itemId, int generation) const;
    /// An undo or redo wrote the item.
    void recordWrite(qint64 itemId, int newVersion);
    /// Someone else changed the item: ends its generation.
    void invalidate(qint64 itemId);

    void notifyChanged(qint64 itemId) { emit itemChanged(itemId); }
    void reportFailure(const QString& message) { emit failed(message); }

signals:
    void itemChanged(qint64 itemId);
    /// An undo or redo could not be done; the message says why (translated).
    void failed(const QString& message);
    /// A save through the session found something in the item (ItemService::screening).
    void screenedOnSave(qint64 itemId, qsizetype high, qsizetype total);

private:
    void announce(qint64 itemId, const ItemService& service);

    struct Entry
    {
        int version = 0;
        int generation = 0;
    };
    Database& m_db;
    std::optional<Session> m_session;
    QHash<qint64, Entry> m_items;
};

} // namespace gongkai::ui
