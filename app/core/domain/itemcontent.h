#pragma once

#include <QByteArray>
#include <QString>

namespace gongkai {

struct Item;

/// The content of an item that a signature vouches for, and its hash.
///
/// Content = title, document number, category, disclosure attribute, withheld ground, department,
/// author, summary, body and drafted date: what a reviewer reads. Status, timestamps, publications and
/// submissions are not content (recording a publication does not void a signature). References are by
/// id, so renaming a department does not void signatures either.
///
/// Canonical form (version 1): the compact JSON array
///   ["gongkai-item-content-1", title, docNumber, categoryId, attributeCode, withheldGround,
///    departmentId, authorId, summary, body, "YYYY-MM-DD"]
/// with the values as stored (ItemRepository trims title, document number and ground, and stores the
/// ground only for withheld items), encoded in UTF-8; the hash is the lower-case hex SHA-256 of it.
/// An item with attachments uses version 2: "gongkai-item-content-2" and, after the date, an array of
/// [fileName, sha256] pairs sorted by name then hash. Items without attachments keep version 1, so
/// signatures made before attachments existed stay valid.
class ItemContent
{
public:
    static QByteArray canonical(const Item& item);
    static QString hash(const Item& item);
};

} // namespace gongkai
