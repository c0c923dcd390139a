#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

namespace gongkai {

/// The period a self-inspection report covers: one quarter, the quarters of a year so far
/// (cumulative: 前三季度 = Q1–Q3; Q1–Q2 is called 上半年, Q1–Q4 全年), or any range of dates.
///
/// Dates are local calendar dates, both ends included. Times stored in UTC (review rounds, paper
/// reviews) belong to the period when they fall between the local midnight that starts from() and the
/// local midnight that follows to(), in the office's time zone (the system's).
class ReportPeriod
{
public:
    enum class Kind
    {
        Quarter,    ///< one quarter
        Cumulative, ///< quarter 1 to quarter() of year()
        Range,      ///< any dates
    };

    ReportPeriod() = default;
    /// Quarter q (1–4) of year; invalid when q is out of range.
    static ReportPeriod quarter(int year, int q);
    /// Quarters 1 to throughQuarter of year; throughQuarter 1 is the same dates as quarter(year, 1).
    static ReportPeriod cumulative(int year, int throughQuarter);
    /// Any dates, both included; invalid when to is before from.
    static ReportPeriod range(const QDate& from, const QDate& to);
    /// The period of a key(); nullopt when the text is not one.
    static std::optional<ReportPeriod> fromKey(const QString& key);

    bool isValid() const { return m_from.isValid() && m_to.isValid() && m_from <= m_to; }
    Kind kind() const { return m_kind; }
    int year() const { return m_year; }
    /// The quarter (Quarter) or the last quarter included (Cumulative); 0 for a range.
    int quarterNumber() const { return m_quarter; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }

    /// A stable key for stored drafts and finalized copies: 2017-Q3, 2017-Q1-Q3, 2017-01-05~2017-02-10.
    QString key() const;
    /// The Chinese label: 2017年第三季度, 2017年前三季度, 2017年上半年, 2017年全年,
    /// 2017年1月5日至2017年2月10日.
    QString label() const;

    /// The same period a year earlier (a range keeps its month and day; 29 February becomes the 28th).
    ReportPeriod sameLastYear() const;
    /// The period before, whose draft prefills this one's text: the previous quarter; the previous
    /// cumulative period (前三季度 → 上半年; 第一季度 → the previous year's 全年); for a range, the same
    /// number of days just before it.
    ReportPeriod previous() const;

    /// The local midnight that starts the period, in UTC.
    QDateTime startUtc() const;
    /// The local midnight after the last day, in UTC (excluded).
    QDateTime endUtc() const;
    bool contains(const QDate& date) const { return date >= m_from && date <= m_to; }
    /// True when a UTC time falls inside the period's local days.
    bool containsTime(const QDateTime& utc) const;

    bool operator==(const ReportPeriod&) const = default;

private:
    Kind m_kind = Kind::Range;
    int m_year = 0;
    int m_quarter = 0;
    QDate m_from;
    QDate m_to;
};

} // namespace gongkai
