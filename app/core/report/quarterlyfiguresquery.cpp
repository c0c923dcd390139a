#include "quarterlyfiguresquery.h"

#include "../error.h"
#include "../storage/database.h"
#include "officesettings.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace gongkai {

namespace {

/// The counts of one period, before they are paired with last year's.
struct PeriodCounts
{
    qint64 published = 0;
    QMap<qint64, qint64> channel;
    QMap<qint64, qint64> category;
    QMap<qint64, qint64> department;
    QMap<qint64, QPair<qint64, qint64>> agency; ///< submitted, adopted
    qint64 approved = 0;
    qint64 paper = 0;
    qint64 sentBack = 0;
    double median = 0;
    QList<UnreviewedItem> unreviewed;
    QList<qint64> received;
    QList<qint64> answered;
    QList<qint64> overdue;
    QHash<QString, QPair<qint64, qint64>> work; ///< kind → count, attendees
    qint64 readingDocuments = 0;
};

const QString kOnRequest = QStringLiteral("1"); // DisclosureAttribute::OnRequest as stored

class Runner
{
public:
    Runner(Database& db, const ReportPeriod& p, QList<QPair<QString, QVariantMap>>* log = nullptr)
        : m_db(db), m_p(p), m_log(log)
    {
    }

    QVariant scalar(const QString& sql, const QVariantMap& binds)
    {
        if (m_log)
            *m_log << qMakePair(sql, binds);
        return m_db.scalar(sql, binds);
    }

    QVariantMap dates() const
    {
        return {{QStringLiteral("f"), m_db.toDb(m_p.from())}, {QStringLiteral("t"), m_db.toDb(m_p.to())}};
    }
    QVariantMap times() const
    {
        return {{QStringLiteral("s"), m_db.toDb(m_p.startUtc())},
                {QStringLiteral("e"), m_db.toDb(m_p.endUtc())}};
    }

    /// Distinct ids of the first column; binds not named in sql are left out.
    QList<qint64> ids(const QString& sql, QVariantMap binds)
    {
        for (auto it = binds.begin(); it != binds.end();)
            it = sql.contains(QLatin1Char(':') + it.key()) ? std::next(it) : binds.erase(it);
        QList<qint64> out;
        rows(sql, binds, [&](const QSqlQuery& q) { out << q.value(0).toLongLong(); });
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    /// Runs sql and hands each row to fn, then finishes the query: on PostgreSQL a statement run while
    /// another's result is open discards that result.
    template <typename F> void rows(const QString& sql, const QVariantMap& binds, F&& fn)
    {
        if (m_log)
            *m_log << qMakePair(sql, binds);
        QSqlQuery q = m_db.exec(sql, binds);
        while (q.next())
            fn(q);
        q.finish();
    }

    /// Days between two stored UTC times, in SQL of the back end.
    QString daysBetween(const QString& a, const QString& b) const
    {
        return m_db.dialect() == Dialect::Sqlite
                   ? QStringLiteral("(julianday(%2) - julianday(%1))").arg(a, b)
                   : QStringLiteral("(EXTRACT(EPOCH FROM (%2 - %1)) / 86400.0)").arg(a, b);
    }

    // Requests answered in the period (first publication in it) and those received in it still open at
    // its end; overdue ones are past QuarterlyFiguresQuery::answerDeadline().
    void requests(PeriodCounts* c)
    {
        c->received =
            ids(QStringLiteral("SELECT id FROM items WHERE drafted BETWEEN :f AND :t AND attribute = ") +
                    kOnRequest,
                dates());
        rows(QStringLiteral("SELECT p.item_id, MIN(p.published_on), i.drafted FROM publications p"
                            " JOIN items i ON i.id = p.item_id"
                            " WHERE p.published_on BETWEEN :f AND :t AND i.attribute = ") +
                 kOnRequest +
                 QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM publications q WHERE q.item_id = p.item_id"
                                " AND q.published_on < :f)"
                                " GROUP BY p.item_id, i.drafted"),
             dates(), [&](const QSqlQuery& q) {
                 const qint64 id = q.value(0).toLongLong();
                 c->answered << id;
                 const QDate first = Database::dateFrom(q.value(1));
                 if (first > QuarterlyFiguresQuery::answerDeadline(Database::dateFrom(q.value(2))))
                     c->overdue << id;
             });
        rows(QStringLiteral(
                 "SELECT i.id, i.drafted FROM items i WHERE i.drafted BETWEEN :f AND :t AND i.attribute = ") +
                 kOnRequest +
                 QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM publications q WHERE q.item_id = i.id"
                                " AND q.published_on <= :t)"),
             dates(), [&](const QSqlQuery& q) {
                 if (QuarterlyFiguresQuery::answerDeadline(Database::dateFrom(q.value(1))) < m_p.to())
                     c->overdue << q.value(0).toLongLong();
             });
        std::sort(c->answered.begin(), c->answered.end());
        std::sort(c->overdue.begin(), c->overdue.end());
    }

