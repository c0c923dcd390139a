#include "demotext.h"

#include <QRandomGenerator>

#include <initializer_list>

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

constexpr quint16 months(std::initializer_list<int> list)
{
    quint16 mask = 0;
    for (int m : list)
        mask |= quint16(1u << m);
    return mask;
}
constexpr quint16 kQuarterStart = months({1, 4, 7, 10});

struct RawTemplate
{
    const char* category;
    const char* title;
    const char* summary;
    int docPercent;
    bool penalty;
    quint16 months;
    int weight;
};

// Modelled on the titles commerce bureaus publish; every category has templates for every month.
const RawTemplate kTemplates[] = {
    {"工作动态", "市商务局召开{Y}年{T}工作推进会",
     "{M}月{D}日，市商务局召开{Y}年{T}"
     "工作推进会，总结前一阶段工作，部署下一步重点任务。局分管负责同志出席会议并讲话。",
     0, false, 0, 3},
    {"工作动态", "市商务局赴{C}调研{T}工作",
     "{M}月{D}日，市商务局调研组赴{C}实地察看{T}推进情况，并召开座谈会听取企业意见建议。", 0, false, 0, 3},
    {"工作动态", "市商务局举办{T}专题培训班",
     "为提升{T}工作水平，市商务局于{M}月{D}日举办专题培训班，全市{P}余名业务骨干参加培训。", 0, false, 0, 2},
    {"工作动态", "我市{N}家企业参加{EXPO}",
     "{M}月{D}日，我市组织{N}家重点企业参加{EXPO}，现场达成意向成交额{X}亿元。", 0, false, 0, 2},
    {"工作动态", "{T}工作取得阶段性成效",
     "今年以来，市商务局扎实推进{T}工作，各项任务有序推进，取得阶段性成效。", 0, false, 0, 2},
    {"工作动态", "市商务局召开{M}月份局务会议",
     "{M}月{D}日，市商务局召开局务会议，传达学习上级有关会议精神，研究部署{T}等重点工作。", 0, false, 0, 2},
    {"工作动态", "{C}{N}个重点项目集中签约",
     "{M}月{D}日，{C}举行重点项目集中签约仪式，{N}个项目现场签约，总投资{X}亿元。", 0, false, 0, 1},
    {"工作动态", "市商务局开展{T}专项检查",
     "为切实做好{T}工作，市商务局近日组织开展专项检查，对发现的问题督促限期整改。", 0, false, 0, 2},
    {"工作动态", "我市{Y}年{EVENT}启动",
     "{M}月{D}日，我市{Y}年{EVENT}在{C}启动，活动期间将开展系列促消费活动。", 0, false, 0, 1},
    {"工作动态", "市商务局召开{QY}年{Q}季度商务经济运行分析会",
     "会议通报了{QY}年{Q}季度全市商务经济运行情况，分析存在的问题，研究部署下一阶段工作。", 0, false,
     kQuarterStart, 2},
    {"工作动态", "市商务局召开{Y}年政务公开工作会议",
     "会议总结了上一年度政务公开工作，部署{Y}年政务公开重点任务。", 0, false, months({1, 2, 3}), 1},

    {"法规公文", "关于印发《某市{Y}年{T}工作实施方案》的通知",
     "为深入推进{T}工作，市商务局制定了《某市{Y}年{T}工作实施方案》，现予印发，请认真贯彻执行。", 95, false,
     0, 3},
    {"法规公文", "关于做好{Y}年{T}工作的通知",
     "为做好{Y}年{T}工作，现就有关事项通知如下，请各县（市、区）商务主管部门结合实际抓好落实。", 90, false, 0,
     3},
    {"法规公文", "关于组织申报{Y}年度{FUND}项目的通知",
     "现组织开展{Y}年度{FUND}项目申报工作，请符合条件的企业于{DM}月{DD}日前完成申报。", 90, false, 0, 2},
    {"法规公文", "关于印发《某市促进{IND}高质量发展若干措施》的通知",
     "《某市促进{IND}高质量发展若干措施》已经市政府同意，现予印发，请结合实际认真贯彻落实。", 100, false, 0,
     1},
    {"法规公文", "关于开展{T}专项整治行动的通知",
     "市商务局决定自{M}月起在全市范围内开展{T}专项整治行动，为期{MO}个月。", 90, false, 0, 2},
    {"法规公文", "关于公布{Y}年度某市{LIST}名单的通知",
     "经企业申报、县（市、区）推荐、专家评审和社会公示，认定{N}家企业为{Y}年度某市{LIST}，现予公布。", 95,
     false, 0, 1},

    {"政策解读", "《某市{Y}年{T}工作实施方案》政策解读",
     "本解读从出台背景、主要目标和重点任务三个方面对方案进行说明，便于企业和群众准确理解政策。", 0, false, 0,
     3},
    {"政策解读", "一图读懂《某市促进{IND}高质量发展若干措施》",
     "以图解形式介绍若干措施的支持对象、支持标准和申报流程。", 0, false, 0, 2},
    {"政策解读", "《关于组织申报{Y}年度{FUND}项目的通知》解读",
     "对申报条件、支持方向、申报材料和时间安排作出解读。", 0, false, 0, 2},
    {"政策解读", "市商务局负责人就{T}有关问题答记者问",
     "市商务局负责人就社会关注的{T}有关问题回答了记者提问。", 0, false, 0, 1},

    {"计划总结", "市商务局{PY}年工作总结和{Y}年工作计划",
     "总结{PY}年全市商务工作完成情况，提出{Y}年工作目标和重点任务。", 30, false, months({1, 2}), 3},
    {"计划总结", "市商务局{Y}年上半年工作总结",
     "总结{Y}年上半年商务工作主要成效和存在问题，部署下半年重点工作。", 20, false, months({7, 8}), 3},
    {"计划总结", "市商务局{Y}年{T}工作要点", "明确{Y}年{T}工作的主要目标、重点任务和责任分工。", 40, false,
     months({1, 2, 3, 4}), 2},
    {"计划总结", "市商务局{Y}年政务公开工作要点", "明确{Y}年政务公开重点任务、责任科室和完成时限。", 30,
     false, months({2, 3, 4}), 1},
    {"计划总结", "市商务局{Y}年{T}工作总结", "回顾{Y}年{T}工作开展情况，分析存在的不足，提出下一步工作打算。",
     0, false, months({11, 12}), 2},
    {"计划总结", "市商务局{QY}年{Q}季度重点工作完成情况", "通报{QY}年{Q}季度各科室重点工作完成情况。", 0,
     false, kQuarterStart, 2},
    {"计划总结", "市商务局{M}月份重点工作安排", "明确{M}月份各科室重点工作任务和完成时限。", 0, false, 0, 1},

    {"行政执法", "市商务局{Y}年度“双随机、一公开”抽查结果公示",
     "根据年度抽查计划，市商务局对{N}家市场主体开展随机抽查，现将检查结果予以公示。", 0, false, 0, 2},
    {"行政执法", "{CO}行政处罚决定书", "当事人{CO}违反{LAW}有关规定，市商务局依法给予警告，并处罚款。", 100,
     true, 0, 3},
    {"行政执法", "市商务局{QY}年{Q}季度行政许可和行政处罚信息公示",
     "现将{QY}年{Q}季度行政许可和行政处罚结果予以公示，接受社会监督。", 0, false, kQuarterStart, 2},
    {"行政执法", "{CO}行政检查结果公示", "市商务局依法对{CO}开展行政检查，未发现违法违规行为。", 0, false, 0,
     1},
    {"行政执法", "市商务局行政执法事项清单（{Y}年版）",
     "公布市商务局行政执法主体、执法依据、执法事项和执法流程。", 0, false, months({1, 2, 3, 4}), 1},

    {"财政信息", "市商务局{Y}年部门预算公开",
     "公开市商务局{Y}年部门收支预算总表、财政拨款支出预算表和“三公”经费预算情况。", 0, false,
     months({1, 2, 3}), 3},
    {"财政信息", "市商务局{PY}年部门决算公开",
     "公开市商务局{PY}年部门收支决算情况、“三公”经费支出情况及绩效评价结果。", 0, false, months({7, 8, 9}),
     3},
    {"财政信息", "{Y}年{FUND}分配结果公示",
     "现将{Y}年{FUND}拟支持项目及分配金额予以公示，公示期为5个工作日。", 20, false, 0, 2},
    {"财政信息", "市商务局{Y}年政府采购意向公开",
     "公开{Y}年政府采购项目名称、采购需求概况、预算金额和预计采购时间。", 0, false, 0, 1},
    {"财政信息", "{FUND}绩效评价结果公开", "公开{FUND}绩效自评和第三方评价结果。", 0, false, 0, 1},

    {"人事信息", "市商务局{Y}年公开招聘事业单位工作人员公告",
     "因工作需要，市商务局所属事业单位面向社会公开招聘工作人员，现将有关事项公告如下。", 0, false, 0, 2},
    {"人事信息", "市商务局干部任前公示",
     "根据干部选拔任用有关规定，现将拟任职人选予以公示，公示期为5个工作日。", 30, false, 0, 3},
    {"人事信息", "市商务局{PY}年度公务员考核结果公示", "现将市商务局{PY}年度公务员年度考核结果予以公示。", 0,
     false, months({1, 2}), 2},
    {"人事信息", "市商务局{Y}年公开遴选公务员公告",
     "市商务局面向全市公开遴选公务员，现将遴选职位、资格条件和程序公告如下。", 0, false, 0, 1},

    {"概况信息", "市商务局机构职能", "介绍市商务局的主要职责、内设机构和下属单位。", 0, false, 0, 2},
    {"概况信息", "市商务局领导信息（{Y}年{M}月更新）", "公布局领导姓名、职务和工作分工。", 0, false, 0, 2},
    {"概况信息", "市商务局政府信息公开指南（{Y}年修订）", "说明政府信息公开的范围、方式、程序和监督方式。", 0,
     false, 0, 1},
    {"概况信息", "市商务局办事服务指南", "公布办事事项的受理条件、办理材料、办理时限和咨询电话。", 0, false,
     0, 1},

    {"其他", "{HOL}期间全市重点商品市场供应充足",
     "{HOL}期间，全市各大商场超市、农贸市场商品货源充足，价格总体平稳。", 0, false, 0, 2},
    {"其他", "{Y}年{M}月全市重点商品价格监测情况",
     "监测显示，{M}月全市粮油、肉类、蔬菜等重点商品供应充足，价格总体平稳。", 0, false, 0, 3},
    {"其他", "市商务局关于防范{SCAM}的提示", "市商务局提醒广大市民提高防范意识，发现问题及时向有关部门反映。",
     0, false, 0, 1},
    {"其他", "市商务局{QY}年{Q}季度政务公开工作自查报告",
     "报告本季度政务公开工作开展情况、存在问题和整改措施。", 0, false, kQuarterStart, 1},
};

