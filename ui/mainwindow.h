#pragma once

#include "review/session.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QToolBar;
class QUndoStack;

namespace gongkai {
class Database;
struct DbLocation;
} // namespace gongkai

namespace gongkai::ui {

class AdminActions;
class AdministrationPage;
class AuditView;
class FilterBar;
class IdleWatcher;
class ItemActions;
class ItemDetailsView;
class LedgerModel;
class LedgerTransfer;
class LedgerView;
class UnlockDialog;

/// The workstation's window for one signed-in user of one database. What it shows follows the user's
/// roles (separation of duties; core enforces the rules, the window only shows what core allows):
/// readers of the ledger (authors, publishers, signers) get the ledger with its filter bar, details pane
/// and the Review menu; the administrator only their tools (accounts, lists, chain, word list, report
/// template), the auditor only the audit trail. The views follow the database's change events, so
/// nothing is refreshed by hand after an action. After the configured idle time (IdleWatcher) or Ctrl+L
/// the window locks until the same user types their password again (UnlockDialog). The status bar shows
/// the count of matching items and the user.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The program's name as shown to users.
    static QString productName();

    /// Shows this database, closing the previous one; remembers it as the current database. Nobody is
    /// signed in yet: the window shows nothing of it until setSession().
    void setDatabase(std::unique_ptr<Database> db);
    /// Shows the database for this user (signed in to it, e.g. by SignIn).
    void setDatabase(std::unique_ptr<Database> db, const Session& session);
    /// Signs this user in to the current database's window (their roles choose what it shows). An
    /// empty session shows nothing but the way to sign in.
    void setSession(const std::optional<Session>& session);
    /// The signed-in user, or nullptr.
    const Session* session() const { return m_session ? &*m_session : nullptr; }
    /// The Review menu (审查), shown to readers of the ledger; its actions are added by the review workflow.
    QMenu* reviewMenu() const { return m_reviewMenu; }
    /// The Reports menu (报告); the report features add their actions, it shows when one is visible.
    QMenu* reportsMenu() const { return m_reportsMenu; }
    /// The Administration menu, rebuilt when the session changes (connect to sessionChanged to add to it
    /// through addAdministrationAction).
    QMenu* administrationMenu() const { return m_adminMenu; }
    /// The ledger's context menu (the current item's actions); rebuilt when the session changes.
    QMenu* itemContextMenu() const { return m_itemMenu; }
    /// Adds an administrator's tool to the Administration menu and the administrator's page (while an
    /// administrator is signed in).
    void addAdministrationAction(QAction* action);
    /// The Edit menu; rebuilt when the session changes (connect to sessionChanged to add to it).
    QMenu* editMenu() const { return m_editMenu; }
    QToolBar* mainToolBar() const { return m_toolBar; }
    ItemActions* itemActions() const { return m_itemActions; }
    AuditView* auditView() const { return m_auditView; }
    IdleWatcher* idleWatcher() const { return m_idle; }
    bool isLocked() const { return m_unlockDialog != nullptr; }
    /// False (tests): signing out does not open the login dialog.
    void setSignInPrompts(bool prompt) { m_signInPrompts = prompt; }
    Database* database() const { return m_db.get(); }
    LedgerModel* ledgerModel() const { return m_model; }
    LedgerView* ledgerView() const { return m_view; }
    ItemDetailsView* detailsView() const { return m_details; }
    /// The administrator's page, or nullptr.
    AdministrationPage* administrationPage() const { return m_adminPage; }

public slots:
    /// Covers the window until the user's password is typed again (idle lock, Ctrl+L).
    void lock();
    /// Records the sign-out and shows the login dialog (switch user); message says why, if not asked.
    void signOut(const QString& message = {});

signals:
    /// Someone signed in or out, or the database changed: session() and the menus are new.
    void sessionChanged();
    /// The current item of the ledger changed (0 for none).
    void currentItemIdChanged(qint64 itemId);
    /// The window was locked (true) or unlocked (false): other windows of the session hide meanwhile.
    void lockChanged(bool locked);
    /// The user asked to sign out: a receiver with unsaved work asks the user and may set *allowed to
    /// false to stay signed in (a forced sign-out does not ask).
    void signOutRequested(bool* allowed);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createLanguageMenu(QMenu* menu);
    void rebuildDatabaseActions();
    void rebuildRecentMenu();
    void restoreLayout();
    void saveLayout();

    void newDatabase();
    void openDatabase();
    void connectToServer();
    void openRecent(const QString& location);
    /// Opens and switches; on failure explains and keeps the current database.
    void switchTo(const DbLocation& location, bool create, const QString& password = {});
    void refresh();
    void about();

    /// Builds what the session's roles may see; clearSessionParts() takes it down.
    void applySession();
    void clearSessionParts();
    void promptSignIn(const QString& message);
    void unlockFinished();
    void changePassword();
    void updateUser();

    void currentItemChanged(qint64 itemId);
    void itemAdded(qint64 itemId);
    void updateTitle();
    void updateCount();

    std::unique_ptr<Database> m_db;
    LedgerModel* m_model = nullptr;
    LedgerView* m_view;
    FilterBar* m_filterBar;
    ItemDetailsView* m_details;
    QDockWidget* m_detailsDock;
    QUndoStack* m_undoStack;
    LedgerTransfer* m_transfer;
    ItemActions* m_itemActions = nullptr;
    AdminActions* m_adminActions = nullptr;
    bool m_demo = false;
    std::optional<Session> m_session;
    QStackedWidget* m_pages;
    QWidget* m_ledgerPage;
    QWidget* m_signedOutPage;
    AuditView* m_auditView = nullptr;
    AdministrationPage* m_adminPage = nullptr;
    IdleWatcher* m_idle;
    UnlockDialog* m_unlockDialog = nullptr;
    bool m_signInPrompts = true;
    bool m_detailsWereVisible = true;
    bool m_detailsHiddenForRole = false;

    QLabel* m_countLabel;
    QLabel* m_databaseLabel;
    QLabel* m_userLabel;
    QLabel* m_signedOutLabel;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_editMenu = nullptr;
    QMenu* m_adminMenu = nullptr;
    QMenu* m_reviewMenu = nullptr;
    QMenu* m_reportsMenu = nullptr;
    QMenu* m_itemMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QToolBar* m_toolBar = nullptr;

    QAction* m_newDatabaseAction = nullptr;
    QAction* m_openDatabaseAction = nullptr;
    QAction* m_connectAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_signOutAction = nullptr;
    QAction* m_lockAction = nullptr;
    QAction* m_changePasswordAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace gongkai::ui
