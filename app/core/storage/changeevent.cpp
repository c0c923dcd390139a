#include "changeevent.h"

#include <QJsonObject>

namespace gongkai {

ChangeEvent ChangeEvent::fromAudit(AuditEvent event, const QString& objectType, qint64 objectId,
                                   const QJsonObject& after)
{
    ChangeEvent e;
    e.event = event;
    e.objectType = objectType;
    e.objectId = objectId;
    switch (event) {
    case AuditEvent::ItemCreated:
    case AuditEvent::ItemChanged:
    case AuditEvent::ItemWithdrawn:
    case AuditEvent::ItemReinstated:
    case AuditEvent::PublicationAdded:
    case AuditEvent::SubmissionAdded:
    case AuditEvent::ItemScreened:
        e.kind = ChangeKind::Item;
        break;
    case AuditEvent::PaperReviewRecorded:
    case AuditEvent::ReviewSubmitted:
    case AuditEvent::ReviewRecalled:
    case AuditEvent::ReviewSigned:
    case AuditEvent::ReviewSentBack:
        e.kind = ChangeKind::Review;
        break;
    case AuditEvent::ListEntryAdded:
    case AuditEvent::ListEntryChanged:
        e.kind = objectType == QLatin1String("word") || objectType == QLatin1String("word_list")
                     ? ChangeKind::WordList
                     : ChangeKind::ListEntry;
        break;
    case AuditEvent::UserCreated:
    case AuditEvent::UserChanged:
    case AuditEvent::PasswordChanged:
    case AuditEvent::PasswordReset:
    case AuditEvent::AccountUnlocked:
    case AuditEvent::AccountLocked:
        e.kind = ChangeKind::Account;
        break;
    case AuditEvent::WorkRecordAdded:
    case AuditEvent::WorkRecordChanged:
    case AuditEvent::WorkRecordDeleted:
        e.kind = ChangeKind::WorkRecord;
        break;
    case AuditEvent::ChainChanged:
        e.kind = ChangeKind::Chain;
        break;
    case AuditEvent::ReportTemplateChanged:
    case AuditEvent::ReportDraftSaved:
        e.kind = ChangeKind::ReportText;
        break;
    case AuditEvent::ReportFinalized:
        e.kind = ChangeKind::ReportArchive;
        break;
    case AuditEvent::SettingChanged:
        e.kind = ChangeKind::Setting;
        break;
    default:
        e.kind = ChangeKind::Other;
        break;
    }
    if (objectType == QLatin1String("item"))
        e.itemId = objectId;
    else if (after.contains(QLatin1String("item")))
        e.itemId = after.value(QLatin1String("item")).toVariant().toLongLong();
    return e;
}

} // namespace gongkai
