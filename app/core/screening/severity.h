#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

namespace gongkai {

/// How much a finding matters to the reviewer. Ordered: a higher value is more serious.
enum class Severity : int
{
    Info = 0,    ///< worth a look (e.g. a label that often precedes personal data)
    Warning = 1, ///< to be checked before publishing
    High = 2,    ///< must not be published as it stands; blocks submission without a reason
};

/// Names of severities: stable keys for files and JSON, and translated names for people.
class SeverityNames
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::SeverityNames)

public:
    /// "high", "warning" or "info".
    static QString key(Severity severity);
    /// Accepts the keys in any case and the Chinese words 高, 警告, 提示 (also 中, 低).
    static std::optional<Severity> parse(QStringView text);
    /// The translated name shown in the interface.
    static QString displayName(Severity severity);
};

} // namespace gongkai
