#pragma once

#include "reportperiod.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace gongkai {

/// A count in the period and in the same period last year.
struct FigurePair
{
    qint64 current = 0;
    qint64 lastYear = 0;

    bool operator==(const FigurePair&) const = default;
};

/// One row of a per-channel, per-category or per-department table.
struct FigureRow
{
    qint64 id = 0; ///< the channel's, category's or department's id
    QString name;
    FigurePair count;

    bool operator==(const FigureRow&) const = default;
};

/// Submissions to one upper agency (报送) and how many it adopted (采用).
struct AgencyRow
{
    qint64 id = 0; ///< the agency's channel id
    QString name;
    FigurePair submitted;
    FigurePair adopted;

    /// adopted / submitted in percent, 0 when nothing was submitted.
    double rate() const;
    double rateLastYear() const;
    bool operator==(const AgencyRow&) const = default;
};

/// A work record named in the text (a training with its date and head-count, an interview …).
struct WorkEvent
{
    qint64 id = 0;
    QString kind; ///< training, interview, press, reading_room
    QDate heldOn;
    QString title;
    QString organiser;
    int attendees = 0;
    int documents = 0;

    bool operator==(const WorkEvent&) const = default;
};

/// An item published in the period without a completed review (先审查后公开 broken).
struct UnreviewedItem
{
    qint64 id = 0;
    QString title;
    QDate firstPublished; ///< its first publication in the period

    bool operator==(const UnreviewedItem&) const = default;
};

/// One figure with its stable key, for the preview's list and the trace query.
struct FigureEntry
{
    QString key;   ///< e.g. published.channel.3, reviews.completed
    QString label; ///< Chinese, e.g. 门户网站公开信息
    FigurePair value;
};

/// The figures of a quarterly self-inspection report, beside the same period last year. Plain data:
/// QuarterlyFiguresQuery computes it, QuarterlyText turns it into sentences, the archive stores its
/// JSON. Definitions (README "Quarterly self-inspection report"):
/// - published: items with a publication dated in the period; an item counts once per channel, and
///   once in the totals by category and by department however many channels it went to;
/// - submissions: made in the period; adoptions: those of them adopted (whenever);
/// - reviews completed: approved review rounds that ended in the period plus paper reviews recorded
///   in it; sent back: rounds sent back in it; the median days from submission to approval over the
///   approved rounds;
/// - requests (依申请公开 items, until there is a request register): received = drafted in the period,
///   answered = first published in it, overdue = answered later than 20 working days after drafting,
///   or received in the period and still unanswered at its end when 20 working days have passed
///   (working days Monday to Friday, holidays not counted);
/// - work records (training, interview, press, reading_room) held in the period.
struct QuarterlyFigures
{
    ReportPeriod period;
    QString unit; ///< the unit's name (OfficeSettings)

    FigurePair publishedItems; ///< distinct items published
    QList<FigureRow> byChannel;
    QList<FigureRow> byCategory;
    QList<FigureRow> byDepartment;

    QList<AgencyRow> agencies;
    FigurePair submitted;
    FigurePair adopted;

    FigurePair reviewsCompleted; ///< approved rounds + paper reviews
    FigurePair paperReviews;     ///< of which on paper
    FigurePair sentBack;
    double medianDaysToApproval = 0; ///< 0 when no round was approved
    double medianDaysToApprovalLastYear = 0;
    QList<UnreviewedItem> unreviewed; ///< must be empty
    qint64 unreviewedLastYear = 0;

    FigurePair requestsReceived;
    FigurePair requestsAnswered;
    FigurePair requestsOverdue;

    FigurePair readingRoomDeliveries;
    FigurePair readingRoomDocuments;
    FigurePair trainings;
    FigurePair trainingAttendees;
    FigurePair interviews;
    FigurePair pressEvents;
    QList<WorkEvent> events; ///< the period's trainings, interviews, press events and deliveries, by date

    /// adopted / submitted in percent over all agencies.
    double adoptionRate() const;
    double adoptionRateLastYear() const;

    /// Every figure with its key, in report order.
    QList<FigureEntry> entries() const;

    QJsonObject toJson() const;
    /// The figures of toJson(); an invalid period when json is not one.
    static QuarterlyFigures fromJson(const QJsonObject& json);

    bool operator==(const QuarterlyFigures&) const = default;
};

} // namespace gongkai
