#pragma once

#include "domain/reviewchain.h"
#include "review/reviewservice.h"
#include "screening/itemscreening.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// What a signer is about to sign or send back: the item as shown to them, the step, what the
/// signature means, and the round as they saw it (passed back to detect a concurrent signer).
struct SignTarget
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ui::SignTarget)

public:
    qint64 itemId = 0;
    QString title;
    QString docNumber;
    QString department;
    QString author;
    QString summary;
    int stepIndex = 0;
    int stepCount = 0;
    QString stepLabel; ///< e.g. 科室负责人初审
    SignatureMeaning meaning = SignatureMeaning::Review;
    SeenRound seen;
    ItemScreeningResult findings; ///< the pre-screen of the item as submitted, attachments included
    QString overrideReason;       ///< why the author submitted despite high findings
    QStringList attachments;      ///< the attached files' names

    /// The open round's next step of status; itemId 0 when no round is open.
    static SignTarget fromStatus(Database& db, const ReviewStatus& status);
    /// "Step 1 of 2: 科室负责人初审 (Review)".
    QString stepText() const;
    /// What the signature means and that the signer answers for it (谁审查谁负责).
    static QString statement(SignatureMeaning meaning);
};

} // namespace gongkai::ui
