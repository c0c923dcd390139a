#pragma once

#include <QMainWindow>

#include <memory>

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;
class QUndoStack;

namespace gongkai {
class Database;
struct DbLocation;
} // namespace gongkai

namespace gongkai::ui {

class AdminActions;
class FilterBar;
class ItemActions;
class ItemDetailsView;
class LedgerModel;
class LedgerTransfer;
class LedgerView;

/// The workstation's window: the ledger with its filter bar, the details pane, menus for databases,
/// editing and administration, and the count of matching items in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The program's name as shown to users.
    static QString productName();

    /// Shows this database, closing the previous one; remembers it as the current database.
    void setDatabase(std::unique_ptr<Database> db);
    Database* database() const { return m_db.get(); }
    LedgerModel* ledgerModel() const { return m_model; }
    LedgerView* ledgerView() const { return m_view; }

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

    void currentItemChanged(qint64 itemId);
    void itemChanged(qint64 itemId);
    void listsChanged();
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

    QLabel* m_countLabel;
    QLabel* m_databaseLabel;
    QMenu* m_editMenu = nullptr;
    QMenu* m_adminMenu = nullptr;
    QMenu* m_recentMenu = nullptr;
    QToolBar* m_toolBar = nullptr;

    QAction* m_newDatabaseAction = nullptr;
    QAction* m_openDatabaseAction = nullptr;
    QAction* m_connectAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_undoAction = nullptr;
    QAction* m_redoAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_aboutAction = nullptr;
};

} // namespace gongkai::ui
