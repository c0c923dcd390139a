#include "demooffice.h"

#include <QHash>

namespace gongkai {

namespace {
struct DepartmentSpec
{
    const char* name;
    int weight;
};
const DepartmentSpec kDepartments[] = {{"办公室", 20},     {"综合科", 15},    {"商务科", 16}, {"外贸科", 13},
                                       {"投资促进科", 13}, {"市场建设科", 9}, {"法规科", 8},  {"财务科", 6}};

struct AccountSpec
{
    const char* login;
    const char* name;
    int department; ///< index in kDepartments
    const char* roles;
};
// Leaders, the publisher (信息发布员), the administrator and the auditor sit with the office (办公室); each
// section has a chief.
const AccountSpec kAccounts[] = {
    {"wangjianguo", "王建国", 0, "principal_leader"},
    {"lihongmei", "李红梅", 0, "leader_in_charge"},
    {"chenzhiqiang", "陈志强", 0, "leader_in_charge"},
    {"zhaomin", "赵敏", 0, "section_chief,author"},
    {"liuyang", "刘洋", 1, "section_chief,author"},
    {"sunli", "孙丽", 2, "section_chief,author"},
    {"songtao", "宋涛", 3, "section_chief,author"},
    {"wuhao", "吴昊", 4, "section_chief,author"},
    {"zhengwen", "郑文", 5, "section_chief,author"},
    {"fengjing", "冯静", 6, "section_chief,author"},
    {"hejun", "何军", 7, "section_chief,author"},
    {"zhangwei", "张伟", 0, "author"},
    {"wangfang", "王芳", 1, "author"},
    {"lina", "李娜", 2, "author"},
    {"liuqiang", "刘强", 3, "author"},
    {"chenjing", "陈静", 4, "author"},
    {"yangfan", "杨帆", 5, "author"},
    {"xuli", "徐丽", 6, "author"},
    {"majun", "马军", 7, "author"},
    {"zhoujie", "周杰", 0, "publisher"},
    {"huanglei", "黄磊", 0, "administrator"},
    {"gaoyan", "高燕", 0, "auditor"},
};

struct CategorySpec
{
    const char* name;
    int weight;
    int submitPercent;
    int department;
};
const CategorySpec kCategories[] = {
    {"工作动态", 45, 42, -1}, {"法规公文", 11, 12, -1}, {"政策解读", 7, 35, -1},
    {"计划总结", 6, 25, 1},   {"行政执法", 9, 12, 6},   {"财政信息", 5, 12, 7},
    {"人事信息", 4, 12, 0},   {"概况信息", 3, 12, 0},   {"其他", 10, 12, -1},
};
} // namespace

QList<DemoOffice::Department> DemoOffice::departments()
{
    QList<Department> list;
    for (const DepartmentSpec& spec : kDepartments)
        list.append({QString::fromUtf8(spec.name), spec.weight});
    return list;
}

QList<DemoAccount> DemoOffice::accounts()
{
    QList<DemoAccount> list;
    for (const AccountSpec& spec : kAccounts) {
        DemoAccount account{QString::fromLatin1(spec.login),
                            QString::fromUtf8(spec.name),
                            QString::fromUtf8(kDepartments[spec.department].name),
                            {}};
        for (const QString& code : QString::fromLatin1(spec.roles).split(QLatin1Char(','))) {
            Role role;
            if (roleFromString(code, &role))
                account.roles << role;
        }
        list << account;
    }
    return list;
}

QList<DemoOffice::Category> DemoOffice::categories()
{
    QList<Category> list;
    for (const CategorySpec& spec : kCategories)
        list.append({QString::fromUtf8(spec.name), spec.weight, spec.submitPercent, spec.department});
    return list;
}

int DemoOffice::channelWeight(const QString& channel)
{
    static const QHash<QString, int> weights = {
        {QStringLiteral("门户网站"), 100}, {QStringLiteral("微信公众号"), 55},
        {QStringLiteral("政府网站"), 35},  {QStringLiteral("内部期刊/简报"), 20},
        {QStringLiteral("微博"), 12},      {QStringLiteral("报刊"), 6},
        {QStringLiteral("公开栏"), 5},     {QStringLiteral("公共查阅点"), 4},
        {QStringLiteral("广播电视"), 3},   {QStringLiteral("短信平台"), 2}};
    return weights.value(channel, 4);
}

} // namespace gongkai