const char* const kDepartmentTopics[][9] = {
    {"办公室", "政务公开", "机关作风建设", "安全生产", "保密", "档案管理", "建议提案办理", "信访",
     "党风廉政建设"},
    {"综合科", "商务经济运行监测", "消费促进", "重点商品保供稳价", "内外贸一体化", "夜间经济", "对口协作",
     "统计", "商务信用体系建设"},
    {"商务科", "县域商业体系建设", "农产品流通", "一刻钟便民生活圈建设", "家政服务提质扩容", "老字号保护传承",
     "再生资源回收体系建设", "汽车消费", "单用途预付卡管理"},
    {"外贸科", "外贸稳增长", "跨境电商", "服务贸易", "出口信用保险", "外贸企业纾困", "境外展会", "加工贸易",
     "外贸新业态"},
    {"投资促进科", "招商引资", "外资招引", "重大项目签约", "产业链招商", "驻外招商", "项目落地服务",
     "营商环境优化", "外商投资企业服务"},
    {"市场建设科", "步行街改造提升", "商品交易市场升级", "冷链物流", "城乡商贸网点布局", "市场安全生产",
     "农贸市场改造", "应急物资储备", "成品油市场整治"},
    {"法规科", "商务行政执法", "法治政府建设", "普法宣传", "“双随机、一公开”监管", "规范性文件清理",
     "行政复议", "公平竞争审查", "行政执法“三项制度”"},
    {"财务科", "部门预算管理", "商务发展专项资金管理", "内部审计", "政府采购", "国有资产管理", "预算绩效管理",
     "财务管理", "内部控制建设"},
};

