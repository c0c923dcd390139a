#include "reviewworkflow.h"

#include "inboxview.h"
#include "reviewactions.h"

#include "ledger/itemdetailsview.h"
#include "ledger/ledgerview.h"
#include "mainwindow.h"

#include "review/permissions.h"

#include <QDockWidget>
#include <QLabel>
#include <QMenu>
#include <QStatusBar>

namespace gongkai::ui {

ReviewWorkflow::ReviewWorkflow(MainWindow* window)
    : QObject(window), m_window(window), m_inbox(new InboxView), m_dock(new QDockWidget(window)),
      m_countLabel(new QLabel(window))
{
    m_dock->setObjectName(QStringLiteral("inboxDock"));
    m_dock->setWidget(m_inbox);
    m_dock->setWindowTitle(m_inbox->title());
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    m_dock->hide();
    m_countLabel->setObjectName(QStringLiteral("inboxCountLabel"));
    m_countLabel->hide();
    window->statusBar()->addPermanentWidget(m_countLabel);

    connect(m_inbox, &InboxView::countChanged, this, &ReviewWorkflow::countChanged);
    connect(m_inbox, &InboxView::itemSelected, this, [this](qint64 id) {
        if (LedgerView* view = m_window->ledgerView())
            view->selectItem(id);
    });
    connect(m_inbox, &InboxView::signRequested, this, [this](const InboxEntry& entry) {
        if (m_actions)
            m_actions->approveEntry(entry);
    });
    connect(window, &MainWindow::sessionChanged, this, &ReviewWorkflow::sessionChanged);
    connect(window, &MainWindow::currentItemIdChanged, this, [this](qint64 id) {
        if (m_actions)
            m_actions->setCurrentItem(id);
    });
    connect(window->detailsView(), &ItemDetailsView::attestPaperReviewRequested, this, [this](qint64 id) {
        if (m_actions)
            m_actions->attestPaperReview(id);
    });
    sessionChanged();
}

ReviewWorkflow::~ReviewWorkflow() = default;

ReviewActions* ReviewWorkflow::actions() const
{
    return m_actions.data();
}

void ReviewWorkflow::sessionChanged()
{
    delete m_actions;
    Database* db = m_window->database();
    const Session* session = m_window->session();
    const std::optional<Session> current = session ? std::optional<Session>(*session) : std::nullopt;
    const bool ledger = db && session && Permissions::allows(session->user(), Permission::ReadLedger);
    const bool signer = ledger && Permissions::allows(session->user(), Permission::SignReviews);

    QMenu* menu = m_window->reviewMenu();
    menu->clear();
    if (ledger) {
        m_actions = new ReviewActions(*db, *session, m_window);
        m_actions->setCurrentItem(m_window->ledgerView()->currentItemId());
        connect(m_actions, &ReviewActions::message, this,
                [this](const QString& text) { m_window->statusBar()->showMessage(text, 10000); });
        QMenu* context = m_window->itemContextMenu();
        context->addSeparator();
        for (QAction* action : m_actions->actions()) {
            if (action) {
                menu->addAction(action);
                context->addAction(action);
            } else {
                menu->addSeparator();
                context->addSeparator();
            }
        }
        menu->addSeparator();
        menu->addAction(m_dock->toggleViewAction());
    }
    m_inbox->setDatabase(ledger ? db : nullptr);
    m_inbox->setSession(ledger ? current : std::nullopt);
    m_dock->setVisible(signer);
    m_dock->toggleViewAction()->setEnabled(signer);
    m_countLabel->setVisible(signer);
    if (signer)
        announceInbox();
}

void ReviewWorkflow::announceInbox()
{
    const QString notice = m_inbox->signInNotice();
    if (!notice.isEmpty())
        m_window->statusBar()->showMessage(notice, 15000);
}

void ReviewWorkflow::countChanged(int count)
{
    m_dock->setWindowTitle(m_inbox->title());
    m_countLabel->setText(tr("To sign: %1").arg(count));
    m_countLabel->setToolTip(m_inbox->signInNotice());
}

} // namespace gongkai::ui
