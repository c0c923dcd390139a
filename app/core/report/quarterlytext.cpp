#include "quarterlytext.h"

#include "quarterlytables.h"
#include "reporttext.h"

#include <QFile>
#include <QRegularExpression>

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

/// The office's text as paragraphs, or a note that it is still to be written.
QStringList ownText(const QString& text, const char* missing)
{
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        // A line the office wrote must never be read as markup.
        QString p = line.trimmed();
        while (p.startsWith(QLatin1Char('#')) || p.startsWith(QLatin1Char('>')) ||
               p.startsWith(QLatin1Char('[')))
            p = p.mid(1).trimmed();
        if (!p.isEmpty())
            out << p;
    }
    if (out.isEmpty())
        out << L(missing);
    return out;
}

QString joinNamed(const QList<FigureRow>& rows, const char* pattern)
{
    QStringList parts;
    for (const FigureRow& r : rows) {
        if (r.count.current > 0)
            parts << L(pattern).arg(r.name, n(r.count.current));
    }
    return parts.join(L("，"));
}

QString published(const QuarterlyFigures& f)
{
    if (f.publishedItems.current == 0)
        return L("本期未公开政府信息，%1。").arg(QuarterlyText::comparison(f.publishedItems, L("条")));
    QString s = L("本期共公开各类政府信息%1条，%2。")
                    .arg(n(f.publishedItems.current), QuarterlyText::comparison(f.publishedItems, L("条")));
    const QString channels = joinNamed(f.byChannel, "%1公开各类信息%2条");
    if (!channels.isEmpty())
        s += L("其中，%1。").arg(channels);
    return s;
}

QString breakdown(const QuarterlyFigures& f)
{
    const QString categories = joinNamed(f.byCategory, "%1%2条");
    const QString departments = joinNamed(f.byDepartment, "%1%2条");
    if (categories.isEmpty() && departments.isEmpty())
        return {};
    QStringList parts;
    if (!categories.isEmpty())
        parts << L("按信息类别分，%1").arg(categories);
    if (!departments.isEmpty())
        parts << L("按科室分，%1").arg(departments);
    return parts.join(L("；")) + L("。");
}

QString submissions(const QuarterlyFigures& f)
{
    if (f.submitted.current == 0)
        return L("本期未向上级部门报送信息，%1。").arg(QuarterlyText::comparison(f.submitted, L("条")));
    QStringList parts;
    for (const AgencyRow& a : f.agencies) {
        if (a.submitted.current > 0)
            parts << L("向%1报送信息%2条，采用%3条，采用率%4")
                         .arg(a.name, n(a.submitted.current), n(a.adopted.current),
                              QuarterlyTables::percent(a.rate()));
    }
    return parts.join(L("；")) + L("。合计报送信息%1条，%2；被采用%3条，采用率%4（去年同期%5）。")
                                     .arg(n(f.submitted.current),
                                          QuarterlyText::comparison(f.submitted, L("条")),
                                          n(f.adopted.current), QuarterlyTables::percent(f.adoptionRate()),
                                          QuarterlyTables::percent(f.adoptionRateLastYear()));
}

QString reviews(const QuarterlyFigures& f)
{
    QString s = L("严格执行“先审查后公开”制度，本期完成保密审查%1件").arg(n(f.reviewsCompleted.current));
    if (f.paperReviews.current > 0)
        s += L("（其中纸质审查%1件）").arg(n(f.paperReviews.current));
    s += L("，%1；退回修改%2件")
             .arg(QuarterlyText::comparison(f.reviewsCompleted, L("件")), n(f.sentBack.current));
    if (f.medianDaysToApproval > 0)
        s += L("；从送审到审核通过用时中位数为%1天").arg(QString::number(f.medianDaysToApproval, 'f', 1));
    s += L("。");
    s += f.unreviewed.isEmpty()
             ? L("本期公开的信息均经过保密审查。")
             : L("本期有%1条信息未经保密审查即公开，详见“存在问题”。").arg(f.unreviewed.size());
    return s;
}

QString requests(const QuarterlyFigures& f)
{
    if (f.requestsReceived.current == 0 && f.requestsAnswered.current == 0 && f.requestsOverdue.current == 0)
        return L("本期未收到依申请公开。");
    return L("本期收到依申请公开%1件，%2；答复%3件；逾期%4件（答复期限按收到后20个工作日计）。")
        .arg(n(f.requestsReceived.current), QuarterlyText::comparison(f.requestsReceived, L("件")),
             n(f.requestsAnswered.current), n(f.requestsOverdue.current));
}

QString readingRoom(const QuarterlyFigures& f)
{
    if (f.readingRoomDeliveries.current == 0)
        return L("本期未向公共查阅室报送文件。");
    return L("向公共查阅室报送现行有效文件%1次，共%2件，报送文件%3。")
        .arg(n(f.readingRoomDeliveries.current), n(f.readingRoomDocuments.current),
             QuarterlyText::comparison(f.readingRoomDocuments, L("件")));
}

QString trainings(const QuarterlyFigures& f)
{
    if (f.trainings.current == 0)
        return L("本期未组织业务培训。");
    QStringList held;
    for (const WorkEvent& e : f.events) {
        if (e.kind == QLatin1String("training"))
            held << L("%1，%2，参训%3人").arg(reporttext::date(e.heldOn), e.title, n(e.attendees));
    }
    return L("组织开展业务培训%1次，参训%2人次，参训人次%3：%4。")
        .arg(n(f.trainings.current), n(f.trainingAttendees.current),
             QuarterlyText::comparison(f.trainingAttendees, L("人次")), held.join(L("；")));
}

