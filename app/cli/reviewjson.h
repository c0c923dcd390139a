#pragma once

#include <QJsonObject>

namespace gongkai {
struct AuditRecord;
struct InboxEntry;
struct ReviewStatus;
struct VerifyReport;
} // namespace gongkai

namespace gongkai::cli {

/// The JSON the review commands print (--json): stable keys for scripts, codes rather than display names,
/// times in UTC ISO 8601.
class ReviewJson
{
public:
    static QJsonObject status(const ReviewStatus& status);
    static QJsonObject inboxEntry(const InboxEntry& entry);
    static QJsonObject auditRecord(const AuditRecord& record);
    static QJsonObject verifyReport(const VerifyReport& report);
};

} // namespace gongkai::cli
