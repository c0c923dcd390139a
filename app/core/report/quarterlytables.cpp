#include "quarterlytables.h"

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromUtf8(s);
}

QString n(qint64 v)
{
    return QString::number(v);
}

FigureTable countTable(const QString& name, const QString& caption, const QString& first,
                       const QList<FigureRow>& rows, const FigurePair& total)
{
    FigureTable t;
    t.name = name;
    t.caption = caption;
    t.header = {first, L("本期（条）"), L("去年同期（条）"), L("增减（条）")};
    t.widths = {0.43, 0.19, 0.19, 0.19};
    for (const FigureRow& r : rows)
        t.rows << QStringList{r.name, n(r.count.current), n(r.count.lastYear),
                              QuarterlyTables::change(r.count)};
    t.rows << QStringList{L("合计"), n(total.current), n(total.lastYear), QuarterlyTables::change(total)};
    return t;
}

FigurePair sum(const QList<FigureRow>& rows)
{
    FigurePair p;
    for (const FigureRow& r : rows) {
        p.current += r.count.current;
        p.lastYear += r.count.lastYear;
    }
    return p;
}
} // namespace

QStringList QuarterlyTables::names()
{
    return {QStringLiteral("channels"), QStringLiteral("categories"), QStringLiteral("departments"),
            QStringLiteral("agencies")};
}

QString QuarterlyTables::change(const FigurePair& pair)
{
    const qint64 d = pair.current - pair.lastYear;
    return d > 0 ? QStringLiteral("+%1").arg(d) : QString::number(d);
}

QString QuarterlyTables::percent(double value)
{
    return QString::number(value, 'f', 1) + QLatin1Char('%');
}

FigureTable QuarterlyTables::table(const QString& name, const QuarterlyFigures& f, int number)
{
    FigureTable t = unnumbered(name, f);
    if (number > 0 && !t.name.isEmpty())
        t.caption = L("表%1 %2").arg(number).arg(t.caption);
    return t;
}

FigureTable QuarterlyTables::unnumbered(const QString& name, const QuarterlyFigures& f)
{
    if (name == QLatin1String("channels"))
        // An item published on two channels is in both rows: the total is the channel rows' sum.
        return countTable(name, L("各公开载体发布信息情况"), L("公开载体"), f.byChannel,
                          sum(f.byChannel));
    if (name == QLatin1String("categories"))
        return countTable(name, L("各类别公开信息情况"), L("信息类别"), f.byCategory, f.publishedItems);
    if (name == QLatin1String("departments"))
        return countTable(name, L("各科室公开信息情况"), L("科室"), f.byDepartment, f.publishedItems);
    if (name == QLatin1String("agencies")) {
        FigureTable t;
        t.name = name;
        t.caption = L("向上级部门报送信息情况");
        t.header = {L("上级部门"), L("报送（条）"), L("采用（条）"), L("采用率"), L("去年同期采用率")};
        t.widths = {0.36, 0.15, 0.15, 0.15, 0.19};
        for (const AgencyRow& a : f.agencies)
            t.rows << QStringList{a.name, n(a.submitted.current), n(a.adopted.current), percent(a.rate()),
                                  percent(a.rateLastYear())};
        t.rows << QStringList{L("合计"), n(f.submitted.current), n(f.adopted.current),
                              percent(f.adoptionRate()), percent(f.adoptionRateLastYear())};
        return t;
    }
    return {};
}

} // namespace gongkai
