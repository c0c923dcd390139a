#pragma once

#include "../domain/auditrecord.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace gongkai {

/// What kind of thing a committed change touched.
enum class ChangeKind
{
    Item,          ///< an item's content, status, publications, submissions or attachments
    Review,        ///< a review round started, signed, sent back or recalled; a paper review attested
    ListEntry,     ///< a department, category or channel
    Account,       ///< an account, its roles, password or lock
    WorkRecord,    ///< a training, interview, press event, delivery or other work
    WordList,      ///< the office's word list
    Chain,         ///< the review chain configuration
    ReportText,    ///< a report template or the office's sections of a report
    ReportArchive, ///< a report finalized
    Setting,       ///< an office setting (the unit's name)
    Other,
};

/// One committed change, as core announces it after the transaction that made it commits (never for a
/// rollback). Made from the audit record each write appends, so every write through the services is
/// announced, and only then.
struct ChangeEvent
{
    ChangeKind kind = ChangeKind::Other;
    AuditEvent event = AuditEvent::Unknown;
    QString objectType; ///< as the audit trail names it: "item", "signature", "user", "department" …
    qint64 objectId = 0;
    qint64 itemId = 0; ///< the item concerned (items, reviews, signatures), else 0

    /// The event for an audit record (objectType, objectId and, for a signature, the item in after).
    static ChangeEvent fromAudit(AuditEvent event, const QString& objectType, qint64 objectId,
                                 const QJsonObject& after);
    bool touchesItem(qint64 id) const { return itemId != 0 && itemId == id; }
};

/// Announces committed changes of one Database connection (Database::changes()). The ledger model, the
/// inbox, the details pane and the report window subscribe; nothing relays by hand.
class ChangeNotifier : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    /// Everything one transaction changed, in the order it was written.
    void changed(const QList<gongkai::ChangeEvent>& events);
};

} // namespace gongkai

Q_DECLARE_METATYPE(gongkai::ChangeEvent)
