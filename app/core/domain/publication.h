#pragma once

#include <QDate>
#include <QString>

namespace gongkai {

/// One item on one channel on one date (发布).
struct Publication
{
    qint64 id = 0;
    qint64 itemId = 0;
    qint64 channelId = 0;
    QDate date;
    QString reference; ///< URL or issue reference, e.g. 《商务动态》第8期

    bool operator==(const Publication&) const = default;
};

} // namespace gongkai