    QString unreviewedSql() const
    {
        return QStringLiteral("SELECT p.item_id, MIN(p.published_on), i.title FROM publications p JOIN items "
                              "i ON i.id = p.item_id"
                              " WHERE p.published_on BETWEEN :f AND :t"
                              " AND NOT EXISTS (SELECT 1 FROM review_rounds r WHERE r.item_id = p.item_id "
                              "AND r.state = 'approved')"
                              " AND NOT EXISTS (SELECT 1 FROM paper_reviews pr WHERE pr.item_id = p.item_id)"
                              " GROUP BY p.item_id, i.title ORDER BY p.item_id");
    }

    PeriodCounts counts()
    {
        PeriodCounts c;
        c.published = scalar(QStringLiteral("SELECT COUNT(DISTINCT item_id) FROM publications"
                                            " WHERE published_on BETWEEN :f AND :t"),
                             dates())
                          .toLongLong();
        rows(QStringLiteral("SELECT channel_id, COUNT(DISTINCT item_id) FROM publications"
                            " WHERE published_on BETWEEN :f AND :t GROUP BY channel_id"),
             dates(),
             [&](const QSqlQuery& q) { c.channel[q.value(0).toLongLong()] = q.value(1).toLongLong(); });
        rows(QStringLiteral("SELECT i.category_id, i.department_id, COUNT(*) FROM items i WHERE i.id IN"
                            " (SELECT item_id FROM publications WHERE published_on BETWEEN :f AND :t)"
                            " GROUP BY i.category_id, i.department_id"),
             dates(), [&](const QSqlQuery& q) {
                 c.category[q.value(0).toLongLong()] += q.value(2).toLongLong();
                 c.department[q.value(1).toLongLong()] += q.value(2).toLongLong();
             });
        rows(QStringLiteral("SELECT agency_id, COUNT(*), SUM(CASE WHEN adopted <> 0 THEN 1 ELSE 0 END)"
                            " FROM submissions WHERE submitted_on BETWEEN :f AND :t GROUP BY agency_id"),
             dates(), [&](const QSqlQuery& q) {
                 c.agency[q.value(0).toLongLong()] = {q.value(1).toLongLong(), q.value(2).toLongLong()};
             });

        QList<double> days;
        rows(QStringLiteral("SELECT %1 FROM review_rounds WHERE state = 'approved'"
                            " AND ended_at >= :s AND ended_at < :e ORDER BY 1")
                 .arg(daysBetween(QStringLiteral("started_at"), QStringLiteral("ended_at"))),
             times(), [&](const QSqlQuery& q) { days << q.value(0).toDouble(); });
        c.approved = days.size();
        if (!days.isEmpty()) {
            const qsizetype n = days.size();
            const double m = n % 2 ? days.at(n / 2) : (days.at(n / 2 - 1) + days.at(n / 2)) / 2;
            c.median = std::round(m * 10) / 10; // a tenth of a day is what the text prints
        }
        c.sentBack = scalar(QStringLiteral("SELECT COUNT(*) FROM review_rounds WHERE state = 'sent_back'"
                                           " AND ended_at >= :s AND ended_at < :e"),
                            times())
                         .toLongLong();
        c.paper = scalar(QStringLiteral("SELECT COUNT(*) FROM paper_reviews"
                                        " WHERE recorded_at >= :s AND recorded_at < :e"),
                         times())
                      .toLongLong();
        rows(unreviewedSql(), dates(), [&](const QSqlQuery& q) {
            c.unreviewed << UnreviewedItem{q.value(0).toLongLong(), q.value(2).toString(),
                                           Database::dateFrom(q.value(1))};
        });
        requests(&c);
        rows(QStringLiteral("SELECT kind, COUNT(*), SUM(attendees), SUM(documents) FROM work_records"
                            " WHERE held_on BETWEEN :f AND :t GROUP BY kind"),
             dates(), [&](const QSqlQuery& q) {
                 const QString kind = q.value(0).toString();
                 c.work[kind] = {q.value(1).toLongLong(), q.value(2).toLongLong()};
                 if (kind == QLatin1String("reading_room"))
                     c.readingDocuments = q.value(3).toLongLong();
             });
        return c;
    }

