#pragma once

#include "demogenerator.h"

#include <QList>
#include <QString>

namespace gongkai {

/// The fixed shape of the demo office (某市商务局): its departments and how much each writes, its
/// accounts, how often each category occurs and goes to upper agencies, and how often each channel is used.
class DemoOffice
{
public:
    struct Department
    {
        QString name;
        int weight = 1; ///< share of the bureau's items
    };
    struct Category
    {
        QString name;          ///< a seeded category
        int weight = 1;        ///< share of the items
        int submitPercent = 0; ///< how often a published item of it is submitted to an upper agency
        int department = -1;   ///< index of the department that mostly writes it, or -1
    };

    static QList<Department> departments();
    static QList<DemoAccount> accounts();
    static QList<Category> categories();
    /// How often a channel is among an item's channels; the portal carries nearly everything.
    static int channelWeight(const QString& channel);
};

} // namespace gongkai
