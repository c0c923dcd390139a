#include "reviewactions.h"

#include "attestpaperreviewdialog.h"
#include "overridereasondialog.h"
#include "reviewhistoryhtml.h"
#include "sendbackdialog.h"
#include "signdialog.h"
#include "signtarget.h"

#include "error.h"
#include "review/itemservice.h"
#include "review/permissions.h"
#include "review/reviewerrors.h"
#include "review/reviewrules.h"
#include "review/reviewservice.h"
#include "storage/changeevent.h"
#include "storage/database.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QWidget>

namespace gongkai::ui {

ReviewActions::ReviewActions(Database& db, const Session& session, QWidget* dialogParent)
    : QObject(dialogParent), m_db(db), m_session(session), m_dialogParent(dialogParent)
{
    m_askReason = [this](qint64 itemId, const ItemScreeningResult& findings) -> std::optional<QString> {
        OverrideReasonDialog dialog(itemId, findings, m_dialogParent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.reason();
    };
    m_submit = new QAction(tr("&Submit for Review"), this);
    m_submit->setObjectName(QStringLiteral("submitForReviewAction"));
    connect(m_submit, &QAction::triggered, this, [this] { submit(m_current); });
    m_recall = new QAction(tr("&Recall Submission"), this);
    m_recall->setObjectName(QStringLiteral("recallSubmissionAction"));
    connect(m_recall, &QAction::triggered, this, [this] { recall(m_current); });
    m_approve = new QAction(tr("&Approve…"), this);
    m_approve->setObjectName(QStringLiteral("approveAction"));
    connect(m_approve, &QAction::triggered, this, [this] { approve(m_current); });
    m_sendBack = new QAction(tr("Send &Back…"), this);
    m_sendBack->setObjectName(QStringLiteral("sendBackAction"));
    connect(m_sendBack, &QAction::triggered, this, [this] { sendBack(m_current); });
    m_attest = new QAction(tr("A&ttest Paper Review…"), this);
    m_attest->setObjectName(QStringLiteral("attestPaperReviewAction"));
    connect(m_attest, &QAction::triggered, this, [this] { attestPaperReview(m_current); });
    // Only signers are offered the attestation at all; others would only see it greyed out.
    m_attest->setVisible(Permissions::allows(m_session.user(), Permission::AttestPaperReview));
    // An edit, a signature elsewhere or a changed chain may change what can be done with the current item.
    connect(&db.changes(), &ChangeNotifier::changed, this, [this](const QList<ChangeEvent>& events) {
        for (const ChangeEvent& e : events) {
            if (e.touchesItem(m_current) || e.kind == ChangeKind::Chain || e.kind == ChangeKind::Account) {
                updateActions();
                return;
            }
        }
    });
    m_history = new QAction(tr("Review &History"), this);
    m_history->setObjectName(QStringLiteral("reviewHistoryAction"));
    connect(m_history, &QAction::triggered, this, [this] { showHistory(m_current); });
    updateActions();
}

ReviewActions::~ReviewActions() = default;

QList<QAction*> ReviewActions::actions() const
{
    return {m_submit, m_recall, nullptr, m_approve, m_sendBack, m_attest, nullptr, m_history};
}

void ReviewActions::setCurrentItem(qint64 itemId)
{
    m_current = itemId;
    updateActions();
}

void ReviewActions::explain(QAction* action, bool enabled, const QString& why)
{
    action->setEnabled(enabled);
    // Disabled menu entries still show their tooltip and status tip: that is where "why not" goes.
    action->setToolTip(why);
    action->setStatusTip(why);
}

void ReviewActions::updateActions()
{
    const QList<QAction*> all = {m_submit, m_recall, m_approve, m_sendBack, m_attest, m_history};
    auto disableAll = [&](const QString& why) {
        for (QAction* a : all)
            explain(a, false, why);
    };
    if (m_current <= 0) {
        disableAll(tr("Select an item in the ledger"));
        return;
    }
    ReviewStatus status;
    ItemCapabilities can;
    try {
        status = ReviewService(m_db).status(m_session, m_current);
        can = ItemService(m_db).capabilities(m_session, status.item);
    } catch (const Error& e) {
        disableAll(e.message());
        return;
    }
    const User& user = m_session.user();
    const Item& item = status.item;
    const ReviewRound* open = status.openRound();
    explain(m_history, true, tr("Show the rounds, signatures and send-backs of this item"));

    // Submit, recall and the paper review: as core answers for this user and item.
    explain(m_submit, can.submit.allowed,
            can.submit.allowed ? tr("Submit the item to the review chain; it is frozen while under review")
                               : can.submit.why);
    explain(m_recall, can.recall.allowed,
            can.recall.allowed ? tr("Take the submission back to change the item") : can.recall.why);
    explain(m_attest, can.attestPaperReview.allowed,
            can.attestPaperReview.allowed
                ? tr("Record, with your password, that the item was reviewed on paper before it was entered")
                : can.attestPaperReview.why);

    // Approve and send back: the signer of the next step.
    QString whySign;
    if (!Permissions::allows(user, Permission::SignReviews))
        whySign = tr("Only section chiefs and leaders sign reviews");
    else if (!open)
        whySign = tr("The item is not under review");
    else {
        try {
            ReviewRules::checkSigner(user, item, *open, open->nextStep);
        } catch (const RuleError& e) {
            whySign = e.message();
        }
    }
    const QString step = open ? ReviewRules::stepName(open->chain, open->nextStep) : QString();
    explain(m_approve, whySign.isEmpty(), whySign.isEmpty() ? tr("Sign %1").arg(step) : whySign);
    explain(m_sendBack, whySign.isEmpty(),
            whySign.isEmpty() ? tr("Send the item back to its author at %1").arg(step) : whySign);
}

void ReviewActions::reportError(const QString& title, const Error& error)
{
    emit failed(error.message());
    // Not modal: the refusal explains itself, nothing waits for an answer.
    auto* box = new QMessageBox(QMessageBox::Warning, title, error.message(), QMessageBox::Ok, m_dialogParent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ReviewActions::changed(qint64 itemId, const QString& text)
{
    Q_UNUSED(itemId) // the ledger, the inbox and the details pane follow the change events
    updateActions();
    emit message(text);
}

bool ReviewActions::submit(qint64 itemId)
{
    if (itemId <= 0)
        return false;
    try {
        QString reason;
        for (;;) {
            try {
                const ReviewRound round = ReviewService(m_db).submit(m_session, itemId, reason);
                changed(itemId, tr("Item %1 was submitted for review (round %2).").arg(itemId).arg(round.number));
                return true;
            } catch (const RuleError& e) {
                if (e.rule() != RuleError::Rule::HighFindings || !reason.isEmpty())
                    throw;
            }
            const std::optional<Item> item = ItemService(m_db).item(m_session, itemId);
            if (!item)
                return false;
            const ItemScreeningResult findings = ItemScreening::forOffice(m_db).screen(*item);
            const std::optional<QString> given = m_askReason(itemId, findings);
            if (!given || given->trimmed().isEmpty()) {
                updateActions();
                return false;
            }
            reason = given->trimmed();
        }
    } catch (const Error& e) {
        reportError(tr("Not submitted"), e);
    }
    updateActions();
    return false;
}

bool ReviewActions::recall(qint64 itemId)
{
    if (itemId <= 0)
        return false;
    try {
        ReviewService(m_db).recall(m_session, itemId);
        changed(itemId, tr("The submission of item %1 was recalled; it is a draft again.").arg(itemId));
        return true;
    } catch (const Error& e) {
        reportError(tr("Not recalled"), e);
    }
    updateActions();
    return false;
}

SignDialog* ReviewActions::approve(qint64 itemId)
{
    return openSignDialog(itemId, nullptr);
}

SignDialog* ReviewActions::approveEntry(const InboxEntry& entry)
{
    return openSignDialog(entry.itemId, &entry);
}

SignDialog* ReviewActions::openSignDialog(qint64 itemId, const InboxEntry* entry)
{
    if (itemId <= 0)
        return nullptr;
    SignTarget target;
    try {
        target = SignTarget::fromStatus(m_db, ReviewService(m_db).status(m_session, itemId));
    } catch (const Error& e) {
        reportError(tr("Not signed"), e);
        return nullptr;
    }
    if (target.itemId == 0) {
        reportError(tr("Not signed"), Error(tr("Item %1 is not under review.").arg(itemId)));
        return nullptr;
    }
    if (entry)
        target.seen = {entry->roundRowVersion, entry->stepIndex};
    const SeenRound seen = target.seen;
    auto* dialog = new SignDialog(
        target,
        [this, itemId, seen](const QString& password, ReviewOpinion opinion, const QString& comment) {
            const Signature sig = ReviewService(m_db).approve(m_session, itemId, password, opinion, comment, seen);
            changed(itemId, tr("You signed %1 of item %2.").arg(sig.stepLabel).arg(itemId));
        },
        m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The signing function uses this object: the dialog goes with it (a sign-out while it is open).
    connect(this, &QObject::destroyed, dialog, &QObject::deleteLater);
    // A refused attempt (wrong password) is audited and may have changed the inbox's picture.
    connect(dialog, &QDialog::finished, this, &ReviewActions::updateActions);
    dialog->open();
    return dialog;
}

SendBackDialog* ReviewActions::sendBack(qint64 itemId)
{
    if (itemId <= 0)
        return nullptr;
    SignTarget target;
    try {
        target = SignTarget::fromStatus(m_db, ReviewService(m_db).status(m_session, itemId));
    } catch (const Error& e) {
        reportError(tr("Not sent back"), e);
        return nullptr;
    }
    if (target.itemId == 0) {
        reportError(tr("Not sent back"), Error(tr("Item %1 is not under review.").arg(itemId)));
        return nullptr;
    }
    const SeenRound seen = target.seen;
    auto* dialog = new SendBackDialog(
        target,
        [this, itemId, seen](const QString& password, const QString& reason) {
            ReviewService(m_db).sendBack(m_session, itemId, password, reason, seen);
            changed(itemId, tr("Item %1 was sent back to its author.").arg(itemId));
        },
        m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The signing function uses this object: the dialog goes with it (a sign-out while it is open).
    connect(this, &QObject::destroyed, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::finished, this, &ReviewActions::updateActions);
    dialog->open();
    return dialog;
}

AttestPaperReviewDialog* ReviewActions::attestPaperReview(qint64 itemId)
{
    if (itemId <= 0)
        return nullptr;
    std::optional<Item> item;
    try {
        item = ItemService(m_db).item(m_session, itemId);
        if (!item)
            throw Error(tr("Item %1 does not exist.").arg(itemId));
        // Refused before the password is asked for, with core's reason.
        ItemService(m_db).capabilities(m_session, *item).attestPaperReview.require();
    } catch (const Error& e) {
        reportError(tr("Not attested"), e);
        return nullptr;
    }
    auto* dialog = new AttestPaperReviewDialog(m_db, m_session, *item, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &QObject::destroyed, dialog, &QObject::deleteLater);
    connect(dialog, &QDialog::accepted, this, [this, itemId] {
        changed(itemId, tr("The paper review of item %1 was attested.").arg(itemId));
    });
    connect(dialog, &QDialog::finished, this, &ReviewActions::updateActions);
    dialog->open();
    return dialog;
}

void ReviewActions::showHistory(qint64 itemId)
{
    if (itemId <= 0)
        return;
    ReviewStatus status;
    try {
        status = ReviewService(m_db).status(m_session, itemId);
    } catch (const Error& e) {
        reportError(tr("Review history"), e);
        return;
    }
    auto* dialog = new QDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("reviewHistoryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Review history of “%1”").arg(status.item.title));
    auto* browser = new QTextBrowser(dialog);
    browser->setHtml(ReviewHistoryHtml::html(status));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(520, 480);
    dialog->show();
}

} // namespace gongkai::ui
