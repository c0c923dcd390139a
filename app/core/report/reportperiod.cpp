#include "reportperiod.h"

#include "reporttext.h"

#include <QRegularExpression>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromUtf8(s);
}

QDate quarterStart(int year, int q)
{
    return QDate(year, 3 * (q - 1) + 1, 1);
}

QDate quarterEnd(int year, int q)
{
    return quarterStart(year, q).addMonths(3).addDays(-1);
}

QString quarterWord(int q)
{
    static const char* words[] = {"一", "二", "三", "四"};
    return L(words[q - 1]);
}

/// Keeps the month and day in another year; 29 February becomes the 28th.
QDate shiftYears(const QDate& date, int years)
{
    const int year = date.year() + years;
    const int day = qMin(date.day(), QDate(year, date.month(), 1).daysInMonth());
    return QDate(year, date.month(), day);
}
} // namespace

ReportPeriod ReportPeriod::quarter(int year, int q)
{
    ReportPeriod p;
    if (q < 1 || q > 4 || year < 1900 || year > 9999)
        return p;
    p.m_kind = Kind::Quarter;
    p.m_year = year;
    p.m_quarter = q;
    p.m_from = quarterStart(year, q);
    p.m_to = quarterEnd(year, q);
    return p;
}

ReportPeriod ReportPeriod::cumulative(int year, int throughQuarter)
{
    ReportPeriod p = quarter(year, throughQuarter);
    if (!p.isValid())
        return p;
    p.m_kind = Kind::Cumulative;
    p.m_from = QDate(year, 1, 1);
    return p;
}

ReportPeriod ReportPeriod::range(const QDate& from, const QDate& to)
{
    ReportPeriod p;
    if (!from.isValid() || !to.isValid() || to < from)
        return p;
    p.m_kind = Kind::Range;
    p.m_year = from.year();
    p.m_from = from;
    p.m_to = to;
    return p;
}

std::optional<ReportPeriod> ReportPeriod::fromKey(const QString& key)
{
    static const QRegularExpression quarterKey(QStringLiteral("^(\\d{4})-Q([1-4])$"));
    static const QRegularExpression cumulativeKey(QStringLiteral("^(\\d{4})-Q1-Q([1-4])$"));
    static const QRegularExpression rangeKey(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})~(\\d{4}-\\d{2}-\\d{2})$"));
    ReportPeriod p;
    if (const auto m = quarterKey.match(key); m.hasMatch())
        p = quarter(m.captured(1).toInt(), m.captured(2).toInt());
    else if (const auto c = cumulativeKey.match(key); c.hasMatch())
        p = cumulative(c.captured(1).toInt(), c.captured(2).toInt());
    else if (const auto r = rangeKey.match(key); r.hasMatch())
        p = range(QDate::fromString(r.captured(1), Qt::ISODate),
                  QDate::fromString(r.captured(2), Qt::ISODate));
    if (!p.isValid() || p.key() != key)
        return std::nullopt;
    return p;
}

QString ReportPeriod::key() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Kind::Quarter:
        return QStringLiteral("%1-Q%2").arg(m_year).arg(m_quarter);
    case Kind::Cumulative:
        return QStringLiteral("%1-Q1-Q%2").arg(m_year).arg(m_quarter);
    case Kind::Range:
        break;
    }
    return QStringLiteral("%1~%2").arg(m_from.toString(Qt::ISODate), m_to.toString(Qt::ISODate));
}

QString ReportPeriod::label() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Kind::Quarter:
        return L("%1年第%2季度").arg(m_year).arg(quarterWord(m_quarter));
    case Kind::Cumulative:
        if (m_quarter == 1)
            return L("%1年第一季度").arg(m_year);
        if (m_quarter == 2)
            return L("%1年上半年").arg(m_year);
        if (m_quarter == 4)
            return L("%1年全年").arg(m_year);
        return L("%1年前三季度").arg(m_year);
    case Kind::Range:
        break;
    }
    return L("%1至%2").arg(reporttext::date(m_from), reporttext::date(m_to));
}

ReportPeriod ReportPeriod::sameLastYear() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Kind::Quarter:
        return quarter(m_year - 1, m_quarter);
    case Kind::Cumulative:
        return cumulative(m_year - 1, m_quarter);
    case Kind::Range:
        break;
    }
    return range(shiftYears(m_from, -1), shiftYears(m_to, -1));
}

ReportPeriod ReportPeriod::previous() const
{
    if (!isValid())
        return {};
    switch (m_kind) {
    case Kind::Quarter:
        return m_quarter == 1 ? quarter(m_year - 1, 4) : quarter(m_year, m_quarter - 1);
    case Kind::Cumulative:
        return m_quarter == 1 ? cumulative(m_year - 1, 4) : cumulative(m_year, m_quarter - 1);
    case Kind::Range:
        break;
    }
    const qint64 days = m_from.daysTo(m_to) + 1;
    return range(m_from.addDays(-days), m_from.addDays(-1));
}

QDateTime ReportPeriod::startUtc() const
{
    return QDateTime(m_from, QTime(0, 0)).toUTC();
}

QDateTime ReportPeriod::endUtc() const
{
    return QDateTime(m_to.addDays(1), QTime(0, 0)).toUTC();
}

bool ReportPeriod::containsTime(const QDateTime& utc) const
{
    return utc >= startUtc() && utc < endUtc();
}

} // namespace gongkai
