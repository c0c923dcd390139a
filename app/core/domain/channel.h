#pragma once

#include <QString>

namespace gongkai {

/// Where items are published (公开载体), or an upper agency that items are submitted to.
struct Channel
{
    qint64 id = 0;
    QString name;
    bool isAgency = false; ///< an upper agency (上级部门) that adopts submissions
    bool active = true;
};

} // namespace gongkai
