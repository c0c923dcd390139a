#include "itemauditjson.h"

#include "../domain/item.h"

#include <QJsonArray>
#include <QStringList>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}
} // namespace

QJsonObject ItemAuditJson::snapshot(const Item& item)
{
    QJsonArray publications;
    for (const Publication& p : item.publications)
        publications.append(QJsonObject{{L("channel"), QString::number(p.channelId)},
                                        {L("date"), p.date.toString(Qt::ISODate)},
                                        {L("reference"), p.reference}});
    QJsonArray submissions;
    for (const Submission& s : item.submissions)
        submissions.append(QJsonObject{{L("agency"), QString::number(s.agencyId)},
                                       {L("date"), s.date.toString(Qt::ISODate)},
                                       {L("adopted"), s.adopted},
                                       {L("adoptedOn"), s.adoptedOn.toString(Qt::ISODate)},
                                       {L("adoptedIn"), s.adoptedIn}});
    QJsonObject out{{L("title"), item.title},
                       {L("docNumber"), item.docNumber},
                       {L("category"), QString::number(item.categoryId)},
                       {L("attribute"), attributeCode(item.attribute)},
                       {L("withheldGround"), item.withheldGround},
                       {L("department"), QString::number(item.departmentId)},
                       {L("author"), QString::number(item.authorId)},
                       {L("summary"), item.summary},
                       {L("body"), item.body},
                       {L("drafted"), item.drafted.toString(Qt::ISODate)},
                       {L("status"), statusCode(item.status)},
                       {L("publications"), publications},
                       {L("submissions"), submissions}};
    // Only when there are any, so records of items without attachments read as before.
    if (!item.attachments.isEmpty()) {
        QJsonArray attachments;
        for (const Attachment& a : item.attachments)
            attachments.append(QJsonObject{{L("file"), a.fileName}, {L("sha256"), a.sha256},
                                           {L("size"), QString::number(a.size)}});
        out.insert(L("attachments"), attachments);
    }
    return out;
}

void ItemAuditJson::diff(const Item& before, const Item& after, QJsonObject* beforeOut, QJsonObject* afterOut)
{
    const QJsonObject b = snapshot(before);
    const QJsonObject a = snapshot(after);
    QStringList keys = a.keys();
    for (const QString& k : b.keys()) {
        if (!a.contains(k))
            keys.append(k);
    }
    for (const QString& k : std::as_const(keys)) {
        if (b.value(k) != a.value(k)) {
            beforeOut->insert(k, b.contains(k) ? b.value(k) : QJsonValue(QJsonArray()));
            afterOut->insert(k, a.contains(k) ? a.value(k) : QJsonValue(QJsonArray()));
        }
    }
}

} // namespace gongkai
