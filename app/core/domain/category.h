#pragma once

#include <QString>

namespace gongkai {

/// An information category (信息类别), e.g. 工作动态.
struct Category
{
    qint64 id = 0;
    QString name;
    bool active = true;
};

} // namespace gongkai