const char* const kCounties[] = {"东城区", "西城区", "高新区", "经开区",
                                 "南湖县", "北山县", "青河县", "临江市"};
const char* const kEvents[] = {"消费促进月活动", "“惠民消费季”系列活动", "老字号嘉年华",
                               "网上年货节",     "外贸企业政策宣讲会",   "“双品网购节”",
                               "汽车消费节",     "夜间经济生活节"};
const char* const kFunds[] = {"商务发展专项资金", "外经贸发展专项资金", "县域商业建设行动资金",
                              "电子商务进农村综合示范资金", "服务业发展引导资金"};
const char* const kIndustries[] = {"外贸", "消费", "电子商务", "会展业", "服务贸易", "现代物流", "县域商业"};
const char* const kLists[] = {"老字号", "商贸流通示范企业", "电子商务示范企业", "特色商业街区",
                              "放心消费示范单位"};
const char* const kCompanyNames[] = {"鑫源", "华泰", "恒通", "金桥", "瑞丰", "永兴", "联创", "天诚",
                                     "宏达", "顺发", "佳和", "博远", "新程", "富民", "康达", "盛世"};
const char* const kCompanyKinds[][2] = {
    {"商贸有限公司", "《单用途商业预付卡管理办法（试行）》"},
    {"美容美发有限公司", "《单用途商业预付卡管理办法（试行）》"},
    {"报废机动车回收拆解有限公司", "《报废机动车回收管理办法》"},
    {"洗染服务有限公司", "《洗染业管理办法》"},
    {"家政服务有限公司", "《家庭服务业管理暂行办法》"},
    {"再生资源回收有限公司", "《再生资源回收管理办法》"},
};
const char* const kScams[] = {"单用途预付卡消费风险", "以“高额返利”为名的非法集资",
                              "冒充商务部门的电信网络诈骗", "非法经营成品油"};