QString interviews(const QuarterlyFigures& f)
{
    if (f.interviews.current == 0 && f.pressEvents.current == 0)
        return L("本期未开展在线访谈和新闻发布活动。");
    QStringList held;
    for (const WorkEvent& e : f.events) {
        if (e.kind == QLatin1String("interview") || e.kind == QLatin1String("press"))
            held << L("%1%2").arg(reporttext::date(e.heldOn), e.title);
    }
    return L("开展在线访谈%1次、新闻发布会%2次（%3）。")
        .arg(n(f.interviews.current), n(f.pressEvents.current), held.join(L("；")));
}

QStringList problems(const QuarterlyFigures& f, const ReportSections& s)
{
    QStringList out;
    if (!f.unreviewed.isEmpty()) {
        QStringList titles;
        for (const UnreviewedItem& u : f.unreviewed)
            titles << L("《%1》（%2公开）").arg(u.title, reporttext::date(u.firstPublished));
        out << L("%1条信息未经保密审查即公开，不符合“先审查后公开”的要求：%2。")
                   .arg(n(f.unreviewed.size()), titles.join(L("、")));
    }
    if (f.requestsOverdue.current > 0)
        out << L("依申请公开逾期%1件，答复时效有待提高。").arg(n(f.requestsOverdue.current));
    const QStringList own = ownText(s.problems, "");
    for (const QString& p : own) {
        if (!p.isEmpty())
            out << p;
    }
    if (out.isEmpty())
        out << L("经自查，本期未发现突出问题。");
    return out;
}

QString inlineText(const QString& name, const QuarterlyFigures& f, const QDate& date)
{
    if (name == QLatin1String("unit"))
        return f.unit;
    if (name == QLatin1String("period"))
        return f.period.label();
    if (name == QLatin1String("date"))
        return reporttext::date(date);
    return {};
}

const QRegularExpression& placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([A-Za-z]+)\\}"));
    return re;
}
} // namespace

QString QuarterlyText::defaultTemplate()
{
    QFile file(QStringLiteral(":/report/quarterly-template.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList QuarterlyText::placeholders()
{
    return {QStringLiteral("unit"),         QStringLiteral("period"),    QStringLiteral("date"),
            QStringLiteral("organisation"), QStringLiteral("published"), QStringLiteral("breakdown"),
            QStringLiteral("submissions"),  QStringLiteral("reviews"),   QStringLiteral("requests"),
            QStringLiteral("readingRoom"),  QStringLiteral("trainings"), QStringLiteral("interviews"),
            QStringLiteral("security"),     QStringLiteral("problems"),  QStringLiteral("nextSteps")};
}

QStringList QuarterlyText::check(const QString& templateBody)
{
    QStringList problems;
    const QStringList known = placeholders();
    bool title = false;
    for (const QString& raw : templateBody.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("# ")))
            title = true;
        auto it = placeholderPattern().globalMatch(line);
        while (it.hasNext()) {
            const QString name = it.next().captured(1);
            if (!known.contains(name))
                problems << QStringLiteral("{%1}").arg(name);
        }
        if (line.startsWith(QLatin1String("[table:"))) {
            const bool closed = line.size() > 7 && line.endsWith(QLatin1Char(']'));
            const QString name = closed ? line.mid(7, line.size() - 8).trimmed() : QString();
            if (!closed || !QuarterlyTables::names().contains(name))
                problems << line;
        }
    }
    if (!title)
        problems << QStringLiteral("# …");
    return problems;
}

QStringList QuarterlyText::expand(const QString& name, const QuarterlyFigures& f, const ReportSections& s,
                                  const QDate& date)
{
    if (name == QLatin1String("organisation"))
        return ownText(s.organisation, "（组织领导和制度建设情况待填写。）");
    if (name == QLatin1String("security"))
        return ownText(s.security, "（网站和新媒体安全情况待填写。）");
    if (name == QLatin1String("nextSteps"))
        return ownText(s.nextSteps, "（下一步工作安排待填写。）");
    if (name == QLatin1String("problems"))
        return problems(f, s);
    QString text;
    if (name == QLatin1String("published"))
        text = published(f);
    else if (name == QLatin1String("breakdown"))
        text = breakdown(f);
    else if (name == QLatin1String("submissions"))
        text = submissions(f);
    else if (name == QLatin1String("reviews"))
        text = reviews(f);
    else if (name == QLatin1String("requests"))
        text = requests(f);
    else if (name == QLatin1String("readingRoom"))
        text = readingRoom(f);
    else if (name == QLatin1String("trainings"))
        text = trainings(f);
    else if (name == QLatin1String("interviews"))
        text = interviews(f);
    else
        text = inlineText(name, f, date);
    return text.isEmpty() ? QStringList() : QStringList{text};
}

QString QuarterlyText::comparison(const FigurePair& pair, const QString& unit)
{
    const qint64 d = pair.current - pair.lastYear;
    if (d == 0)
        return L("与去年同期持平");
    return L("与去年同期相比%1%2%3").arg(d > 0 ? L("增加") : L("减少"), n(qAbs(d)), unit);
}

QString QuarterlyText::compose(const QString& templateBody, const QuarterlyFigures& f,
                               const ReportSections& s, const QDate& date)
{
    QStringList out;
    for (const QString& raw : templateBody.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        const auto whole = placeholderPattern().match(line);
        if (whole.hasMatch() && whole.capturedLength() == line.size()) {
            out << expand(whole.captured(1), f, s, date);
            continue;
        }
        QString text;
        qsizetype last = 0;
        auto it = placeholderPattern().globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            text += line.mid(last, m.capturedStart() - last);
            if (placeholders().contains(m.captured(1)))
                text += expand(m.captured(1), f, s, date).join(QString());
            else
                text += m.captured(0);
            last = m.capturedEnd();
        }
        text += line.mid(last);
        if (!text.trimmed().isEmpty())
            out << text;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace gongkai
