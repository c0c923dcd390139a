#include "demotext.h"

#include "error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace gongkai {

namespace {

// Placeholders a template may use; each is drawn at most once per item.
enum Key
{
    Year,
    PrevYear,
    Month,
    Day,
    Topic,
    County,
    Count,
    People,
    Amount,
    QuarterYear,
    Quarter,
    Expo,
    Event,
    Fund,
    Industry,
    List,
    Company,
    Law,
    Holiday,
    DueMonth,
    DueDay,
    Months,
    Scam,
    KeyCount
};
const char* const kKeyNames[KeyCount] = {"Y",  "PY",  "M",   "D",    "T",     "C",    "N",   "P",
                                         "X",  "QY",  "Q",   "EXPO", "EVENT", "FUND", "IND", "LIST",
                                         "CO", "LAW", "HOL", "DM",   "DD",    "MO",   "SCAM"};
// The placeholders drawn from a word list of the resource's "pools".
constexpr Key kPooled[] = {County, Event, Fund, Industry, List, Company, Scam};

// How a channel's references are made; the texts are in the resource.
enum ReferenceKind
{
    NoReference,
    Portal,    ///< %1 yyyy/MM, %2 yyyyMMdd, %3 the serial
    GovSite,   ///< %1 yyyyMM, %2 yyyyMMdd, %3 the serial moved past the portal's
    Dated,     ///< %1 year, %2 month, %3 day
    Newspaper, ///< %1 year, %2 month, %3 day, %4 the page
    Broadcast, ///< %1 month, %2 day
    Weekly,    ///< %1 the week of the year
    Fixed,     ///< the text as it is
};
const std::pair<const char*, ReferenceKind> kReferenceKinds[] = {
    {"portal", Portal},       {"govSite", GovSite}, {"dated", Dated}, {"newspaper", Newspaper},
    {"broadcast", Broadcast}, {"weekly", Weekly},   {"fixed", Fixed}};

QString text(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

} // namespace

const QJsonObject& DemoText::resource()
{
    static const QJsonObject data = [] {
        QFile file(QStringLiteral(":/demo/demotext.json"));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(tr("The demo office's text (%1) is missing from the program.").arg(file.fileName()));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
        if (!doc.isObject())
            throw Error(
                tr("The demo office's text (%1) is broken: %2.").arg(file.fileName(), error.errorString()));
        return doc.object();
    }();
    return data;
}

QJsonObject DemoText::section(const QString& name)
{
    const QJsonValue v = resource().value(name);
    if (!v.isObject())
        throw Error(tr("The demo office's text has no part “%1”.").arg(name));
    return v.toObject();
}

QStringList DemoText::strings(const QJsonValue& array)
{
    QStringList out;
    for (const QJsonValue& v : array.toArray())
        out << v.toString();
    return out;
}

DemoText::DemoText(QRandomGenerator& rng)
    : m_rng(rng), m_pools(KeyCount), m_values(KeyCount), m_valueSet(KeyCount, false)
{
    const QJsonObject& data = resource();
    const QJsonObject pools = data.value(QLatin1String("pools")).toObject();
    for (Key key : kPooled)
        m_pools[key] = strings(pools.value(QLatin1String(kKeyNames[key])));
    for (const QJsonValue& v : data.value(QLatin1String("templates")).toArray()) {
        const QJsonObject t = v.toObject();
        quint16 months = 0;
        for (const QJsonValue& m : t.value(QLatin1String("months")).toArray())
            months |= quint16(1u << m.toInt());
        m_templates[text(t, "category")].append(
            {parse(text(t, "title")), parse(text(t, "summary")), t.value(QLatin1String("docPercent")).toInt(),
             t.value(QLatin1String("penalty")).toBool(), months, t.value(QLatin1String("weight")).toInt(1)});
    }
    m_newsCategory = text(data, "newsCategory");
    if (!m_templates.contains(m_newsCategory))
        throw Error(tr("The demo office's text has no templates for “%1”.").arg(m_newsCategory));
    for (const QJsonValue& v : data.value(QLatin1String("departmentTopics")).toArray()) {
        const QJsonObject d = v.toObject();
        const QStringList topics = strings(d.value(QLatin1String("topics")));
        m_topics.insert(text(d, "department"), topics);
        m_generalTopics << topics.mid(0, 3);
    }
    for (const QJsonValue& v : data.value(QLatin1String("references")).toArray()) {
        const QJsonObject r = v.toObject();
        int kind = NoReference;
        for (const auto& [name, k] : kReferenceKinds) {
            if (text(r, "kind") == QLatin1String(name))
                kind = k;
        }
        m_references.insert(text(r, "channel"), {kind, text(r, "text")});
    }
    m_companyPrefix = text(data, "companyPrefix");
    for (const QJsonValue& v : data.value(QLatin1String("companyKinds")).toArray())
        m_companyKinds.append({text(v.toObject(), "kind"), text(v.toObject(), "law")});
    const QJsonObject expos = data.value(QLatin1String("expos")).toObject();
    m_cantonFair = text(expos, "cantonFair");
    m_importExpo = text(expos, "importExpo");
    m_otherExpos = strings(expos.value(QLatin1String("others")));
    m_holidays = strings(data.value(QLatin1String("holidayByMonth")));
    m_quarterNames = strings(data.value(QLatin1String("quarterNames")));
    m_grounds = strings(data.value(QLatin1String("withheldGrounds")));
    m_docNumbers = data.value(QLatin1String("docNumbers")).toObject();
    m_adopted = data.value(QLatin1String("adoptedIn")).toObject();
    for (Key key : kPooled) {
        if (m_pools.at(key).isEmpty())
            throw Error(
                tr("The demo office's text has no words for {%1}.").arg(QLatin1String(kKeyNames[key])));
    }
    if (m_companyKinds.isEmpty() || m_otherExpos.size() < 2 || m_holidays.size() != 12 ||
        m_quarterNames.size() != 4 || m_grounds.isEmpty() || m_generalTopics.isEmpty())
        throw Error(tr("The demo office's text is incomplete."));
}

DemoText::~DemoText() = default;

DemoText::Parsed DemoText::parse(const QString& text)
{
    Parsed parsed;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), at);
        const qsizetype close = open < 0 ? -1 : text.indexOf(QLatin1Char('}'), open);
        if (open < 0 || close < 0) {
            parsed.append({text.mid(at), -1});
            break;
        }
        if (open > at)
            parsed.append({text.mid(at, open - at), -1});
        const QString name = text.mid(open + 1, close - open - 1);
        int key = -1;
        for (int k = 0; k < KeyCount; ++k)
            if (name == QLatin1String(kKeyNames[k]))
                key = k;
        if (key < 0)
            throw Error(tr("The demo office's text uses an unknown placeholder {%1}.").arg(name));
        parsed.append({QString(), key});
        at = close + 1;
    }
    return parsed;
}

