#pragma once

#include <QJsonObject>

namespace gongkai {
struct AuditRecord;
struct InboxEntry;
struct PaperReview;
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
    /// A recorded paper review with who attested it (attestedBy: the attester's user id, 0 for records
    /// from before attestation) and text: PaperReview::describe().
    static QJsonObject paperReview(const PaperReview& paper);
    static QJsonObject inboxEntry(const InboxEntry& entry);
    static QJsonObject auditRecord(const AuditRecord& record);
    static QJsonObject verifyReport(const VerifyReport& report);
};

} // namespace gongkai::cli
