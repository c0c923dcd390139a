#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;

namespace gongkai::ui {

class MainWindow;
class QuarterlyReportWindow;

/// Puts "Quarterly Self-Inspection Report…" (Ctrl+Shift+R) at the top of the main window's Reports menu
/// (报告) for readers of the ledger, and "Quarterly Report Template…" in the Administration menu for the
/// administrator. The report window follows the main window: it closes when the user or the database
/// changes, hides while the window is locked, and shows in the ledger the items its figures count.
class ReportActions : public QObject
{
    Q_OBJECT
public:
    explicit ReportActions(MainWindow* window);
    ~ReportActions() override;

    QAction* openAction() const { return m_open; }
    QAction* templateAction() const { return m_template; }
    /// The open report window, or nullptr.
    QuarterlyReportWindow* reportWindow() const;

public slots:
    void open();
    void editTemplate();

protected:
    /// Closing the main window asks about the report's unsaved text first.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void sessionChanged();
    void lockChanged(bool locked);
    void showItem(qint64 itemId);

    MainWindow* m_window;
    QAction* m_open;
    QAction* m_template;
    QPointer<QuarterlyReportWindow> m_reportWindow;
    bool m_wasVisible = false;
};

} // namespace gongkai::ui
