#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace gongkai::ui {

class MainWindow;
class WorkRecordsWindow;

/// Puts "Work Records…" (Ctrl+Shift+W) in the main window's Reports menu (报告) and opens the work-records window for the signed-in user. Only readers of the
/// ledger see the entry. The window closes when the user or the database changes and hides while the
/// main window is locked.
class WorkRecordsActions : public QObject
{
    Q_OBJECT
public:
    explicit WorkRecordsActions(MainWindow* window);
    ~WorkRecordsActions() override;

    QAction* openAction() const { return m_open; }
    /// The open window, or nullptr.
    WorkRecordsWindow* recordsWindow() const;

public slots:
    void open();

private:
    void sessionChanged();
    void lockChanged(bool locked);

    MainWindow* m_window;
    QAction* m_open;
    QPointer<WorkRecordsWindow> m_recordsWindow;
    bool m_wasVisible = false;
};

} // namespace gongkai::ui
