#pragma once

#include <QObject>
#include <QPointer>

class QDockWidget;
class QLabel;

namespace gongkai::ui {

class InboxView;
class MainWindow;
class ReviewActions;

/// Puts the review chain into the main window: the Review menu's actions (also in the ledger's context
/// menu and, for attesting a paper review, the details pane), the inbox dock (待审) with its count in the
/// dock title and the status bar, and the notice at sign-in. It follows the window's session
/// (sessionChanged) and current item; the ledger, the inbox and the details follow the change events.
class ReviewWorkflow : public QObject
{
    Q_OBJECT
public:
    explicit ReviewWorkflow(MainWindow* window);
    ~ReviewWorkflow() override;

    /// nullptr while nobody who reads the ledger is signed in.
    ReviewActions* actions() const;
    InboxView* inbox() const { return m_inbox; }
    QDockWidget* inboxDock() const { return m_dock; }

public slots:
    /// Shows "N items wait for your signature" in the status bar (none when nothing waits); the shell
    /// calls it after sign-in.
    void announceInbox();

private:
    void sessionChanged();
    void countChanged(int count);

    MainWindow* m_window;
    QPointer<ReviewActions> m_actions;
    InboxView* m_inbox;
    QDockWidget* m_dock;
    QLabel* m_countLabel;
};

} // namespace gongkai::ui