QString DemoText::pick(const QStringList& list)
{
    return list.at(int(m_rng.bounded(quint32(list.size()))));
}

QString DemoText::value(int key)
{
    if (m_valueSet.at(key))
        return m_values.at(key);
    const int year = m_date.year();
    const int quarter = (m_date.month() - 1) / 3; // the quarter before this one, 0-based, wrapping
    const int prevQuarter = (quarter + 3) % 4;
    const QDate due = m_date.addDays(30);
    QString v;
    switch (Key(key)) {
    case Year:
        v = QString::number(year);
        break;
    case PrevYear:
        v = QString::number(year - 1);
        break;
    case Month:
        v = QString::number(m_date.month());
        break;
    case Day:
        v = QString::number(m_date.day());
        break;
    case Topic:
        v = pick(m_topics.value(m_department, m_generalTopics));
        break;
    case Count:
        v = QString::number(m_rng.bounded(3, 41));
        break;
    case People:
        v = QString::number(m_rng.bounded(5, 31) * 10);
        break;
    case Amount:
        v = QString::number(m_rng.bounded(12, 900) / 10.0, 'f', 1);
        break;
    case QuarterYear:
        v = QString::number(quarter == 0 ? year - 1 : year);
        break;
    case Quarter:
        v = m_quarterNames.at(prevQuarter);
        break;
    case Expo: {
        const int which = int(m_rng.bounded(4));
        if (which == 0) // 广交会: spring and autumn sessions since 1957, the 135th in spring 2024
            v = m_cantonFair.arg(135 + (year - 2024) * 2 + (m_date.month() >= 7 ? 1 : 0));
        else if (which == 1 && year >= 2018) // 进博会: every autumn since 2018
            v = m_importExpo.arg(year - 2017);
        else
            v = m_otherExpos.at(which == 2 ? 0 : 1);
        break;
    }
    case Company:
        m_companyIndex = int(m_rng.bounded(quint32(m_companyKinds.size())));
        v = m_companyPrefix + pick(m_pools.at(Company)) + m_companyKinds.at(m_companyIndex).kind;
        break;
    case Law:
        v = m_companyKinds.at(m_companyIndex).law;
        break;
    case Holiday:
        v = m_holidays.at(m_date.month() - 1);
        break;
    case DueMonth:
        v = QString::number(due.month());
        break;
    case DueDay:
        v = QString::number(due.day());
        break;
    case Months:
        v = QString::number(m_rng.bounded(2, 7));
        break;
    case County:
    case Event:
    case Fund:
    case Industry:
    case List:
    case Scam:
        v = pick(m_pools.at(key));
        break;
    case KeyCount:
        break;
    }
    m_values[key] = v;
    m_valueSet[key] = true;
    return v;
}