const char* const kGrounds[] = {
    "《中华人民共和国政府信息公开条例》第十四条：依法确定为国家秘密的政府信息",
    "《中华人民共和国政府信息公开条例》第十五条：涉及商业秘密、个人隐私，公开会对第三方合法权益造成损害",
    "《中华人民共和国政府信息公开条例》第十六条第一款：内部事务信息",
    "《中华人民共和国政府信息公开条例》第十六条第二款：过程性信息",
};
const char* const kQuarterNames[] = {"一", "二", "三", "四"};

enum ChannelKind
{
    Portal = 1,
    GovSite,
    WeChat,
    Weibo,
    Newspaper,
    Broadcast,
    Bulletin,
    NoticeBoard,
    ReadingRoom
};
const std::pair<const char*, int> kChannelKinds[] = {
    {"门户网站", Portal},        {"政府网站", GovSite},
    {"微信公众号", WeChat},      {"微博", Weibo},
    {"报刊", Newspaper},         {"广播电视", Broadcast},
    {"内部期刊/简报", Bulletin}, {"公开栏", NoticeBoard},
    {"公共查阅点", ReadingRoom},
};

template <std::size_t N> QStringList strings(const char* const (&list)[N])
{
    QStringList out;
    for (const char* s : list)
        out << QString::fromUtf8(s);
    return out;
}

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

} // namespace

DemoText::DemoText(QRandomGenerator& rng)
    : m_rng(rng), m_pools(KeyCount), m_values(KeyCount), m_valueSet(KeyCount, false)
{
    m_pools[County] = strings(kCounties);
    m_pools[Event] = strings(kEvents);
    m_pools[Fund] = strings(kFunds);
    m_pools[Industry] = strings(kIndustries);
    m_pools[List] = strings(kLists);
    m_pools[Company] = strings(kCompanyNames);
    m_pools[Scam] = strings(kScams);
    for (const RawTemplate& raw : kTemplates)
        m_templates[u(raw.category)].append(
            {parse(raw.title), parse(raw.summary), raw.docPercent, raw.penalty, raw.months, raw.weight});
    for (const auto& row : kDepartmentTopics) {
        QStringList topics;
        for (std::size_t i = 1; i < std::size(row); ++i)
            topics << u(row[i]);
        m_topics.insert(u(row[0]), topics);
        m_generalTopics << topics.mid(0, 3);
    }
    for (const auto& [name, kind] : kChannelKinds)
        m_channelKinds.insert(u(name), kind);
}

DemoText::~DemoText() = default;

