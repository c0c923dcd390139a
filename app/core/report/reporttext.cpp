#include "reporttext.h"

namespace gongkai::reporttext {

QString date(const QDate& d)
{
    if (!d.isValid())
        return dash();
    return QStringLiteral("%1年%2月%3日").arg(d.year()).arg(d.month()).arg(d.day());
}

QString dateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return dash();
    const QDateTime local = utc.toLocalTime();
    return date(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm"));
}

QString role(Role r)
{
    switch (r) {
    case Role::Author:
        return QStringLiteral("撰稿人");
    case Role::SectionChief:
        return QStringLiteral("科室负责人");
    case Role::LeaderInCharge:
        return QStringLiteral("分管领导");
    case Role::PrincipalLeader:
        return QStringLiteral("主要领导");
    case Role::Administrator:
        return QStringLiteral("系统管理员");
    case Role::Auditor:
        return QStringLiteral("审计管理员");
    case Role::Publisher:
        return QStringLiteral("信息发布员");
    }
    return QString();
}

QString attribute(DisclosureAttribute a)
{
    switch (a) {
    case DisclosureAttribute::Proactive:
        return QStringLiteral("主动公开");
    case DisclosureAttribute::OnRequest:
        return QStringLiteral("依申请公开");
    case DisclosureAttribute::Withheld:
        return QStringLiteral("不予公开");
    }
    return QString();
}

QString dash()
{
    return QStringLiteral("—");
}

QString orDash(const QString& text)
{
    return text.trimmed().isEmpty() ? dash() : text.trimmed();
}

} // namespace gongkai::reporttext