QString DemoText::fill(const Parsed& parsed)
{
    QString out;
    out.reserve(64);
    for (const Segment& s : parsed)
        out += s.key < 0 ? s.text : value(s.key);
    return out;
}

QString DemoText::docNumber(const QString& prefix, int year)
{
    const QString counterKey = prefix + QString::number(year);
    const int n = ++m_docCounters[counterKey];
    return text(m_docNumbers, "format").arg(prefix).arg(year).arg(n);
}

DemoText::Content DemoText::item(const QString& category, const QString& department, const QDate& drafted)
{
    m_date = drafted;
    m_department = department;
    m_valueSet.fill(false);

    auto it = m_templates.constFind(category);
    if (it == m_templates.cend())
        it = m_templates.constFind(m_newsCategory);
    const QList<Template>& list = *it;
    const quint16 bit = quint16(1u << drafted.month());
    int total = 0;
    for (const Template& t : list)
        if (t.months == 0 || (t.months & bit))
            total += t.weight;
    int draw = int(m_rng.bounded(qMax(1, total)));
    const Template* chosen = &list.first();
    for (const Template& t : list) {
        if (t.months != 0 && !(t.months & bit))
            continue;
        chosen = &t;
        draw -= t.weight;
        if (draw < 0)
            break;
    }

    Content content;
    content.title = fill(chosen->title);
    content.summary = fill(chosen->summary);
    if (chosen->docPercent > 0 && int(m_rng.bounded(100)) < chosen->docPercent) {
        const QString prefix = chosen->penalty ? text(m_docNumbers, "penaltyPrefix")
                               : department == text(m_docNumbers, "officeDepartment")
                                   ? text(m_docNumbers, "officePrefix")
                                   : text(m_docNumbers, "prefix");
        content.docNumber = docNumber(prefix, drafted.year());
    }
    return content;
}

QString DemoText::reference(const QString& channel, const QDate& date, qint64 serial) const
{
    const Reference r = m_references.value(channel);
    switch (ReferenceKind(r.kind)) {
    case Portal:
        return r.text.arg(date.toString(QStringLiteral("yyyy/MM")), date.toString(QStringLiteral("yyyyMMdd")))
            .arg(serial);
    case GovSite:
        return r.text.arg(date.toString(QStringLiteral("yyyyMM")), date.toString(QStringLiteral("yyyyMMdd")))
            .arg(serial + 500000);
    case Dated:
        return r.text.arg(date.year()).arg(date.month()).arg(date.day());
    case Newspaper:
        return r.text.arg(date.year()).arg(date.month()).arg(date.day()).arg(serial % 7 + 2);
    case Broadcast:
        return r.text.arg(date.month()).arg(date.day());
    case Weekly:
        return r.text.arg((date.dayOfYear() - 1) / 7 + 1);
    case Fixed:
        return r.text;
    case NoReference:
        break;
    }
    return QString();
}

QString DemoText::adoptedIn(const QString& agency, const QDate& date) const
{
    // The bulletin's name sits in the agency's name, e.g. 市委办公厅《每日要情》 → 《每日要情》.
    const qsizetype open = agency.indexOf(text(m_adopted, "bulletinOpen"));
    const qsizetype close = open < 0 ? -1 : agency.indexOf(text(m_adopted, "bulletinClose"), open + 1);
    if (open < 0 || close < 0)
        return text(m_adopted, "fallback").arg((date.dayOfYear() - 1) / 14 + 1);
    const QString bulletin = agency.mid(open, close - open + 1);
    const bool daily = bulletin.contains(text(m_adopted, "dailyMarker"));
    const int issue = daily ? date.dayOfYear() * 5 / 7 + 1 : (date.dayOfYear() - 1) / 7 + 1;
    return text(m_adopted, "issue").arg(bulletin).arg(issue);
}

QString DemoText::withheldGround()
{
    return m_grounds.at(int(m_rng.bounded(quint32(m_grounds.size()))));
}

} // namespace gongkai
