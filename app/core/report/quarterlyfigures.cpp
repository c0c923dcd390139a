#include "quarterlyfigures.h"

#include <QJsonArray>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromUtf8(s);
}

double percent(qint64 part, qint64 whole)
{
    return whole > 0 ? 100.0 * double(part) / double(whole) : 0.0;
}

// Counts go to JSON as numbers: a ledger's figures stay far below 2^53.
QJsonArray pairJson(const FigurePair& p)
{
    return QJsonArray{double(p.current), double(p.lastYear)};
}

FigurePair pairFrom(const QJsonValue& v)
{
    const QJsonArray a = v.toArray();
    return FigurePair{qint64(a.at(0).toDouble()), qint64(a.at(1).toDouble())};
}

QJsonArray rowsJson(const QList<FigureRow>& rows)
{
    QJsonArray out;
    for (const FigureRow& r : rows)
        out.append(QJsonObject{{QStringLiteral("id"), double(r.id)},
                               {QStringLiteral("name"), r.name},
                               {QStringLiteral("count"), pairJson(r.count)}});
    return out;
}

QList<FigureRow> rowsFrom(const QJsonValue& v)
{
    QList<FigureRow> rows;
    for (const QJsonValue& e : v.toArray()) {
        const QJsonObject o = e.toObject();
        rows << FigureRow{qint64(o.value(QStringLiteral("id")).toDouble()),
                          o.value(QStringLiteral("name")).toString(),
                          pairFrom(o.value(QStringLiteral("count")))};
    }
    return rows;
}

// The pairs stored under their keys, in one place for both directions.
struct PairField
{
    const char* name;
    FigurePair QuarterlyFigures::*member;
};

const PairField kPairs[] = {
    {"publishedItems", &QuarterlyFigures::publishedItems},
    {"submitted", &QuarterlyFigures::submitted},
    {"adopted", &QuarterlyFigures::adopted},
    {"reviewsCompleted", &QuarterlyFigures::reviewsCompleted},
    {"paperReviews", &QuarterlyFigures::paperReviews},
    {"sentBack", &QuarterlyFigures::sentBack},
    {"requestsReceived", &QuarterlyFigures::requestsReceived},
    {"requestsAnswered", &QuarterlyFigures::requestsAnswered},
    {"requestsOverdue", &QuarterlyFigures::requestsOverdue},
    {"readingRoomDeliveries", &QuarterlyFigures::readingRoomDeliveries},
    {"readingRoomDocuments", &QuarterlyFigures::readingRoomDocuments},
    {"trainings", &QuarterlyFigures::trainings},
    {"trainingAttendees", &QuarterlyFigures::trainingAttendees},
    {"interviews", &QuarterlyFigures::interviews},
    {"pressEvents", &QuarterlyFigures::pressEvents},
};
} // namespace

double AgencyRow::rate() const
{
    return percent(adopted.current, submitted.current);
}

double AgencyRow::rateLastYear() const
{
    return percent(adopted.lastYear, submitted.lastYear);
}

double QuarterlyFigures::adoptionRate() const
{
    return percent(adopted.current, submitted.current);
}

double QuarterlyFigures::adoptionRateLastYear() const
{
    return percent(adopted.lastYear, submitted.lastYear);
}

QList<FigureEntry> QuarterlyFigures::entries() const
{
    QList<FigureEntry> out;
    out << FigureEntry{QStringLiteral("published.total"), L("公开信息总数"), publishedItems};
    for (const FigureRow& r : byChannel)
        out << FigureEntry{QStringLiteral("published.channel.%1").arg(r.id), L("%1公开信息").arg(r.name),
                           r.count};
    for (const FigureRow& r : byCategory)
        out << FigureEntry{QStringLiteral("published.category.%1").arg(r.id), L("%1类信息").arg(r.name),
                           r.count};
    for (const FigureRow& r : byDepartment)
        out << FigureEntry{QStringLiteral("published.department.%1").arg(r.id), L("%1公开信息").arg(r.name),
                           r.count};
    out << FigureEntry{QStringLiteral("submissions.total"), L("报送信息"), submitted};
    out << FigureEntry{QStringLiteral("adoptions.total"), L("被采用信息"), adopted};
    for (const AgencyRow& a : agencies) {
        out << FigureEntry{QStringLiteral("submissions.agency.%1").arg(a.id), L("向%1报送").arg(a.name),
                           a.submitted};
        out << FigureEntry{QStringLiteral("adoptions.agency.%1").arg(a.id), L("%1采用").arg(a.name),
                           a.adopted};
    }
    out << FigureEntry{QStringLiteral("reviews.completed"), L("完成保密审查"), reviewsCompleted};
    out << FigureEntry{QStringLiteral("reviews.paper"), L("其中纸质审查"), paperReviews};
    out << FigureEntry{QStringLiteral("reviews.sentBack"), L("退回修改"), sentBack};
    out << FigureEntry{QStringLiteral("reviews.unreviewed"), L("未经审查即公开"),
                       FigurePair{unreviewed.size(), unreviewedLastYear}};
    out << FigureEntry{QStringLiteral("requests.received"), L("收到依申请公开"), requestsReceived};
    out << FigureEntry{QStringLiteral("requests.answered"), L("答复依申请公开"), requestsAnswered};
    out << FigureEntry{QStringLiteral("requests.overdue"), L("逾期答复"), requestsOverdue};
    out << FigureEntry{QStringLiteral("readingRoom.deliveries"), L("向公共查阅室报送"),
                       readingRoomDeliveries};
    out << FigureEntry{QStringLiteral("readingRoom.documents"), L("报送现行有效文件"), readingRoomDocuments};
    out << FigureEntry{QStringLiteral("training.count"), L("组织培训"), trainings};
    out << FigureEntry{QStringLiteral("training.attendees"), L("培训人次"), trainingAttendees};
    out << FigureEntry{QStringLiteral("interviews.count"), L("在线访谈"), interviews};
    out << FigureEntry{QStringLiteral("press.count"), L("新闻发布会"), pressEvents};
    return out;
}

