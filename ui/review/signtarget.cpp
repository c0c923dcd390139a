#include "signtarget.h"

#include "storage/departmentrepository.h"
#include "storage/userrepository.h"

namespace gongkai::ui {

SignTarget SignTarget::fromStatus(Database& db, const ReviewStatus& status)
{
    SignTarget t;
    const ReviewRound* round = status.openRound();
    if (!round || round->nextStep >= round->chain.steps.size())
        return t;
    const Item& item = status.item;
    t.itemId = item.id;
    t.title = item.title;
    t.docNumber = item.docNumber;
    t.summary = item.summary;
    for (const Department& d : DepartmentRepository(db).list(true)) {
        if (d.id == item.departmentId)
            t.department = d.name;
    }
    if (const std::optional<User> author = UserRepository(db).byId(item.authorId))
        t.author = author->name;
    const ReviewStep& step = round->chain.steps.at(round->nextStep);
    t.stepIndex = round->nextStep;
    t.stepCount = int(round->chain.steps.size());
    t.stepLabel = step.label;
    t.meaning = step.meaning;
    t.seen = {round->rowVersion, round->nextStep};
    t.findings = ItemScreening::forOffice(db).screen(item);
    t.overrideReason = round->overrideReason;
    for (const Attachment& a : item.attachments)
        t.attachments << a.fileName;
    return t;
}

QString SignTarget::stepText() const
{
    return tr("Step %1 of %2: %3 (%4)")
        .arg(stepIndex + 1)
        .arg(stepCount)
        .arg(stepLabel, meaningDisplayName(meaning));
}

QString SignTarget::statement(SignatureMeaning meaning)
{
    QString what;
    switch (meaning) {
    case SignatureMeaning::Review:
        what = tr("Your signature records your confidentiality review of this item: you have checked that "
                  "it contains no state secrets, work secrets, trade secrets or personal information that "
                  "must not be disclosed.");
        break;
    case SignatureMeaning::Approval:
        what = tr("Your signature records your approval of this item after the review before you: you agree "
                  "with the opinion on its disclosure.");
        break;
    case SignatureMeaning::SignOff:
        what = tr("Your signature is the final sign-off: with it the item may be published.");
        break;
    }
    return what + QLatin1Char(' ') +
           tr("It is recorded with your name, the time and the content as it is now; whoever reviews is "
              "accountable for the review. A later change to the content makes the signature void.");
}

} // namespace gongkai::ui
