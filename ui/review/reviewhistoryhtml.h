#pragma once

#include <QCoreApplication>
#include <QString>

namespace gongkai {
struct ReviewStatus;
}

namespace gongkai::ui {

/// An item's review history as rich text, for the details pane and the history window: each round
/// (number, state, started and ended), each step's signer (printed name, role, opinion, comment, time
/// in local time), signatures that no longer match the content, send-back reasons and a paper review.
class ReviewHistoryHtml
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ui::ReviewHistoryHtml)

public:
    static QString html(const ReviewStatus& status);
    /// One line for the approval state, e.g. "Approved in round 2 by 王强 on 2024-03-01 10:32".
    static QString approvalLine(const ReviewStatus& status);
    /// A UTC time shown in local time, "yyyy-MM-dd HH:mm".
    static QString localTime(const QDateTime& utc);
};

} // namespace gongkai::ui
