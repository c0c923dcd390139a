#pragma once

#include <QDate>
#include <QString>

namespace gongkai {

/// An item sent to an upper agency (报送), and whether that agency adopted it (采用).
struct Submission
{
    qint64 id = 0;
    qint64 itemId = 0;
    qint64 agencyId = 0; ///< a Channel with isAgency
    QDate date;
    bool adopted = false;
    QDate adoptedOn;
    QString adoptedIn; ///< where it was adopted, e.g. 《每日要情》

    bool operator==(const Submission&) const = default;
};

} // namespace gongkai
