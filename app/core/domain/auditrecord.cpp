#include "auditrecord.h"

#include <QCoreApplication>

namespace gongkai {

namespace {
struct EventInfo
{
    AuditEvent event;
    const char* code;
    const char* english;
};
const EventInfo kEvents[] = {
    {AuditEvent::Unknown, "unknown", QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Unknown event")},
    {AuditEvent::ItemCreated, "item_created", QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Item created")},
    {AuditEvent::ItemChanged, "item_changed", QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Item changed")},
    {AuditEvent::ItemWithdrawn, "item_withdrawn",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Item withdrawn")},
    {AuditEvent::ItemReinstated, "item_reinstated",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Item reinstated")},
    {AuditEvent::PublicationAdded, "publication_added",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Publication recorded")},
    {AuditEvent::SubmissionAdded, "submission_added",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Submission recorded")},
    {AuditEvent::PaperReviewRecorded, "paper_review_recorded",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Paper review recorded")},
    {AuditEvent::ReviewSubmitted, "review_submitted",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Submitted for review")},
    {AuditEvent::ReviewRecalled, "review_recalled",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Submission recalled")},
    {AuditEvent::ReviewSigned, "review_signed", QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Signature")},
    {AuditEvent::ReviewSentBack, "review_sent_back", QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Sent back")},
    {AuditEvent::Login, "login", QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Sign-in")},
    {AuditEvent::LoginFailed, "login_failed", QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Failed sign-in")},
    {AuditEvent::AccountLocked, "account_locked",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Account locked")},
    {AuditEvent::Logout, "logout", QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Sign-out")},
    {AuditEvent::Reauthenticated, "reauthenticated",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Password confirmed")},
    {AuditEvent::PasswordChanged, "password_changed",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Password changed")},
    {AuditEvent::PasswordReset, "password_reset",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Password reset")},
    {AuditEvent::AccountUnlocked, "account_unlocked",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Account unlocked")},
    {AuditEvent::UserCreated, "user_created", QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Account created")},
    {AuditEvent::UserChanged, "user_changed", QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Account changed")},
    {AuditEvent::ListEntryAdded, "list_entry_added",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "List entry added")},
    {AuditEvent::ListEntryChanged, "list_entry_changed",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "List entry changed")},
    {AuditEvent::ChainChanged, "chain_changed",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Review chain changed")},
    {AuditEvent::PermissionDenied, "permission_denied",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Refused action")},
    {AuditEvent::AuditExported, "audit_exported",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Audit trail exported")},
    {AuditEvent::DemoGenerated, "demo_generated",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Demo office created")},
    {AuditEvent::SchemaUpgraded, "schema_upgraded",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Database upgraded")},
    {AuditEvent::SettingChanged, "setting_changed",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Setting changed")},
    {AuditEvent::ItemScreened, "item_screened",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Pre-screen findings on save")},
    {AuditEvent::WorkRecordAdded, "work_record_added",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Work record added")},
    {AuditEvent::WorkRecordChanged, "work_record_changed",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Work record changed")},
    {AuditEvent::WorkRecordDeleted, "work_record_deleted",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Work record deleted")},
    {AuditEvent::ReportTemplateChanged, "report_template_changed",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Report template changed")},
    {AuditEvent::ReportDraftSaved, "report_draft_saved",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Report text saved")},
    {AuditEvent::ReportFinalized, "report_finalized",
     QT_TRANSLATE_NOOP("gongkai::AuditRecord", "Report finalized")},
};
} // namespace

QString auditEventCode(AuditEvent event)
{
    return QString::fromLatin1(kEvents[int(event)].code);
}

AuditEvent auditEventFromCode(const QString& code)
{
    for (const EventInfo& info : kEvents) {
        if (code == QLatin1String(info.code))
            return info.event;
    }
    return AuditEvent::Unknown;
}

QString auditEventDisplayName(AuditEvent event)
{
    return QCoreApplication::translate("gongkai::AuditRecord", kEvents[int(event)].english);
}

QList<AuditEvent> allAuditEvents()
{
    QList<AuditEvent> list;
    for (const EventInfo& info : kEvents) {
        if (info.event != AuditEvent::Unknown)
            list << info.event;
    }
    return list;
}

} // namespace gongkai
