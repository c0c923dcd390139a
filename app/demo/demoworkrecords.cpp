#include "demoworkrecords.h"

#include "demotext.h"
#include "demotrail.h"

#include "domain/workrecord.h"
#include "storage/database.h"
#include "storage/departmentrepository.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

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

/// The record as WorkRecordRepository audits it (its stored values, no bookkeeping columns).
QJsonObject snapshot(const WorkRecord& r)
{
    return QJsonObject{{L("kind"), workRecordKindCode(r.kind)},
                       {L("heldOn"), r.heldOn.toString(Qt::ISODate)},
                       {L("title"), r.title},
                       {L("organiser"), r.organiser},
                       {L("attendees"), r.attendees},
                       {L("documents"), r.documents},
                       {L("recipients"), r.recipients},
                       {L("note"), r.note},
                       {L("departmentId"), QString::number(r.departmentId)}};
}

QString item(const QStringList& list, int index)
{
    return list.isEmpty() ? QString() : list.at(index % list.size());
}
} // namespace

qint64 DemoWorkRecords::write(Database& db, DemoTrail& trail, quint32 seed, const QDate& first,
                              const QDate& last, const QDateTime& end, const Actor& author)
{
    if (!first.isValid() || !last.isValid() || first > last)
        return 0;
    const QJsonObject text = DemoText::section(L("workRecords"));
    auto words = [&text](const char* key) { return text.value(QLatin1String(key)).toString(); };
    auto list = [&text](const char* key) { return DemoText::strings(text.value(QLatin1String(key))); };
    const QStringList trainings = list("trainings");
    const QStringList organisers = list("trainingOrganisers");
    const QStringList interviews = list("interviews");
    const QStringList press = list("press");
    const QStringList recipients = list("readingRoomRecipients");
    const QStringList interviewDepartments = list("interviewDepartments");
    const QStringList pressDepartments = list("pressDepartments");
    DepartmentRepository departments(db);
    auto department = [&departments](const QString& name) {
        const auto d = departments.byName(name);
        return d ? d->id : 0;
    };

    // A stream of its own, so the items of a seed stay the same whether or not records are added.
    QRandomGenerator rng(seed ^ 0x5a17c0deu);
    QList<WorkRecord> records;
    auto add = [&](WorkRecordKind kind, const QDate& date, const QString& title, const QString& organiser,
                   int attendees, int documents, const QString& to, const QString& note,
                   const QString& dept) {
        WorkRecord r;
        r.kind = kind;
        r.heldOn = date;
        r.title = title.trimmed();
        r.organiser = organiser.trimmed();
        r.attendees = attendees;
        r.documents = documents;
        r.recipients = to.trimmed();
        r.note = note.trimmed();
        r.departmentId = department(dept);
        records << r;
    };
    const QDate firstMonth(first.year(), first.month(), 1);
    int trainingCount = 0;
    int interviewCount = 0;
    int pressCount = 0;
    for (QDate month = firstMonth; month <= last; month = month.addMonths(1)) {
        const QDate from = qMax(first, month);
        const QDate to = qMin(last, month.addMonths(1).addDays(-1));
        const int m = month.month();

        // Every month: the currently valid documents go to the reading rooms, in turn.
        const int documents = 5 + int(rng.bounded(26));
        const int normative = int(rng.bounded(qMin(documents, 6) + 1));
        add(WorkRecordKind::ReadingRoom, dayIn(rng, month, 10, 20, from, to),
            words("readingRoomTitle").arg(m), words("readingRoomOrganiser"), 0, documents,
            item(recipients, m % 2 == 1 ? 0 : 1),
            normative > 0 ? words("readingRoomNote").arg(normative) : QString(),
            words("readingRoomDepartment"));

        // Every quarter a training, in its middle month (or whatever part of the quarter is covered).
        const int quarterStart = (m - 1) / 3 * 3 + 1;
        const QDate quarterFrom = qMax(first, QDate(month.year(), quarterStart, 1));
        const QDate quarterTo = qMin(last, QDate(month.year(), quarterStart, 1).addMonths(3).addDays(-1));
        const int trainingMonth = qBound(quarterFrom.month(), quarterStart + 1, quarterTo.month());
        if (m == trainingMonth) {
            const int attendees = 20 + int(rng.bounded(61));
            add(WorkRecordKind::Training, dayIn(rng, month, 8, 26, from, to), item(trainings, trainingCount),
                item(organisers, trainingCount), attendees, 0, QString(), words("trainingNote"),
                words("trainingDepartment"));
            ++trainingCount;
        }
        // An online interview every half year, press conferences in spring and autumn.
        if (m == 5 || m == 11) {
            add(WorkRecordKind::Interview, dayIn(rng, month, 12, 24, from, to),
                item(interviews, interviewCount), words("interviewOrganiser"), 3 + int(rng.bounded(3)), 0,
                QString(), words("interviewNote").arg(20 + int(rng.bounded(40))),
                item(interviewDepartments, interviewCount));
            ++interviewCount;
        }
        if (m == 3 || m == 9) {
            add(WorkRecordKind::Press, dayIn(rng, month, 5, 25, from, to), item(press, pressCount),
                words("pressOrganiser"), 10 + int(rng.bounded(20)), 0, QString(), QString(),
                item(pressDepartments, pressCount));
            ++pressCount;
        }
    }

    // Entered in the afternoon of the day each was held (16:00 in China), in that order.
    std::stable_sort(records.begin(), records.end(),
                     [](const WorkRecord& a, const WorkRecord& b) { return a.heldOn < b.heldOn; });
    for (WorkRecord& r : records) {
        const QDateTime at = qMin(QDateTime(r.heldOn, QTime(8, 0), Qt::UTC), end);
        r.createdAt = r.updatedAt = at;
        r.createdBy = author.login;
        r.rowVersion = 1;
        r.id = db.insert(L("INSERT INTO work_records (kind, held_on, title, organiser, attendees, documents, "
                           "recipients, note,"
                           " department_id, created_at, created_by, updated_at, row_version)"
                           " VALUES (:k, :h, :t, :o, :a, :d, :r, :n, :dep, :c, :by, :u, 1) RETURNING id"),
                         {{L("k"), workRecordKindCode(r.kind)},
                          {L("h"), db.toDb(r.heldOn)},
                          {L("t"), r.title},
                          {L("o"), r.organiser},
                          {L("a"), r.attendees},
                          {L("d"), r.documents},
                          {L("r"), r.recipients},
                          {L("n"), r.note},
                          {L("dep"), r.departmentId > 0 ? QVariant(r.departmentId)
                                                        : QVariant(QMetaType::fromType<qlonglong>())},
                          {L("c"), db.toDb(at)},
                          {L("by"), r.createdBy},
                          {L("u"), db.toDb(at)}});
        const QJsonObject after = snapshot(r);
        const qint64 id = r.id;
        trail.schedule(at, [&trail, author, id, after] {
            trail.append(author, {AuditEvent::WorkRecordAdded, true, L("work_record"), id, {}, after});
        });
    }
    return records.size();
}

} // namespace gongkai
