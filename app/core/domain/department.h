#pragma once

#include <QString>

namespace gongkai {

/// A section of the bureau (科室).
struct Department
{
    qint64 id = 0;
    QString name;
    bool active = true;
};

} // namespace gongkai
