#include "reportactions.h"

#include "quarterlyreportwindow.h"
#include "reporttemplatedialog.h"

#include "ledger/itemactions.h"
#include "ledger/ledgerview.h"
#include "mainwindow.h"

#include "review/permissions.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>

namespace gongkai::ui {

ReportActions::ReportActions(MainWindow* window)
    : QObject(window), m_window(window), m_open(new QAction(tr("&Quarterly Self-Inspection Report…"), this)),
      m_template(new QAction(tr("Quarterly Report &Template…"), this))
{
    m_open->setObjectName(QStringLiteral("quarterlyReportAction"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_open->setStatusTip(
        tr("The quarter's figures from the ledger, the office's text, print, PDF and the archive"));
    connect(m_open, &QAction::triggered, this, &ReportActions::open);
    m_template->setObjectName(QStringLiteral("reportTemplateAction"));
    m_template->setStatusTip(tr("Edit the text of the quarterly self-inspection report"));
    connect(m_template, &QAction::triggered, this, &ReportActions::editTemplate);

    QMenu* menu = window->reportsMenu();
    const QList<QAction*> existing = menu->actions();
    menu->insertAction(existing.isEmpty() ? nullptr : existing.constFirst(), m_open);
    if (!existing.isEmpty())
        menu->insertSeparator(existing.constFirst());
    connect(window, &MainWindow::sessionChanged, this, &ReportActions::sessionChanged);
    connect(window, &MainWindow::lockChanged, this, &ReportActions::lockChanged);
    connect(window, &MainWindow::signOutRequested, this, [this](bool* allowed) {
        if (m_reportWindow && !m_reportWindow->confirmLeave())
            *allowed = false;
    });
    window->installEventFilter(this);
    sessionChanged();
}

ReportActions::~ReportActions()
{
    delete m_reportWindow;
}

QuarterlyReportWindow* ReportActions::reportWindow() const
{
    return m_reportWindow.data();
}

void ReportActions::sessionChanged()
{
    // A window made for the previous user or database never outlives them.
    delete m_reportWindow;
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

    // The main window rebuilds the Administration menu before announcing the session: add to it again.
    const bool admin =
        m_window->database() && session && Permissions::allows(session->user(), Permission::ManageTemplates);
    m_template->setEnabled(admin);
    if (admin)
        m_window->addAdministrationAction(m_template);
}

void ReportActions::open()
{
    const Session* session = m_window->session();
    Database* db = m_window->database();
    if (!session || !db || m_window->isLocked() || !m_open->isEnabled())
        return;
    if (!m_reportWindow) {
        m_reportWindow = new QuarterlyReportWindow(*db, *session, m_window);
        connect(m_reportWindow, &QuarterlyReportWindow::itemRequested, this, &ReportActions::showItem);
    }
    m_reportWindow->show();
    m_reportWindow->raise();
    m_reportWindow->activateWindow();
}

void ReportActions::editTemplate()
{
    const Session* session = m_window->session();
    Database* db = m_window->database();
    if (!session || !db || m_window->isLocked() || !m_template->isEnabled())
        return;
    ReportTemplateDialog dialog(*db, *session, m_window);
    dialog.exec();
}

void ReportActions::showItem(qint64 itemId)
{
    if (m_window->ledgerView() && m_window->ledgerView()->selectItem(itemId)) {
        m_window->raise();
        m_window->activateWindow();
        return;
    }
    // The ledger fetches its rows in pages and may be filtered: the item dialog shows any item, with
    // what core allows this user to change in it.
    if (ItemActions* items = m_window->itemActions())
        items->editItem(itemId);
}

bool ReportActions::eventFilter(QObject* watched, QEvent* event)
{
    // The report window goes with the main window without being asked to close: ask for it.
    if (watched == m_window && event->type() == QEvent::Close && m_reportWindow &&
        !m_reportWindow->confirmLeave()) {
        event->ignore();
        return true;
    }
    return QObject::eventFilter(watched, event);
}

void ReportActions::lockChanged(bool locked)
{
    if (!m_reportWindow)
        return;
    if (locked) {
        m_wasVisible = m_reportWindow->isVisible();
        m_reportWindow->hide();
    } else if (m_wasVisible) {
        m_reportWindow->show();
    }
}

} // namespace gongkai::ui