    QList<WorkEvent> events()
    {
        QList<WorkEvent> out;
        rows(QStringLiteral("SELECT id, kind, held_on, title, organiser, attendees, documents"
                            " FROM work_records WHERE held_on BETWEEN :f AND :t"
                            " AND kind IN ('training', 'interview', 'press', 'reading_room')"
                            " ORDER BY held_on, id"),
             dates(), [&](const QSqlQuery& q) {
                 out << WorkEvent{
                     q.value(0).toLongLong(), q.value(1).toString(), Database::dateFrom(q.value(2)),
                     q.value(3).toString(),   q.value(4).toString(), q.value(5).toInt(),
                     q.value(6).toInt()};
             });
        return out;
    }

private:
    Database& m_db;
    ReportPeriod m_p;
    QList<QPair<QString, QVariantMap>>* m_log;
};

/// Names of a list table by id.
QHash<qint64, QString> names(Database& db, const QString& table)
{
    QHash<qint64, QString> out;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, name FROM %1").arg(table));
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toString());
    q.finish();
    return out;
}

/// Rows for every id counted in either period, in id order (the office's own list order).
QList<FigureRow> pairRows(const QMap<qint64, qint64>& now, const QMap<qint64, qint64>& before,
                          const QHash<qint64, QString>& nameOf)
{
    QMap<qint64, FigureRow> rows;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        rows[it.key()].count.current = it.value();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        rows[it.key()].count.lastYear = it.value();
    QList<FigureRow> out;
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        it->id = it.key();
        it->name = nameOf.value(it.key());
        out << *it;
    }
    return out;
}

FigurePair work(const PeriodCounts& now, const PeriodCounts& before, const char* kind, bool attendees = false)
{
    const QString k = QLatin1String(kind);
    auto pick = [&](const PeriodCounts& c) {
        const auto v = c.work.value(k);
        return attendees ? v.second : v.first;
    };
    return {pick(now), pick(before)};
}

} // namespace

QuarterlyFiguresQuery::QuarterlyFiguresQuery(Database& db) : m_db(db) {}

QDate QuarterlyFiguresQuery::answerDeadline(const QDate& received)
{
    QDate d = received;
    for (int n = 0; n < 20;) {
        d = d.addDays(1);
        if (d.dayOfWeek() <= 5)
            ++n;
    }
    return d;
}

QuarterlyFigures QuarterlyFiguresQuery::compute(const ReportPeriod& period)
{
    if (!period.isValid())
        throw Error(tr("The report period is not valid."));
    Runner runNow(m_db, period, m_log);
    Runner runBefore(m_db, period.sameLastYear(), m_log);
    const PeriodCounts now = runNow.counts();
    const PeriodCounts before = runBefore.counts();

    QuarterlyFigures f;
    f.period = period;
    f.unit = OfficeSettings::unitName(m_db);
    f.publishedItems = {now.published, before.published};
    f.byChannel = pairRows(now.channel, before.channel, names(m_db, QStringLiteral("channels")));
    f.byCategory = pairRows(now.category, before.category, names(m_db, QStringLiteral("categories")));
    f.byDepartment = pairRows(now.department, before.department, names(m_db, QStringLiteral("departments")));

    const QHash<qint64, QString> channelNames = names(m_db, QStringLiteral("channels"));
    QMap<qint64, AgencyRow> agencies;
    for (auto it = now.agency.cbegin(); it != now.agency.cend(); ++it) {
        agencies[it.key()].submitted.current = it->first;
        agencies[it.key()].adopted.current = it->second;
    }
    for (auto it = before.agency.cbegin(); it != before.agency.cend(); ++it) {
        agencies[it.key()].submitted.lastYear = it->first;
        agencies[it.key()].adopted.lastYear = it->second;
    }
    for (auto it = agencies.begin(); it != agencies.end(); ++it) {
        it->id = it.key();
        it->name = channelNames.value(it.key());
        f.submitted.current += it->submitted.current;
        f.submitted.lastYear += it->submitted.lastYear;
        f.adopted.current += it->adopted.current;
        f.adopted.lastYear += it->adopted.lastYear;
        f.agencies << *it;
    }

    f.reviewsCompleted = {now.approved + now.paper, before.approved + before.paper};
    f.paperReviews = {now.paper, before.paper};
    f.sentBack = {now.sentBack, before.sentBack};
    f.medianDaysToApproval = now.median;
    f.medianDaysToApprovalLastYear = before.median;
    f.unreviewed = now.unreviewed;
    f.unreviewedLastYear = before.unreviewed.size();
    f.requestsReceived = {now.received.size(), before.received.size()};
    f.requestsAnswered = {now.answered.size(), before.answered.size()};
    f.requestsOverdue = {now.overdue.size(), before.overdue.size()};
    f.readingRoomDeliveries = work(now, before, "reading_room");
    f.readingRoomDocuments = {now.readingDocuments, before.readingDocuments};
    f.trainings = work(now, before, "training");
    f.trainingAttendees = work(now, before, "training", true);
    f.interviews = work(now, before, "interview");
    f.pressEvents = work(now, before, "press");
    f.events = runNow.events();
    return f;
}