DemoText::Parsed DemoText::parse(const char* utf8)
{
    Parsed parsed;
    const QString text = QString::fromUtf8(utf8);
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
        Q_ASSERT_X(key >= 0, "DemoText::parse", "unknown placeholder");
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
    case County:
        v = pick(m_pools.at(County));
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
        v = u(kQuarterNames[prevQuarter]);
        break;
    case Expo: {
        const int which = int(m_rng.bounded(4));
        if (which == 0) // 广交会: spring and autumn sessions since 1957, the 135th in spring 2024
            v = u("第%1届中国进出口商品交易会").arg(135 + (year - 2024) * 2 + (m_date.month() >= 7 ? 1 : 0));
        else if (which == 1 && year >= 2018)
            v = u("第%1届中国国际进口博览会").arg(year - 2017);
        else if (which == 2)
            v = u("中国—东盟博览会");
        else
            v = u("中国国际消费品博览会");
        break;
    }
    case Event:
        v = pick(m_pools.at(Event));
        break;
    case Fund:
        v = pick(m_pools.at(Fund));
        break;
    case Industry:
        v = pick(m_pools.at(Industry));
        break;
    case List:
        v = pick(m_pools.at(List));
        break;
    case Company:
        m_companyIndex = int(m_rng.bounded(quint32(std::size(kCompanyKinds))));
        v = u("某市") + pick(m_pools.at(Company)) + u(kCompanyKinds[m_companyIndex][0]);
        break;
    case Law:
        v = u(kCompanyKinds[m_companyIndex][1]);
        break;
    case Holiday: {
        static const char* const byMonth[] = {"元旦",   "春节",   "春节",   "节假日", "清明节",
                                              "“五一”", "端午节", "节假日", "节假日", "中秋节",
                                              "国庆节", "节假日", "元旦"};
        v = u(byMonth[m_date.month()]);
        break;
    }
    case DueMonth:
        v = QString::number(due.month());
        break;
    case DueDay:
        v = QString::number(due.day());
        break;
    case Months:
        v = QString::number(m_rng.bounded(2, 7));
        break;
    case Scam:
        v = pick(m_pools.at(Scam));
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
    return u("%1〔%2〕%3号").arg(prefix).arg(year).arg(n);
}

DemoText::Content DemoText::item(const QString& category, const QString& department, const QDate& drafted)
{
    m_date = drafted;
    m_department = department;
    m_valueSet.fill(false);

    auto it = m_templates.constFind(category);
    if (it == m_templates.cend())
        it = m_templates.constFind(u("工作动态"));
    const QList<Template>& list = *it;
    const quint16 bit = quint16(1u << drafted.month());
    int total = 0;
    for (const Template& t : list)
        if (t.months == 0 || (t.months & bit))
            total += t.weight;
    int draw = int(m_rng.bounded(total));
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
        const QString prefix = chosen->penalty             ? u("某商罚")
                               : department == u("办公室") ? u("某商办")
                                                           : u("某商");
        content.docNumber = docNumber(prefix, drafted.year());
    }
    return content;
}

QString DemoText::reference(const QString& channel, const QDate& date, qint64 serial) const
{
    const int week = (date.dayOfYear() - 1) / 7 + 1;
    switch (m_channelKinds.value(channel)) {
    case Portal:
        return u("https://swj.example.gov.cn/xxgk/%1/t%2_%3.html")
            .arg(date.toString(QStringLiteral("yyyy/MM")), date.toString(QStringLiteral("yyyyMMdd")))
            .arg(serial);
    case GovSite:
        return u("https://www.example.gov.cn/zwgk/bmdt/%1/t%2_%3.html")
            .arg(date.toString(QStringLiteral("yyyyMM")), date.toString(QStringLiteral("yyyyMMdd")))
            .arg(serial + 500000);
    case WeChat:
        return u("微信公众号“某市商务”%1年%2月%3日推送").arg(date.year()).arg(date.month()).arg(date.day());
    case Weibo:
        return u("微博@某市商务 %1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
    case Newspaper:
        return u("《某市日报》%1年%2月%3日第%4版")
            .arg(date.year())
            .arg(date.month())
            .arg(date.day())
            .arg(serial % 7 + 2);
    case Broadcast:
        return u("某市电视台《某市新闻》%1月%2日").arg(date.month()).arg(date.day());
    case Bulletin:
        return u("《商务动态》第%1期").arg(week);
    case NoticeBoard:
        return u("局机关一楼政务公开栏");
    case ReadingRoom:
        return u("市图书馆政府信息公共查阅点");
    default:
        return QString();
    }
}

QString DemoText::adoptedIn(const QString& agency, const QDate& date) const
{
    // The bulletin's name sits in the agency's name, e.g. 市委办公厅《每日要情》 → 《每日要情》.
    const qsizetype open = agency.indexOf(u("《"));
    const qsizetype close = agency.indexOf(u("》"), open + 1);
    if (open < 0 || close < 0)
        return u("《政务公开工作简报》第%1期").arg((date.dayOfYear() - 1) / 14 + 1);
    const QString bulletin = agency.mid(open, close - open + 1);
    const bool daily = bulletin.contains(u("每日"));
    const int issue = daily ? date.dayOfYear() * 5 / 7 + 1 : (date.dayOfYear() - 1) / 7 + 1;
    return u("%1第%2期").arg(bulletin).arg(issue);
}

QString DemoText::withheldGround()
{
    return u(kGrounds[m_rng.bounded(quint32(std::size(kGrounds)))]);
}

} // namespace gongkai
