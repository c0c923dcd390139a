#include "reportsections.h"

namespace gongkai {

bool ReportSections::isEmpty() const
{
    return organisation.trimmed().isEmpty() && security.trimmed().isEmpty() && problems.trimmed().isEmpty() &&
           nextSteps.trimmed().isEmpty();
}

QJsonObject ReportSections::toJson() const
{
    return QJsonObject{{QStringLiteral("organisation"), organisation},
                       {QStringLiteral("security"), security},
                       {QStringLiteral("problems"), problems},
                       {QStringLiteral("nextSteps"), nextSteps}};
}

ReportSections ReportSections::fromJson(const QJsonObject& json)
{
    ReportSections s;
    s.organisation = json.value(QStringLiteral("organisation")).toString();
    s.security = json.value(QStringLiteral("security")).toString();
    s.problems = json.value(QStringLiteral("problems")).toString();
    s.nextSteps = json.value(QStringLiteral("nextSteps")).toString();
    return s;
}

} // namespace gongkai
