#pragma once

#include "domain/item.h"
#include "review/session.h"

#include <QHash>
#include <QObject>

#include <optional>

namespace gongkai {
class Database;
class ItemService;
} // namespace gongkai

namespace gongkai::ui {

/// What the item undo commands share: the database and the signed-in user they write as, the row
/// version this session last wrote for each item (so that an undo notices when someone else changed
/// the item meanwhile), and where failures are announced. Every write goes through ItemService, which
/// checks the rules (only the author edits, nothing while under review, publications only once
/// reviewed); the views learn of the changes from the database's change events.
class ItemUndoContext : public QObject
{
    Q_OBJECT
public:
    ItemUndoContext(Database& db, const Session& session, QObject* parent = nullptr);

    Database& database() const { return m_db; }
    const Session& session() const { return m_session; }

    /// The writes of the commands. They throw core errors (RuleError for a frozen item), which the
    /// commands report without touching the stack's order.
    void addItem(Item& item);
    /// overrideReason: why an item with high pre-screen findings goes to a new review round as it stands.
    void updateItem(Item& item, const QString& overrideReason = {});
    /// Replaces the item's publications and submissions (ItemService::setDistribution) at
    /// item.rowVersion; gives the new row version.
    int setDistribution(const Item& item);
    void withdrawItem(qint64 itemId, int expectedVersion);
    /// Undoes a withdrawal (ItemService::reinstate); gives the new row version.
    int reinstateItem(qint64 itemId, ItemStatus status, int expectedVersion);

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

    void notifyDone(qint64 itemId) { emit done(itemId); }
    void reportFailure(const QString& message) { emit failed(message); }

signals:
    /// A command, its undo or its redo wrote the item.
    void done(qint64 itemId);
    /// An undo or redo could not be done; the message says why (translated).
    void failed(const QString& message);
    /// A save found something in the item (ItemService::screening).
    void screenedOnSave(qint64 itemId, qsizetype high, qsizetype total);

private:
    void announce(qint64 itemId, const ItemService& service);

    struct Entry
    {
        int version = 0;
        int generation = 0;
    };
    Database& m_db;
    Session m_session;
    QHash<qint64, Entry> m_items;
};

} // namespace gongkai::ui