FigureTrace QuarterlyFiguresQuery::trace(const ReportPeriod& period, const QString& figureKey)
{
    QString key = figureKey;
    ReportPeriod p = period;
    if (key.endsWith(QLatin1String(".lastYear"))) {
        key.chop(9);
        p = period.sameLastYear();
    }
    if (!p.isValid())
        throw Error(tr("The report period is not valid."));
    Runner run(m_db, p);
    const QStringList parts = key.split(QLatin1Char('.'));
    const qint64 id = parts.size() == 3 ? parts.at(2).toLongLong() : 0;
    QVariantMap dates = run.dates();
    dates.insert(QStringLiteral("id"), id);
    const QString publishedIn =
        QStringLiteral("SELECT item_id FROM publications WHERE published_on BETWEEN :f AND :t");
    FigureTrace t;
    if (key == QLatin1String("published.total")) {
        t.ids = run.ids(publishedIn, dates);
    } else if (parts.value(0) == QLatin1String("published") && parts.size() == 3) {
        const QString& by = parts.at(1);
        if (by == QLatin1String("channel"))
            t.ids = run.ids(publishedIn + QStringLiteral(" AND channel_id = :id"), dates);
        else if (by == QLatin1String("category") || by == QLatin1String("department"))
            t.ids = run.ids(
                QStringLiteral("SELECT id FROM items WHERE %1_id = :id AND id IN (%2)").arg(by, publishedIn),
                dates);
        else
            throw Error(tr("Unknown report figure: %1").arg(figureKey));
    } else if (key == QLatin1String("submissions.total") || key == QLatin1String("adoptions.total") ||
               ((parts.value(0) == QLatin1String("submissions") ||
                 parts.value(0) == QLatin1String("adoptions")) &&
                parts.value(1) == QLatin1String("agency") && parts.size() == 3)) {
        QString sql = QStringLiteral("SELECT item_id FROM submissions WHERE submitted_on BETWEEN :f AND :t");
        if (parts.size() == 3)
            sql += QStringLiteral(" AND agency_id = :id");
        if (parts.at(0) == QLatin1String("adoptions"))
            sql += QStringLiteral(" AND adopted <> 0");
        t.ids = run.ids(sql, dates);
    } else if (key == QLatin1String("reviews.completed") || key == QLatin1String("reviews.paper") ||
               key == QLatin1String("reviews.sentBack")) {
        const QString paper =
            QStringLiteral("SELECT item_id FROM paper_reviews WHERE recorded_at >= :s AND recorded_at < :e");
        const QString rounds = QStringLiteral(
            "SELECT item_id FROM review_rounds WHERE state = '%1' AND ended_at >= :s AND ended_at < :e");
        if (key == QLatin1String("reviews.paper"))
            t.ids = run.ids(paper, run.times());
        else if (key == QLatin1String("reviews.sentBack"))
            t.ids = run.ids(rounds.arg(QLatin1String("sent_back")), run.times());
        else
            t.ids = run.ids(rounds.arg(QLatin1String("approved")) + QStringLiteral(" UNION ") + paper,
                            run.times());
    } else if (key == QLatin1String("reviews.unreviewed")) {
        t.ids = run.ids(run.unreviewedSql(), dates);
    } else if (parts.value(0) == QLatin1String("requests") && parts.size() == 2) {
        PeriodCounts c;
        run.requests(&c);
        if (parts.at(1) == QLatin1String("received"))
            t.ids = c.received;
        else if (parts.at(1) == QLatin1String("answered"))
            t.ids = c.answered;
        else if (parts.at(1) == QLatin1String("overdue"))
            t.ids = c.overdue;
        else
            throw Error(tr("Unknown report figure: %1").arg(figureKey));
    } else {
        static const QHash<QString, QString> kinds = {
            {QStringLiteral("readingRoom.deliveries"), QStringLiteral("reading_room")},
            {QStringLiteral("readingRoom.documents"), QStringLiteral("reading_room")},
            {QStringLiteral("training.count"), QStringLiteral("training")},
            {QStringLiteral("training.attendees"), QStringLiteral("training")},
            {QStringLiteral("interviews.count"), QStringLiteral("interview")},
            {QStringLiteral("press.count"), QStringLiteral("press")},
        };
        if (!kinds.contains(key))
            throw Error(tr("Unknown report figure: %1").arg(figureKey));
        dates.insert(QStringLiteral("k"), kinds.value(key));
        t.workRecords = true;
        t.ids = run.ids(
            QStringLiteral("SELECT id FROM work_records WHERE held_on BETWEEN :f AND :t AND kind = :k"),
            dates);
    }
    return t;
}

} // namespace gongkai
