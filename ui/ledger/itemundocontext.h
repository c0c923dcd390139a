#pragma once

#include <QHash>
#include <QObject>

#include <optional>

namespace gongkai {
class Database;
}

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

private:
    struct Entry
    {
        int version = 0;
        int generation = 0;
    };
    Database& m_db;
    QHash<qint64, Entry> m_items;
};

} // namespace gongkai::ui