QJsonObject QuarterlyFigures::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("gongkai-quarterly-figures-1"));
    o.insert(QStringLiteral("period"), period.key());
    o.insert(QStringLiteral("label"), period.label());
    o.insert(QStringLiteral("from"), period.from().toString(Qt::ISODate));
    o.insert(QStringLiteral("to"), period.to().toString(Qt::ISODate));
    o.insert(QStringLiteral("unit"), unit);
    for (const PairField& f : kPairs)
        o.insert(QLatin1String(f.name), pairJson(this->*f.member));
    o.insert(QStringLiteral("byChannel"), rowsJson(byChannel));
    o.insert(QStringLiteral("byCategory"), rowsJson(byCategory));
    o.insert(QStringLiteral("byDepartment"), rowsJson(byDepartment));
    QJsonArray agencyArray;
    for (const AgencyRow& a : agencies)
        agencyArray.append(QJsonObject{{QStringLiteral("id"), double(a.id)},
                                       {QStringLiteral("name"), a.name},
                                       {QStringLiteral("submitted"), pairJson(a.submitted)},
                                       {QStringLiteral("adopted"), pairJson(a.adopted)}});
    o.insert(QStringLiteral("agencies"), agencyArray);
    o.insert(QStringLiteral("medianDaysToApproval"),
             QJsonArray{medianDaysToApproval, medianDaysToApprovalLastYear});
    QJsonArray unreviewedArray;
    for (const UnreviewedItem& u : unreviewed)
        unreviewedArray.append(
            QJsonObject{{QStringLiteral("id"), double(u.id)},
                        {QStringLiteral("title"), u.title},
                        {QStringLiteral("firstPublished"), u.firstPublished.toString(Qt::ISODate)}});
    o.insert(QStringLiteral("unreviewed"), unreviewedArray);
    o.insert(QStringLiteral("unreviewedLastYear"), double(unreviewedLastYear));
    QJsonArray eventArray;
    for (const WorkEvent& e : events)
        eventArray.append(QJsonObject{{QStringLiteral("id"), double(e.id)},
                                      {QStringLiteral("kind"), e.kind},
                                      {QStringLiteral("heldOn"), e.heldOn.toString(Qt::ISODate)},
                                      {QStringLiteral("title"), e.title},
                                      {QStringLiteral("organiser"), e.organiser},
                                      {QStringLiteral("attendees"), e.attendees},
                                      {QStringLiteral("documents"), e.documents}});
    o.insert(QStringLiteral("events"), eventArray);
    return o;
}

QuarterlyFigures QuarterlyFigures::fromJson(const QJsonObject& o)
{
    QuarterlyFigures f;
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("gongkai-quarterly-figures-1"))
        return f;
    const auto period = ReportPeriod::fromKey(o.value(QStringLiteral("period")).toString());
    if (!period)
        return f;
    f.period = *period;
    f.unit = o.value(QStringLiteral("unit")).toString();
    for (const PairField& p : kPairs)
        f.*p.member = pairFrom(o.value(QLatin1String(p.name)));
    f.byChannel = rowsFrom(o.value(QStringLiteral("byChannel")));
    f.byCategory = rowsFrom(o.value(QStringLiteral("byCategory")));
    f.byDepartment = rowsFrom(o.value(QStringLiteral("byDepartment")));
    for (const QJsonValue& v : o.value(QStringLiteral("agencies")).toArray()) {
        const QJsonObject a = v.toObject();
        f.agencies << AgencyRow{
            qint64(a.value(QStringLiteral("id")).toDouble()), a.value(QStringLiteral("name")).toString(),
            pairFrom(a.value(QStringLiteral("submitted"))), pairFrom(a.value(QStringLiteral("adopted")))};
    }
    const QJsonArray median = o.value(QStringLiteral("medianDaysToApproval")).toArray();
    f.medianDaysToApproval = median.at(0).toDouble();
    f.medianDaysToApprovalLastYear = median.at(1).toDouble();
    for (const QJsonValue& v : o.value(QStringLiteral("unreviewed")).toArray()) {
        const QJsonObject u = v.toObject();
        f.unreviewed << UnreviewedItem{
            qint64(u.value(QStringLiteral("id")).toDouble()), u.value(QStringLiteral("title")).toString(),
            QDate::fromString(u.value(QStringLiteral("firstPublished")).toString(), Qt::ISODate)};
    }
    f.unreviewedLastYear = qint64(o.value(QStringLiteral("unreviewedLastYear")).toDouble());
    for (const QJsonValue& v : o.value(QStringLiteral("events")).toArray()) {
        const QJsonObject e = v.toObject();
        f.events << WorkEvent{qint64(e.value(QStringLiteral("id")).toDouble()),
                              e.value(QStringLiteral("kind")).toString(),
                              QDate::fromString(e.value(QStringLiteral("heldOn")).toString(), Qt::ISODate),
                              e.value(QStringLiteral("title")).toString(),
                              e.value(QStringLiteral("organiser")).toString(),
                              e.value(QStringLiteral("attendees")).toInt(),
                              e.value(QStringLiteral("documents")).toInt()};
    }
    return f;
}

} // namespace gongkai
