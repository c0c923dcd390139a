#pragma once

#include "review/session.h"

#include "screening/itemscreening.h"

#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QWidget;

namespace gongkai {
class Database;
class Error;
struct InboxEntry;
} // namespace gongkai

namespace gongkai::ui {

class AttestPaperReviewDialog;
class SendBackDialog;
class SignDialog;

/// The review chain's actions on the current item for the signed-in user: submit and recall (its
/// author), approve and send back (the signer whose step is next), attest a paper review (a signer, for
/// an item never reviewed), and the review history. Each action is enabled only when core allows it
/// (ItemService::capabilities, ReviewRules for the step), and its tooltip says why not. The main window
/// puts them in its Review menu and tells the current item; the views follow the database's change
/// events.
class ReviewActions : public QObject
{
    Q_OBJECT
public:
    ReviewActions(Database& db, const Session& session, QWidget* dialogParent);
    ~ReviewActions() override;

    QAction* submitAction() const { return m_submit; }
    QAction* recallAction() const { return m_recall; }
    QAction* approveAction() const { return m_approve; }
    QAction* sendBackAction() const { return m_sendBack; }
    QAction* attestAction() const { return m_attest; }
    QAction* historyAction() const { return m_history; }
    /// All of them in menu order (nullptr marks a separator).
    QList<QAction*> actions() const;

    const Session& session() const { return m_session; }
    qint64 currentItem() const { return m_current; }

    /// Asks the author why an item with high findings should be submitted as it stands; returns the
    /// reason, or nothing when they cancel. The default opens OverrideReasonDialog; tests replace it.
    using ReasonAsker = std::function<std::optional<QString>(qint64 itemId, const ItemScreeningResult& findings)>;
    void setReasonAsker(ReasonAsker asker) { m_askReason = std::move(asker); }

public slots:
    /// 0 when nothing is selected.
    void setCurrentItem(qint64 itemId);
    /// Rereads the current item's review and enables the actions accordingly.
    void updateActions();

    bool submit(qint64 itemId);
    bool recall(qint64 itemId);
    /// Opens the sign dialog for the item's next step (window-modal; deleted when closed); nullptr
    /// when the item cannot be signed now (the reason is reported).
    SignDialog* approve(qint64 itemId);
    /// The same from the inbox: signs the step the entry shows, as the signer saw it.
    SignDialog* approveEntry(const gongkai::InboxEntry& entry);
    SendBackDialog* sendBack(qint64 itemId);
    /// Opens the dialog in which a signer attests the item's paper review (window-modal; deleted when
    /// closed); nullptr when core does not allow it (the reason is reported).
    AttestPaperReviewDialog* attestPaperReview(qint64 itemId);
    /// Shows the item's review history in a window of its own.
    void showHistory(qint64 itemId);

signals:
    /// A short confirmation for the status bar.
    void message(const QString& text);
    /// An action was refused; the message is also shown to the user.
    void failed(const QString& message);

private:
    void reportError(const QString& title, const Error& error);
    void changed(qint64 itemId, const QString& text);
    SignDialog* openSignDialog(qint64 itemId, const InboxEntry* entry);
    static void explain(QAction* action, bool enabled, const QString& why);

    Database& m_db;
    Session m_session;
    QWidget* m_dialogParent;
    ReasonAsker m_askReason;
    qint64 m_current = 0;
    QAction* m_submit;
    QAction* m_recall;
    QAction* m_approve;
    QAction* m_sendBack;
    QAction* m_attest;
    QAction* m_history;
};

} // namespace gongkai::ui
