#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace gongkai {

class Database;

/// One signed (or sent-back) step in a summary line.
struct SummaryStep
{
    QString label;  ///< e.g. 科室负责人初审
    QString signer; ///< printed name
    QString role;   ///< in Chinese
    QString opinion;
    QString atText;      ///< local time
    QString shortAtText; ///< local time without the year: 11月21日 10:32
};

/// One review that ended in the month: a round of an item, or a paper review recorded then.
struct SummaryEntry
{
    qint64 itemId = 0;
    QString title;
    QString department;
    int roundNumber = 0; ///< 0 for a paper review
    QList<SummaryStep> steps;
    QString paperReviewers; ///< a paper review's text
    QString result;         ///< e.g. 审查通过（同意公开）, 退回修改, 送审撤回, 纸质审查
    QString resultCode;     ///< approved, sent_back, withdrawn, reviewed_on_paper
    QDateTime endedAt;      ///< UTC
    QString endedText;      ///< local time
    QString endedShortText; ///< local time without the year
};

/// The monthly summary of reviews (保密审查月度汇总) for the office's filing: every review round that
/// ended in the month (approved, sent back or withdrawn) and the paper reviews recorded in it, in the
/// order they ended. The month is a calendar month of local time.
struct MonthlySummaryData
{
    QString unit;
    QDate month;        ///< the first day of the month
    QString periodText; ///< 2026年11月1日至2026年11月30日
    QList<SummaryEntry> entries;
    int approved = 0;
    int sentBack = 0;
    int withdrawn = 0;
    int paper = 0;
    QDateTime printedAt; ///< UTC

    /// Reads the month's reviews; month may be any day of it.
    static MonthlySummaryData build(Database& db, const QDate& month);
    /// The steps of an entry as one text, a line each: 科室负责人初审：李娜（同意公开，11月21日 10:32）.
    static QString stepsText(const SummaryEntry& entry);
    QJsonObject toJson() const;
};

} // namespace gongkai
