#include "demoworkrecords.h"

#include "../domain/workrecord.h"
#include "../storage/database.h"
#include "../storage/departmentrepository.h"

#include <QRandomGenerator>

namespace gongkai {

namespace {
QString U(const char* s)
{
    return QString::fromUtf8(s);
}

const char* const kTrainings[] = {
    "《政府信息公开条例》专题培训", "政务公开保密审查业务培训", "政务新媒体规范管理培训",
    "个人信息保护与公开前审查培训", "政府网站信息发布规范培训", "政策解读工作培训",
};
const char* const kTrainingOrganisers[] = {"局办公室", "市政务公开办", "市保密局", "局办公室"};
const char* const kInterviews[] = {"局长做客“政风行风热线”在线访谈：优化营商环境",
                                   "分管负责同志在线访谈：促进消费政策解读", "在线访谈：稳外贸稳外资政策问答",
                                   "在线访谈：老旧商业街区改造提升"};
const char* const kPress[] = {"一季度全市商务运行情况新闻发布会", "全市外贸形势新闻发布会",
                              "招商引资工作新闻发布会", "促消费系列活动新闻发布会"};

/// The date moved off a weekend to the next Monday, or back to the Friday before when that leaves
/// the allowed range.
QDate workingDay(QDate d, const QDate& from, const QDate& to)
{
    QDate next = d;
    while (next.dayOfWeek() > 5)
        next = next.addDays(1);
    if (next <= to)
        return next;
    while (d.dayOfWeek() > 5 && d > from)
        d = d.addDays(-1);
    return d;
}

/// A day in [from, to] around the wanted day of the month (clamped into the range).
QDate dayIn(QRandomGenerator& rng, const QDate& monthStart, int earliest, int latest, const QDate& from,
            const QDate& to)
{
    const int day = earliest + int(rng.bounded(latest - earliest + 1));
    QDate d(monthStart.year(), monthStart.month(), qMin(day, monthStart.daysInMonth()));
    d = qBound(from, d, to);
    return workingDay(d, from, to);
}

class Writer
{
public:
    Writer(Database& db, const QDateTime& now) : m_db(db), m_now(db.toDb(now))
    {
        DepartmentRepository departments(db);
        for (const char* name : {"办公室", "综合科", "商务科", "外贸科", "投资促进科"}) {
            const auto d = departments.byName(U(name));
            m_departments.insert(U(name), d ? QVariant(d->id) : QVariant(QMetaType::fromType<qlonglong>()));
        }
    }

    void add(WorkRecordKind kind, const QDate& date, const QString& title, const QString& organiser,
             int attendees, int documents, const QString& recipients, const QString& note,
             const char* department)
    {
        m_db.exec(QStringLiteral(
                      "INSERT INTO work_records (kind, held_on, title, organiser, attendees, documents,"
                      " recipients, note, department_id, created_at, created_by, updated_at, row_version)"
                      " VALUES (:k, :h, :t, :o, :a, :d, :r, :n, :dep, :now, :by, :now2, 1)"),
                  {{QStringLiteral("k"), workRecordKindCode(kind)},
                   {QStringLiteral("h"), m_db.toDb(date)},
                   {QStringLiteral("t"), title},
                   {QStringLiteral("o"), organiser},
                   {QStringLiteral("a"), attendees},
                   {QStringLiteral("d"), documents},
                   {QStringLiteral("r"), recipients},
                   {QStringLiteral("n"), note},
                   {QStringLiteral("dep"), m_departments.value(U(department))},
                   {QStringLiteral("now"), m_now},
                   {QStringLiteral("by"), QStringLiteral("zhangwei")},
                   {QStringLiteral("now2"), m_now}});
        ++m_count;
    }

    qint64 count() const { return m_count; }

private:
    Database& m_db;
    QVariant m_now;
    QHash<QString, QVariant> m_departments;
    qint64 m_count = 0;
};
} // namespace

qint64 DemoWorkRecords::write(Database& db, quint32 seed, const QDate& first, const QDate& last,
                              const QDateTime& now)
{
    if (!first.isValid() || !last.isValid() || first > last)
        return 0;
    // A stream of its own, so the items of a seed stay the same whether or not records are added.
    QRandomGenerator rng(seed ^ 0x5a17c0deu);
    Writer w(db, now);
    const QDate firstMonth(first.year(), first.month(), 1);
    int trainings = 0;
    int interviews = 0;
    int press = 0;
    for (QDate month = firstMonth; month <= last; month = month.addMonths(1)) {
        const QDate from = qMax(first, month);
        const QDate to = qMin(last, month.addMonths(1).addDays(-1));
        const int m = month.month();

        // Every month: the currently valid documents go to the reading rooms, in turn.
        const bool archive = m % 2 == 1;
        const int documents = 5 + int(rng.bounded(26));
        const int normative = int(rng.bounded(qMin(documents, 6) + 1));
        w.add(WorkRecordKind::ReadingRoom, dayIn(rng, month, 10, 20, from, to),
              U("%1月份现行有效文件送阅").arg(m), U("局办公室"), 0, documents,
              archive ? U("市档案馆") : U("市图书馆"),
              normative > 0 ? U("其中行政规范性文件%1件").arg(normative) : QString(), "办公室");

        // Every quarter a training, in its middle month (or whatever part of the quarter is covered).
        const int quarterStart = (m - 1) / 3 * 3 + 1;
        const QDate quarterFrom = qMax(first, QDate(month.year(), quarterStart, 1));
        const QDate quarterTo = qMin(last, QDate(month.year(), quarterStart, 1).addMonths(3).addDays(-1));
        const int trainingMonth = qBound(quarterFrom.month(), quarterStart + 1, quarterTo.month());
        if (m == trainingMonth) {
            const int attendees = 20 + int(rng.bounded(61));
            w.add(WorkRecordKind::Training, dayIn(rng, month, 8, 26, from, to),
                  U(kTrainings[trainings % std::size(kTrainings)]),
                  U(kTrainingOrganisers[trainings % std::size(kTrainingOrganisers)]), attendees, 0, QString(),
                  U("各科室信息员、撰稿人参加"), "办公室");
            ++trainings;
        }
        // An online interview every half year, press conferences in spring and autumn.
        if (m == 5 || m == 11) {
            w.add(WorkRecordKind::Interview, dayIn(rng, month, 12, 24, from, to),
                  U(kInterviews[interviews % std::size(kInterviews)]), U("市政府网站"),
                  3 + int(rng.bounded(3)), 0, QString(),
                  U("网民留言%1条，现场答复").arg(20 + int(rng.bounded(40))),
                  interviews % 2 == 0 ? "商务科" : "外贸科");
            ++interviews;
        }
        if (m == 3 || m == 9) {
            w.add(WorkRecordKind::Press, dayIn(rng, month, 5, 25, from, to),
                  U(kPress[press % std::size(kPress)]), U("市政府新闻办"), 10 + int(rng.bounded(20)), 0,
                  QString(), QString(), press % 2 == 0 ? "综合科" : "投资促进科");
            ++press;
        }
    }
    return w.count();
}

} // namespace gongkai
