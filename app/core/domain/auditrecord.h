#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace gongkai {

/// What an audit record is about. Stored as its code, so records written by a later version still
/// read (as Unknown with the code kept).
enum class AuditEvent
{
    Unknown,
    ItemCreated,         ///< item_created
    ItemChanged,         ///< item_changed: content, status, publications or submissions
    ItemWithdrawn,       ///< item_withdrawn (撤回)
    ItemReinstated,      ///< item_reinstated (a withdrawal undone)
    PublicationAdded,    ///< publication_added
    SubmissionAdded,     ///< submission_added
    PaperReviewRecorded, ///< paper_review_recorded: a historical item marked reviewed on paper
    ReviewSubmitted,     ///< review_submitted: a round started
    ReviewRecalled,      ///< review_recalled: the author took the submission back
    ReviewSigned,        ///< review_signed: one step signed
    ReviewSentBack,      ///< review_sent_back (退回)
    Login,               ///< login
    LoginFailed,         ///< login_failed
    AccountLocked,       ///< account_locked: too many failed sign-ins
    Logout,              ///< logout
    Reauthenticated,     ///< reauthenticated: password typed again (unlocking the window)
    PasswordChanged,     ///< password_changed by the user
    PasswordReset,       ///< password_reset by an administrator
    AccountUnlocked,     ///< account_unlocked by an administrator
    UserCreated,         ///< user_created
    UserChanged,         ///< user_changed: name, department, roles or active flag
    ListEntryAdded,      ///< list_entry_added: a department, category or channel
    ListEntryChanged,    ///< list_entry_changed
    ChainChanged,        ///< chain_changed: the review chain configuration
    PermissionDenied,    ///< permission_denied: a misuse attempt, always success = false
    AuditExported,       ///< audit_exported: the auditor took a copy of the trail
    DemoGenerated,       ///< demo_generated
    SchemaUpgraded,      ///< schema_upgraded
    SettingChanged,      ///< setting_changed: an office setting, e.g. the unit's name on printed forms
    ItemScreened,        ///< item_screened: what the pre-screen found in an item as saved
    WorkRecordAdded,     ///< work_record_added: a training, interview, press event, delivery or other work
    WorkRecordChanged,   ///< work_record_changed
    WorkRecordDeleted,   ///< work_record_deleted
    ReportTemplateChanged, ///< report_template_changed: the administrator edited a report template
    ReportDraftSaved,      ///< report_draft_saved: the office's own sections of a report
    ReportFinalized,       ///< report_finalized: a report archived (a new version of its period)
};

QString auditEventCode(AuditEvent event);
/// Unknown for a code this version does not know.
AuditEvent auditEventFromCode(const QString& code);
/// Translated display name, e.g. "Signature".
QString auditEventDisplayName(AuditEvent event);
QList<AuditEvent> allAuditEvents(); ///< every known event, Unknown excluded

/// One row of the audit trail, as stored. Rows are hash-chained: hash = SHA-256(prevHash + canonical
/// row), see AuditLog.
struct AuditRecord
{
    qint64 seq = 0;    ///< 1, 2, 3 … without gaps
    QDateTime at;      ///< UTC, millisecond precision
    qint64 userId = 0; ///< 0 when the actor was not a signed-in user (command line, system)
    QString login;     ///< the actor's login, "cli" or "system"; for a failed sign-in the login typed
    AuditEvent event = AuditEvent::Unknown;
    QString eventCode; ///< as stored
    bool success = true;
    QString objectType;  ///< "item", "user", "round", "signature", "department", "chain" …; may be empty
    qint64 objectId = 0; ///< 0 when there is none
    QString before;      ///< JSON object text of the values before, or empty
    QString after;       ///< JSON object text of the values after (or the details of the event), or empty
    QString prevHash;
    QString hash;
};

/// What the audit view narrows the trail to. Empty fields do not filter.
struct AuditFilter
{
    QDateTime from; ///< UTC, inclusive
    QDateTime to;   ///< UTC, exclusive
    QString login;
    QList<AuditEvent> events;
    QString objectType;
    qint64 objectId = 0;
    bool failuresOnly = false;

    bool operator==(const AuditFilter&) const = default;
};

} // namespace gongkai
