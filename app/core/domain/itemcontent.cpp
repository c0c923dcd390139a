#include "itemcontent.h"

#include "item.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace gongkai {

QByteArray ItemContent::canonical(const Item& item)
{
    // Ids go in as text: JSON numbers are doubles, and text keeps every 64-bit id exact.
    QJsonArray array{item.attachments.isEmpty() ? QStringLiteral("gongkai-item-content-1")
                                                : QStringLiteral("gongkai-item-content-2"),
                     item.title,
                     item.docNumber,
                     QString::number(item.categoryId),
                     attributeCode(item.attribute),
                     item.withheldGround,
                     QString::number(item.departmentId),
                     QString::number(item.authorId),
                     item.summary,
                     item.body,
                     item.drafted.toString(Qt::ISODate)};
    if (!item.attachments.isEmpty()) {
        QList<QPair<QString, QString>> files;
        for (const Attachment& a : item.attachments)
            files.append({a.fileName, a.sha256});
        std::sort(files.begin(), files.end());
        QJsonArray list;
        for (const auto& [name, sha] : std::as_const(files))
            list.append(QJsonArray{name, sha});
        array.append(list);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString ItemContent::hash(const Item& item)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(item), QCryptographicHash::Sha256).toHex());
}

} // namespace gongkai
