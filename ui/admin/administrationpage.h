#pragma once

#include <QWidget>

class QAction;
class QGridLayout;
class QLabel;

namespace gongkai::ui {

/// What the administrator sees instead of the ledger (which is not theirs to read): their tools as
/// large buttons (accounts, lists, the review chain, the word list, the report template), the same
/// actions as the Administration menu.
class AdministrationPage : public QWidget
{
    Q_OBJECT
public:
    explicit AdministrationPage(QWidget* parent = nullptr);

    /// Adds a button for the action (its text, tooltip and status tip).
    void addTool(QAction* action);
    /// The actions shown, in order.
    QList<QAction*> tools() const { return m_tools; }

private:
    QGridLayout* m_grid;
    QList<QAction*> m_tools;
};

} // namespace gongkai::ui
