#include "monthlysummarydata.h"

#include "../domain/reviewround.h"
#include "../storage/database.h"
#include "../storage/departmentrepository.h"
#include "../storage/itemrepository.h"
#include "../storage/reviewrepository.h"
#include "officesettings.h"
#include "reporttext.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromUtf8(s);
}

/// Within a month's summary the year goes without saying: 11月21日 10:32.
QString shortTime(const QDateTime& utc)
{
    const QDateTime t = utc.toLocalTime();
    return L("%1月%2日 %3")
        .arg(t.date().month())
        .arg(t.date().day())
        .arg(t.time().toString(QStringLiteral("HH:mm")));
}
} // namespace

MonthlySummaryData MonthlySummaryData::build(Database& db, const QDate& month)
{
    MonthlySummaryData d;
    d.unit = OfficeSettings::unitName(db);
    d.month = QDate(month.year(), month.month(), 1);
    const QDate last = d.month.addMonths(1).addDays(-1);
    d.periodText = L("%1至%2").arg(reporttext::date(d.month), reporttext::date(last));
    d.printedAt = db.nowUtc();
    // The month in local time, as the office sees it, asked for in UTC.
    const QDateTime from = QDateTime(d.month, QTime(0, 0)).toUTC();
    const QDateTime to = QDateTime(d.month.addMonths(1), QTime(0, 0)).toUTC();

    ReviewRepository reviews(db);
    ItemRepository items(db);
    DepartmentRepository departments(db);
    QHash<qint64, Item> itemCache;
    QHash<qint64, QString> departmentNames;
    auto itemOf = [&](qint64 id) -> const Item& {
        auto it = itemCache.find(id);
        if (it == itemCache.end())
            it = itemCache.insert(id, items.get(id).value_or(Item{}));
        return *it;
    };
    auto departmentOf = [&](qint64 id) {
        auto it = departmentNames.find(id);
        if (it == departmentNames.end()) {
            const auto dep = departments.byId(id);
            it = departmentNames.insert(id, dep ? dep->name : QString());
        }
        return *it;
    };

    for (const ReviewRound& round : reviews.roundsEndedBetween(from, to)) {
        const Item& item = itemOf(round.itemId);
        SummaryEntry e;
        e.itemId = round.itemId;
        e.title = item.title;
        e.department = departmentOf(item.departmentId);
        e.roundNumber = round.number;
        e.endedAt = round.endedAt;
        e.endedText = reporttext::dateTime(round.endedAt);
        e.endedShortText = shortTime(round.endedAt);
        for (const Signature& s : round.signatures)
            e.steps << SummaryStep{s.stepLabel,
                                   s.signerName,
                                   reporttext::role(s.role),
                                   opinionChinese(s.opinion),
                                   reporttext::dateTime(s.signedAt),
                                   shortTime(s.signedAt)};
        switch (round.state) {
        case RoundState::Approved: {
            const auto c = round.conclusion();
            e.result = c ? L("审查通过（%1）").arg(opinionChinese(*c)) : L("审查通过");
            e.resultCode = QStringLiteral("approved");
            ++d.approved;
            break;
        }
        case RoundState::SentBack:
            if (round.sendBack) {
                const SendBack& b = *round.sendBack;
                e.steps << SummaryStep{round.chain.steps.value(b.stepIndex).label,
                                       b.name,
                                       reporttext::role(round.chain.steps.value(b.stepIndex).role),
                                       L("退回修改"),
                                       reporttext::dateTime(b.sentAt),
                                       shortTime(b.sentAt)};
                e.result = L("退回修改：%1").arg(b.reason);
            } else {
                e.result = L("退回修改");
            }
            e.resultCode = QStringLiteral("sent_back");
            ++d.sentBack;
            break;
        case RoundState::Withdrawn:
            e.result = L("送审撤回");
            e.resultCode = QStringLiteral("withdrawn");
            ++d.withdrawn;
            break;
        case RoundState::Open: // not ended: roundsEndedBetween gives none
            continue;
        }
        d.entries << e;
    }

    // Historical items marked reviewed on paper in the month (imported from the old ledger).
    QSqlQuery q =
        db.exec(QStringLiteral("SELECT item_id, reviewers, recorded_at, attester_name, form_ref FROM paper_reviews "
                               "WHERE recorded_at >= :f AND recorded_at < :t ORDER BY recorded_at, item_id"),
                {{QStringLiteral("f"), db.toDb(from)}, {QStringLiteral("t"), db.toDb(to)}});
    struct PaperRow
    {
        qint64 itemId;
        QString reviewers;
        QDateTime at;
        QString attester;
        QString formRef;
    };
    QList<PaperRow> paperRows; // read them all before asking for the items (one query at a time)
    while (q.next())
        paperRows << PaperRow{q.value(0).toLongLong(), q.value(1).toString(), Database::timeFrom(q.value(2)),
                              q.value(3).toString(), q.value(4).toString()};
    for (const PaperRow& row : paperRows) {
        const Item& item = itemOf(row.itemId);
        SummaryEntry e;
        e.itemId = row.itemId;
        e.title = item.title;
        e.department = departmentOf(item.departmentId);
        e.paperReviewers = row.reviewers;
        if (!row.attester.isEmpty())
            e.paperReviewers += L("（%1%2证明）")
                                    .arg(row.formRef.isEmpty() ? QString() : row.formRef + L("，"), row.attester);
        e.endedAt = row.at;
        e.endedText = reporttext::dateTime(e.endedAt);
        e.endedShortText = shortTime(e.endedAt);
        e.result = L("纸质审查（历史记录）");
        e.resultCode = QStringLiteral("reviewed_on_paper");
        ++d.paper;
        d.entries << e;
    }
    std::stable_sort(d.entries.begin(), d.entries.end(),
                     [](const SummaryEntry& a, const SummaryEntry& b) { return a.endedAt < b.endedAt; });
    return d;
}

