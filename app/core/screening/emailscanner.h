#pragma once

#include "screening/rawfinding.h"

#include <QStringView>

#include <vector>

namespace gongkai {

/// Finds e-mail addresses (name@domain.tld, ASCII) by looking around each @.
class EmailScanner
{
public:
    static void scan(QStringView text, std::vector<RawFinding>& out);
    /// z***@example.gov.cn: the first character of the name and the whole domain kept.
    static QString mask(QStringView address);
};

} // namespace gongkai
