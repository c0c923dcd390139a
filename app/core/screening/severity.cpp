#include "severity.h"

namespace gongkai {

QString SeverityNames::key(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

std::optional<Severity> SeverityNames::parse(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.compare(u"high", Qt::CaseInsensitive) == 0 || t == u"高")
        return Severity::High;
    // Office lists often grade 高/中/低; 中 reads as "check it", 低 as "worth a look".
    if (t.compare(u"warning", Qt::CaseInsensitive) == 0 || t == u"警告" || t == u"中")
        return Severity::Warning;
    if (t.compare(u"info", Qt::CaseInsensitive) == 0 || t == u"提示" || t == u"低")
        return Severity::Info;
    return std::nullopt;
}

QString SeverityNames::displayName(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return tr("High");
    case Severity::Warning:
        return tr("Warning");
    case Severity::Info:
        break;
    }
    return tr("Info");
}

} // namespace gongkai
