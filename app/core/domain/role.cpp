#include "role.h"

#include <QCoreApplication>

namespace gongkai {

namespace {
struct RoleInfo
{
    Role role;
    const char* code;
    const char* english;
    const char* chinese;
};

const RoleInfo kRoles[] = {
    {Role::Author, "author", QT_TRANSLATE_NOOP("gongkai::Role", "Author"), "撰稿人"},
    {Role::SectionChief, "section_chief", QT_TRANSLATE_NOOP("gongkai::Role", "Section chief"), "科室负责人"},
    {Role::LeaderInCharge, "leader_in_charge", QT_TRANSLATE_NOOP("gongkai::Role", "Leader in charge"),
     "分管领导"},
    {Role::PrincipalLeader, "principal_leader", QT_TRANSLATE_NOOP("gongkai::Role", "Principal leader"),
     "主要领导"},
    {Role::Administrator, "administrator", QT_TRANSLATE_NOOP("gongkai::Role", "Administrator"), "系统管理员"},
    {Role::Auditor, "auditor", QT_TRANSLATE_NOOP("gongkai::Role", "Auditor"), "审计管理员"},
    {Role::Publisher, "publisher", QT_TRANSLATE_NOOP("gongkai::Role", "Publisher"), "信息发布员"},
};
} // namespace

QString roleCode(Role role)
{
    for (const RoleInfo& info : kRoles)
        if (info.role == role)
            return QString::fromLatin1(info.code);
    return {};
}

bool roleFromString(const QString& text, Role* role)
{
    const QString t = text.trimmed();
    for (const RoleInfo& info : kRoles) {
        if (t.compare(QLatin1String(info.code), Qt::CaseInsensitive) == 0
            || t.compare(QLatin1String(info.english), Qt::CaseInsensitive) == 0
            || t == QString::fromUtf8(info.chinese)) {
            *role = info.role;
            return true;
        }
    }
    return false;
}

QString roleDisplayName(Role role)
{
    for (const RoleInfo& info : kRoles)
        if (info.role == role)
            return QCoreApplication::translate("gongkai::Role", info.english);
    return {};
}

QList<Role> allRoles()
{
    QList<Role> roles;
    for (const RoleInfo& info : kRoles)
        roles << info.role;
    return roles;
}

} // namespace gongkai
