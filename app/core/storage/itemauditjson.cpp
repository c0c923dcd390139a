#include "itemauditjson.h"

#include "../domain/item.h"

#include <QJsonArray>

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
    return QJsonObject{{L("title"), item.title},
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
}

void ItemAuditJson::diff(const Item& before, const Item& after, QJsonObject* beforeOut, QJsonObject* afterOut)
{
    const QJsonObject b = snapshot(before);
    const QJsonObject a = snapshot(after);
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (b.value(it.key()) != it.value()) {
            beforeOut->insert(it.key(), b.value(it.key()));
            afterOut->insert(it.key(), it.value());
        }
    }
}

} // namespace gongkai
