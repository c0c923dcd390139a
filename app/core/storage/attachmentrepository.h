#pragma once

#include "../domain/attachment.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <optional>

namespace gongkai {

class Database;

/// The rows of table attachments. A file removed from an item is marked removed, never deleted: the
/// signatures of earlier rounds vouch for it, and undoing the removal brings it back. ItemRepository
/// decides what changes (inside its transaction and rules); this class only reads and writes rows.
class AttachmentRepository
{
public:
    explicit AttachmentRepository(Database& db);

    /// The files attached to an item now, in the order added, with their text but not their bytes.
    QList<Attachment> list(qint64 itemId) const;
    /// The names and hashes (what the content hash covers) of the files attached to several items.
    QHash<qint64, QList<Attachment>> namesAndHashes(const QList<qint64>& itemIds) const;
    /// One file's bytes; nullopt when there is no such attachment.
    std::optional<QByteArray> content(qint64 attachmentId) const;
    /// One attachment, removed or not, without its bytes.
    std::optional<Attachment> get(qint64 attachmentId) const;
    /// The item an attachment belongs to; 0 when there is no such attachment.
    qint64 itemOf(qint64 attachmentId) const;

#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    /// Stores a new attachment (its data must be set); fills in id, addedAt and addedBy.
    void insert(qint64 itemId, Attachment& attachment, const QString& login);
    /// Marks an attachment removed, or (removed = false) attached again.
    void setRemoved(qint64 attachmentId, bool removed, const QString& login);
#endif

private:
    Database& m_db;
};

} // namespace gongkai