QString MonthlySummaryData::stepsText(const SummaryEntry& e)
{
    if (e.roundNumber == 0)
        return L("纸质审查：%1").arg(e.paperReviewers);
    QStringList lines;
    for (const SummaryStep& s : e.steps)
        lines << L("%1：%2（%3，%4）").arg(s.label, s.signer, s.opinion, s.shortAtText);
    return lines.isEmpty() ? reporttext::dash() : lines.join(QLatin1Char('\n'));
}

QJsonObject MonthlySummaryData::toJson() const
{
    QJsonArray list;
    for (const SummaryEntry& e : entries) {
        QJsonArray steps;
        for (const SummaryStep& s : e.steps)
            steps.append(QJsonObject{{QStringLiteral("label"), s.label},
                                     {QStringLiteral("signer"), s.signer},
                                     {QStringLiteral("role"), s.role},
                                     {QStringLiteral("opinion"), s.opinion},
                                     {QStringLiteral("atText"), s.atText}});
        QJsonObject o{{QStringLiteral("item"), e.itemId},
                      {QStringLiteral("title"), e.title},
                      {QStringLiteral("department"), e.department},
                      {QStringLiteral("round"), e.roundNumber},
                      {QStringLiteral("steps"), steps},
                      {QStringLiteral("result"), e.result},
                      {QStringLiteral("resultCode"), e.resultCode},
                      {QStringLiteral("endedAt"), e.endedAt.toUTC().toString(Qt::ISODate)}};
        if (!e.paperReviewers.isEmpty())
            o.insert(QStringLiteral("paperReviewers"), e.paperReviewers);
        list.append(o);
    }
    return {{QStringLiteral("unit"), unit},
            {QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("period"), periodText},
            {QStringLiteral("entries"), list},
            {QStringLiteral("approved"), approved},
            {QStringLiteral("sentBack"), sentBack},
            {QStringLiteral("withdrawn"), withdrawn},
            {QStringLiteral("reviewedOnPaper"), paper},
            {QStringLiteral("printedAt"), printedAt.toUTC().toString(Qt::ISODate)}};
}

} // namespace gongkai
