#include "itemcontent.h"

#include "item.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace gongkai {

QByteArray ItemContent::canonical(const Item& item)
{
    // Ids go in as text: JSON numbers are doubles, and text keeps every 64-bit id exact.
    const QJsonArray array{QStringLiteral("gongkai-item-content-1"),
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
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QString ItemContent::hash(const Item& item)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonical(item), QCryptographicHash::Sha256).toHex());
}

} // namespace gongkai
