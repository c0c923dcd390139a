#include "workrecordsactions.h"

#include "workrecordswindow.h"

#include "mainwindow.h"

#include "review/permissions.h"

#include <QAction>
#include <QMenu>

namespace gongkai::ui {

WorkRecordsActions::WorkRecordsActions(MainWindow* window)
    : QObject(window), m_window(window), m_open(new QAction(tr("&Work Records…"), this))
{
    m_open->setObjectName(QStringLiteral("workRecordsAction"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_open->setStatusTip(tr("Trainings, online interviews, press conferences and reading-room deliveries"));
    connect(m_open, &QAction::triggered, this, &WorkRecordsActions::open);
    window->reportsMenu()->addAction(m_open);
    connect(window, &MainWindow::sessionChanged, this, &WorkRecordsActions::sessionChanged);
    connect(window, &MainWindow::lockChanged, this, &WorkRecordsActions::lockChanged);
    sessionChanged();
}

WorkRecordsActions::~WorkRecordsActions()
{
    delete m_recordsWindow;
}

WorkRecordsWindow* WorkRecordsActions::recordsWindow() const
{
    return m_recordsWindow.data();
}

void WorkRecordsActions::sessionChanged()
{
    // A window made for the previous user or database never outlives them.
    delete m_recordsWindow;
    const Session* session = m_window->session();
    const bool reader =
        m_window->database() && session && Permissions::allows(session->user(), Permission::ReadLedger);
    m_open->setEnabled(reader);
    m_open->setVisible(reader);
    QMenu* menu = m_window->reportsMenu();
    bool any = false;
    for (QAction* a : menu->actions())
        any = any || (a->isVisible() && !a->isSeparator());
    menu->menuAction()->setVisible(any);
}

void WorkRecordsActions::open()
{
    const Session* session = m_window->session();
    Database* db = m_window->database();
    if (!session || !db || m_window->isLocked())
        return;
    if (!m_recordsWindow)
        m_recordsWindow = new WorkRecordsWindow(*db, *session, m_window);
    m_recordsWindow->show();
    m_recordsWindow->raise();
    m_recordsWindow->activateWindow();
}

void WorkRecordsActions::lockChanged(bool locked)
{
    if (!m_recordsWindow)
        return;
    if (locked) {
        m_wasVisible = m_recordsWindow->isVisible();
        m_recordsWindow->hide();
    } else if (m_wasVisible) {
        m_recordsWindow->show();
    }
}

} // namespace gongkai::ui
