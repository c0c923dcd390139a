#include "mainwindow.h"

#include "admin/adminactions.h"
#include "admin/administrationpage.h"
#include "audit/auditview.h"
#include "auth/changepassworddialog.h"
#include "auth/idlewatcher.h"
#include "auth/signin.h"
#include "auth/unlockdialog.h"
#include "language.h"
#include "ledger/filterbar.h"
#include "ledger/itemactions.h"
#include "ledger/itemdetailsview.h"
#include "ledger/ledgertransfer.h"
#include "ledger/ledgerview.h"
#include "models/ledgermodel.h"
#include "review/reviewprintactions.h"
#include "records/workrecordsactions.h"
#include "reports/reportactions.h"
#include "review/reviewworkflow.h"
#include "widgets/databasechooser.h"
#include "widgets/databaseopener.h"

#include "demo/demogenerator.h"
#include "error.h"
#include "review/authservice.h"
#include "review/permissions.h"
#include "storage/database.h"
#include "storage/databasechoice.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QTimer>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace gongkai::ui {

namespace {
const auto kGeometryKey = QLatin1String("mainwindow/geometry");
const auto kStateKey = QLatin1String("mainwindow/state");
const auto kHeaderKey = QLatin1String("mainwindow/ledgerHeader");

QString shortName(const DbLocation& location)
{
    if (location.isServer())
        return QStringLiteral("%1@%2/%3").arg(location.user, location.host, location.database);
    return QFileInfo(location.path).fileName();
}

QString longName(const DbLocation& location)
{
    return location.isServer() ? location.toString() : QDir::toNativeSeparators(location.path);
}

/// A toolbar button shows its action's text without the menu's decoration: Qt drops the "&" but
/// not the bracketed accelerator of Chinese menus ("新增信息(&N)…") nor the ellipsis.
void showPlainToolText(QAction* action)
{
    static const QRegularExpression decoration(QStringLiteral("\\(&\\w\\)|&(?=\\S)|…$|\\.\\.\\.$"));
    const auto update = [action] {
        const QString plain = QString(action->text()).remove(decoration).trimmed();
        if (action->iconText() != plain)
            action->setIconText(plain);
    };
    update();
    if (!action->property("plainToolText").toBool()) {
        action->setProperty("plainToolText", true);
        QObject::connect(action, &QAction::changed, action, update); // the undo texts change
    }
}
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_view(new LedgerView), m_filterBar(new FilterBar), m_details(new ItemDetailsView),
      m_detailsDock(new QDockWidget(tr("Details"), this)), m_undoStack(new QUndoStack(this)),
      m_transfer(new LedgerTransfer(this)), m_pages(new QStackedWidget), m_ledgerPage(new QWidget),
      m_signedOutPage(new QWidget), m_idle(new IdleWatcher(this)), m_countLabel(new QLabel),
      m_databaseLabel(new QLabel), m_userLabel(new QLabel), m_signedOutLabel(new QLabel)
{
    auto* layout = new QVBoxLayout(m_ledgerPage);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    // Shown while nobody is signed in and while the window is locked.
    m_signedOutPage->setObjectName(QStringLiteral("signedOutPage"));
    m_signedOutLabel->setObjectName(QStringLiteral("signedOutLabel"));
    m_signedOutLabel->setAlignment(Qt::AlignCenter);
    m_signedOutLabel->setWordWrap(true);
    auto* signInButton = new QPushButton(tr("&Sign In…"));
    signInButton->setObjectName(QStringLiteral("signInButton"));
    connect(signInButton, &QPushButton::clicked, this, [this] { promptSignIn({}); });
    auto* signedOut = new QVBoxLayout(m_signedOutPage);
    signedOut->addStretch(1);
    signedOut->addWidget(m_signedOutLabel);
    signedOut->addWidget(signInButton, 0, Qt::AlignCenter);
    signedOut->addStretch(1);
    m_pages->addWidget(m_ledgerPage);
    m_pages->addWidget(m_signedOutPage);
    setCentralWidget(m_pages);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);

    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    m_detailsDock->setAllowedAreas(Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea |
                                   Qt::BottomDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addPermanentWidget(m_countLabel); // permanent: messages must not overlap it
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    createMenus();

    connect(m_filterBar, &FilterBar::filterChanged, this, [this](const LedgerFilter& filter) {
        m_transfer->setFilter(filter);
        if (m_model)
            m_model->setFilter(filter);
    });
    connect(m_view, &LedgerView::currentItemChanged, this, &MainWindow::currentItemChanged);
    connect(m_view, &LedgerView::editRequested, this, [this](qint64 id) {
        if (m_itemActions && id > 0)
            m_itemActions->editItem(id);
    });
    // The current item's actions at the mouse: the item actions here, the review's by ReviewWorkflow.
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        if (m_model && !m_itemMenu->isEmpty())
            m_itemMenu->popup(m_view->viewport()->mapToGlobal(at));
    });

    // First start: most of the screen, as the ledger has many columns.
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        resize(std::min(1600, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
    }
    // Printing (File → Print): the current item's review form and the monthly summary, for ledger readers.
    auto* printing = new ReviewPrintActions(this);
    auto* printMenu = new QMenu(tr("&Print"), m_fileMenu);
    printMenu->addActions(printing->actions());
    m_fileMenu->insertMenu(m_lockAction, printMenu);
    m_fileMenu->insertSeparator(m_lockAction);
    connect(this, &MainWindow::currentItemIdChanged, printing, &ReviewPrintActions::setCurrentItem);
    connect(this, &MainWindow::sessionChanged, printing, [this, printing, printMenu] {
        printing->setSession(m_db.get(), m_session);
        printing->setCurrentItem(m_model ? m_view->currentItemId() : 0);
        printMenu->menuAction()->setVisible(m_model != nullptr);
        if (m_model) { // the current item's review form, at the mouse too
            m_itemMenu->addSeparator();
            m_itemMenu->addAction(printing->previewFormAction());
            m_itemMenu->addAction(printing->printFormAction());
        }
    });
    printMenu->menuAction()->setVisible(false);

    restoreLayout();
    applySession();
    updateTitle();
    updateCount();
    // The review chain's menu entries, inbox dock and count follow sessionChanged.
    new ReviewWorkflow(this);
    // Reports → Work Records (工作记录), for readers of the ledger.
    new WorkRecordsActions(this);
    // Reports → Quarterly Self-Inspection Report (季度自查报告); its template under Administration.
    new ReportActions(this);
}

MainWindow::~MainWindow()
{
    // The view, the actions and the model refer to the database: they go first.
    delete m_unlockDialog;
    m_view->setLedgerModel(nullptr);
    delete m_model;
    delete m_itemActions;
    delete m_adminActions;
    delete m_auditView;
    delete m_adminPage;
}

QString MainWindow::productName()
{
    return tr("Gongkai Disclosure Workstation");
}

void MainWindow::createActions()
{
    m_newDatabaseAction = new QAction(tr("&New Database…"), this);
    m_newDatabaseAction->setStatusTip(tr("Create an empty database file"));
    connect(m_newDatabaseAction, &QAction::triggered, this, &MainWindow::newDatabase);

    m_openDatabaseAction =
        new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Database…"), this);
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    m_openDatabaseAction->setStatusTip(tr("Open a database file"));
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::openDatabase);

    m_connectAction = new QAction(tr("Connect to &Server…"), this);
    m_connectAction->setStatusTip(tr("Use the office's shared PostgreSQL database"));
    connect(m_connectAction, &QAction::triggered, this, &MainWindow::connectToServer);

    connect(m_transfer, &LedgerTransfer::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 15000); });

    m_signOutAction = new QAction(tr("Sign &Out / Switch User…"), this);
    m_signOutAction->setStatusTip(tr("End your session and let someone else sign in"));
    m_signOutAction->setObjectName(QStringLiteral("signOutAction"));
    connect(m_signOutAction, &QAction::triggered, this, [this] {
        // Other windows of the session (the report's unsaved text) may ask to stay.
        bool allowed = true;
        if (m_session)
            emit signOutRequested(&allowed);
        if (allowed)
            signOut();
    });
    m_lockAction = new QAction(tr("&Lock Window"), this);
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lockAction->setStatusTip(tr("Cover the window until you type your password again"));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    m_changePasswordAction = new QAction(tr("Change &Password…"), this);
    connect(m_changePasswordAction, &QAction::triggered, this, &MainWindow::changePassword);

    m_quitAction = new QAction(tr("&Quit"), this);
    // QKeySequence::Quit has no key on Windows; offices expect Ctrl+Q everywhere.
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoStack->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undoStack->createRedoAction(this, tr("&Redo"));
    m_redoAction->setShortcut(QKeySequence::Redo);

    m_findAction = new QAction(tr("&Search the Ledger"), this);
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusText);

    m_refreshAction = new QAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Refresh"), this);
    m_refreshAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_refreshAction->setStatusTip(tr("Reread the ledger, e.g. after colleagues changed it"));
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::refresh);

    m_aboutAction = new QAction(tr("&About %1").arg(productName()), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::createMenus()
{
    QMenu* file = m_fileMenu = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newDatabaseAction);
    file->addAction(m_openDatabaseAction);
    file->addAction(m_connectAction);
    m_recentMenu = file->addMenu(tr("&Recent Databases"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(m_transfer->exportAction());
    file->addAction(m_transfer->importAction());
    file->addSeparator();
    file->addAction(m_lockAction);
    file->addAction(m_signOutAction);
    file->addAction(m_changePasswordAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));

    QMenu* view = m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction* details = m_detailsDock->toggleViewAction();
    details->setText(tr("&Details Pane"));
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    view->addAction(details);
    view->addAction(m_refreshAction);
    view->addSeparator();
    createLanguageMenu(view->addMenu(tr("&Language")));

    m_reviewMenu = menuBar()->addMenu(tr("&Review"));
    m_reviewMenu->setObjectName(QStringLiteral("reviewMenu"));
    m_reportsMenu = menuBar()->addMenu(tr("Re&ports"));
    m_reportsMenu->setObjectName(QStringLiteral("reportsMenu"));
    m_reportsMenu->menuAction()->setVisible(false); // until a report feature offers something
    m_adminMenu = menuBar()->addMenu(tr("&Administration"));
    m_adminMenu->setObjectName(QStringLiteral("adminMenu"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);

    m_itemMenu = new QMenu(this);
    m_itemMenu->setObjectName(QStringLiteral("itemContextMenu"));

    rebuildDatabaseActions();
}

void MainWindow::createLanguageMenu(QMenu* menu)
{
    auto* group = new QActionGroup(menu);
    const QString saved = Language::saved();
    auto add = [&](const QString& code, const QString& text) {
        QAction* action = menu->addAction(text);
        action->setCheckable(true);
        action->setChecked(code == saved);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] {
            Language::save(code);
            QMessageBox::information(
                this, tr("Language"),
                tr("The new language is used from the next start of %1.").arg(productName()));
        });
    };
    add(QString(), tr("System Default"));
    menu->addSeparator();
    for (const QString& code : Language::available())
        add(code, Language::nativeName(code));
}

void MainWindow::rebuildDatabaseActions()
{
    m_editMenu->clear();
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_adminMenu->clear();
    m_toolBar->clear();
    m_itemMenu->clear();
    if (m_itemActions) {
        QAction* edit = m_itemActions->editItemAction();
        // Enter in the table edits too (see LedgerView); the menu shows the key that works anywhere.
        // "New Item" is hidden for those who may not create items (ItemService::canCreate).
        m_editMenu->addAction(m_itemActions->newItemAction());
        m_editMenu->addAction(edit);
        m_editMenu->addAction(m_itemActions->withdrawItemAction());
        m_toolBar->addAction(m_itemActions->newItemAction());
        m_toolBar->addAction(edit);
        m_toolBar->addAction(m_itemActions->withdrawItemAction());
        m_toolBar->addSeparator();
        m_itemMenu->addAction(edit);
        m_itemMenu->addAction(m_itemActions->withdrawItemAction());
    }
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_toolBar->addAction(m_undoAction);
    m_toolBar->addAction(m_redoAction);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_refreshAction);
    for (QAction* action : m_toolBar->actions())
        showPlainToolText(action);
    if (m_adminActions) {
        addAdministrationAction(m_adminActions->usersAction());
        m_adminMenu->addSeparator();
        addAdministrationAction(m_adminActions->departmentsAction());
        addAdministrationAction(m_adminActions->channelsAction());
        addAdministrationAction(m_adminActions->categoriesAction());
        m_adminMenu->addSeparator();
        addAdministrationAction(m_adminActions->chainAction());
        addAdministrationAction(m_adminActions->wordListAction());
        // The historical ledger's missing names (departments, lists, authors), created in one step.
        m_adminMenu->addSeparator();
        addAdministrationAction(m_transfer->createNamesAction());
    }
    // Menus the user's roles have no use for are not shown at all.
    const bool ledger = m_model != nullptr;
    m_editMenu->menuAction()->setVisible(ledger);
    m_viewMenu->menuAction()->setVisible(true);
    m_adminMenu->menuAction()->setVisible(m_adminActions != nullptr);
    m_reviewMenu->menuAction()->setVisible(ledger);
    m_toolBar->setVisible(ledger);
    m_transfer->exportAction()->setVisible(ledger);
    m_transfer->importAction()->setVisible(ledger && Permissions::allows(m_session->user(), Permission::ImportLedger));
    m_refreshAction->setEnabled(ledger || m_auditView);
    m_findAction->setEnabled(ledger);
    m_lockAction->setEnabled(m_session.has_value());
    m_changePasswordAction->setEnabled(m_session.has_value());
    m_signOutAction->setEnabled(m_db != nullptr);
    m_signOutAction->setText(m_session ? tr("Sign &Out / Switch User…") : tr("&Sign In…"));
}

void MainWindow::addAdministrationAction(QAction* action)
{
    if (!m_adminMenu->actions().contains(action))
        m_adminMenu->addAction(action);
    if (m_adminPage) {
        showPlainToolText(action);
        m_adminPage->addTool(action);
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = DatabaseChoice::recent();
    for (const QString& location : recent) {
        QAction* action = m_recentMenu->addAction(location);
        connect(action, &QAction::triggered, this, [this, location] { openRecent(location); });
    }
    if (recent.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setEnabled(!recent.isEmpty());
    connect(clear, &QAction::triggered, this, [] { DatabaseChoice::clearRecent(); });
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    if (m_session && m_db) {
        try {
            AuthService(*m_db).logout(*m_session);
        } catch (const Error&) {
            // The old connection may be gone; the sign-out record is not worth an error.
        }
    }
    m_session.reset();
    clearSessionParts();
    m_db = std::move(db);
    m_demo = false;
    if (m_db) {
        try {
            m_demo = DemoGenerator::isDemo(*m_db);
        } catch (const Error&) {
            m_demo = false;
        }
        DatabaseChoice::remember(m_db->location());
    }
    applySession();
    updateTitle();
    emit sessionChanged();
}

void MainWindow::setDatabase(std::unique_ptr<Database> db, const Session& session)
{
    setDatabase(std::move(db));
    setSession(session);
}

void MainWindow::setSession(const std::optional<Session>& session)
{
    if (m_unlockDialog) {
        m_unlockDialog->deleteLater();
        m_unlockDialog = nullptr;
    }
    clearSessionParts();
    m_session = m_db ? session : std::nullopt;
    applySession();
    emit sessionChanged();
}

void MainWindow::clearSessionParts()
{
    m_idle->setActive(false);
    if (m_model)
        QSettings().setValue(kHeaderKey, m_view->saveHeaderState());
    m_view->setLedgerModel(nullptr);
    delete m_model;
    m_model = nullptr;
    delete m_itemActions;
    m_itemActions = nullptr;
    delete m_adminActions;
    m_adminActions = nullptr;
    delete m_auditView;
    m_auditView = nullptr;
    delete m_adminPage;
    m_adminPage = nullptr;
    m_undoStack->clear();
    m_details->setSession(nullptr, std::nullopt);
    m_filterBar->setDatabase(nullptr);
    m_transfer->setSession(nullptr, nullptr);
}

void MainWindow::applySession()
{
    const User* user = m_session ? &m_session->user() : nullptr;
    const bool administrator = user && Permissions::allows(*user, Permission::ManageAccounts);
    const bool auditor = user && Permissions::allows(*user, Permission::ReadAuditTrail);
    // The ledger is for its readers (authors, publishers, signers); the administrator and the auditor
    // never see it, only their own tools.
    const bool ledger = user && Permissions::allows(*user, Permission::ReadLedger);
    if (ledger) {
        m_filterBar->setDatabase(m_db.get());
        m_details->setSession(m_db.get(), m_session);
        m_transfer->setSession(m_db.get(), &*m_session);
        // The filter bar was just cleared: the new model starts with the whole ledger.
        m_model = new LedgerModel(*m_db, this);
        connect(m_model, &LedgerModel::countChanged, this, &MainWindow::updateCount);
        connect(m_model, &LedgerModel::countingChanged, this, &MainWindow::updateCount);
        connect(m_model, &LedgerModel::databaseError, this, [this](const QString& message) {
            statusBar()->showMessage(tr("Reading the ledger failed: %1").arg(message), 15000);
        });
        m_view->setLedgerModel(m_model);
        m_view->restoreHeaderState(QSettings().value(kHeaderKey).toByteArray());
        // Every reader opens items; what they may change there is core's answer (ItemService::capabilities).
        m_itemActions = new ItemActions(*m_db, *m_session, m_undoStack, this);
        connect(m_itemActions, &ItemActions::itemAdded, this, &MainWindow::itemAdded);
        connect(m_itemActions, &ItemActions::notice, this,
                [this](const QString& message) { statusBar()->showMessage(message, 15000); });
        m_itemActions->setCurrentItem(m_view->currentItemId());
        m_pages->setCurrentWidget(m_ledgerPage);
    } else if (auditor) {
        m_auditView = new AuditView(*m_db, *m_session);
        m_auditView->setObjectName(QStringLiteral("auditView"));
        m_pages->addWidget(m_auditView);
        m_pages->setCurrentWidget(m_auditView);
    } else if (administrator) {
        m_transfer->setSession(m_db.get(), &*m_session); // only its "create missing names" is theirs
        m_adminPage = new AdministrationPage;
        m_pages->addWidget(m_adminPage);
        m_pages->setCurrentWidget(m_adminPage);
    } else {
        m_signedOutLabel->setText(!m_db ? tr("No database is open.")
                                  : user ? tr("%1 has no role that uses this window.").arg(user->name)
                                         : tr("Nobody is signed in."));
        m_pages->setCurrentWidget(m_signedOutPage);
    }
    if (administrator)
        m_adminActions = new AdminActions(*m_db, *m_session, this);
    // The pane keeps the state the user left it in (restored layout), unless a role without the ledger hid it.
    if (!ledger && !m_detailsDock->isHidden()) { // isHidden: the window itself may not be shown yet
        m_detailsDock->hide();
        m_detailsHiddenForRole = true;
    } else if (ledger && m_detailsHiddenForRole) {
        m_detailsDock->show();
        m_detailsHiddenForRole = false;
    }
    m_detailsDock->toggleViewAction()->setEnabled(ledger);
    m_idle->setActive(m_session.has_value());
    rebuildDatabaseActions();
    updateUser();
    updateCount();
}

void MainWindow::updateUser()
{
    m_userLabel->setText(m_session ? SignIn::describe(*m_session) : tr("Not signed in"));
}

void MainWindow::promptSignIn(const QString& message)
{
    if (!m_db)
        return;
    const QString login = m_session ? m_session->login() : QString();
    if (const auto session = SignIn::ask(*m_db, this, login, message))
        setSession(session);
}

void MainWindow::signOut(const QString& message)
{
    if (m_session && m_db) {
        try {
            AuthService(*m_db).logout(*m_session);
        } catch (const Error&) {
        }
    }
    setSession(std::nullopt);
    if (m_signInPrompts)
        QTimer::singleShot(0, this, [this, message] { promptSignIn(message); });
    else if (!message.isEmpty())
        m_signedOutLabel->setText(message);
}

void MainWindow::lock()
{
    if (!m_session || !m_db || m_unlockDialog)
        return;
    m_idle->setActive(false);
    m_detailsWereVisible = m_detailsDock->isVisible();
    m_detailsDock->hide();
    m_toolBar->hide();
    m_signedOutLabel->setText(tr("The window is locked."));
    m_pages->setCurrentWidget(m_signedOutPage);
    menuBar()->setEnabled(false);
    m_unlockDialog = new UnlockDialog(*m_db, *m_session, this);
    m_unlockDialog->setObjectName(QStringLiteral("unlockDialog"));
    m_unlockDialog->setWindowModality(Qt::ApplicationModal);
    connect(m_unlockDialog, &QDialog::finished, this, &MainWindow::unlockFinished);
    m_unlockDialog->show(); // not exec(): the window must not wait in a nested event loop
    emit lockChanged(true);
}

void MainWindow::unlockFinished()
{
    UnlockDialog* dialog = m_unlockDialog;
    if (!dialog)
        return;
    m_unlockDialog = nullptr;
    dialog->deleteLater();
    menuBar()->setEnabled(true);
    emit lockChanged(false);
    switch (dialog->outcome()) {
    case UnlockDialog::Outcome::Unlocked:
        m_pages->setCurrentWidget(m_model       ? m_ledgerPage
                                  : m_auditView ? static_cast<QWidget*>(m_auditView)
                                  : m_adminPage ? static_cast<QWidget*>(m_adminPage)
                                                : m_signedOutPage);
        m_detailsDock->setVisible(m_model && m_detailsWereVisible);
        m_toolBar->setVisible(m_model != nullptr);
        m_idle->setActive(true);
        break;
    case UnlockDialog::Outcome::LockedOut:
        signOut(dialog->message());
        break;
    default:
        signOut();
        break;
    }
}

void MainWindow::changePassword()
{
    if (!m_session || !m_db)
        return;
    ChangePasswordDialog dialog(*m_db, *m_session, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."), 10000);
}

void MainWindow::newDatabase()
{
    if (const auto choice = DatabaseChooser::newFile(this))
        switchTo(choice->location, true);
}

void MainWindow::openDatabase()
{
    if (const auto choice = DatabaseChooser::existingFile(this))
        switchTo(choice->location, false);
}

void MainWindow::connectToServer()
{
    if (const auto choice = DatabaseChooser::server(this))
        switchTo(choice->location, false, choice->options.password);
}

void MainWindow::openRecent(const QString& location)
{
    try {
        switchTo(DbLocation::parse(location), false);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Open Database"), e.message());
    }
}

void MainWindow::switchTo(const DbLocation& location, bool create, const QString& password)
{
    DatabaseOpener::Options options;
    options.create = create;
    options.password = password;
    std::unique_ptr<Database> db;
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        db = DatabaseOpener::open(location, options, this);
        QApplication::restoreOverrideCursor();
    } catch (const std::exception& e) {
        QApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Open Database"),
                             tr("The database %1 could not be opened.").arg(longName(location)) +
                                 QStringLiteral("\n\n") + DatabaseOpener::describe(e));
        return;
    }
    if (!db)
        return;
    // Signing in to the other database is part of switching: cancelled, the current one stays.
    const auto session = SignIn::ask(*db, this);
    if (session)
        setDatabase(std::move(db), *session);
}

void MainWindow::refresh()
{
    if (m_auditView)
        m_auditView->reload();
    if (!m_model)
        return;
    m_filterBar->reloadLists();
    m_model->refresh();
    m_details->reload();
}

void MainWindow::about()
{
    const QString location = m_db ? longName(m_db->location()) : tr("none");
    QMessageBox::about(
        this, tr("About %1").arg(productName()),
        tr("<h3>%1</h3><p>Version %2</p>"
           "<p>The ledger of published information, its confidentiality review and reports, for the "
           "government information disclosure office.</p>"
           "<p>Built with Qt %3, running on Qt %4.</p><p>Database: %5</p>")
            .arg(productName().toHtmlEscaped(), QApplication::applicationVersion().toHtmlEscaped(),
                 QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()), location.toHtmlEscaped()));
}

void MainWindow::currentItemChanged(qint64 itemId)
{
    emit currentItemIdChanged(itemId);
    m_details->showItem(itemId);
    if (m_itemActions)
        m_itemActions->setCurrentItem(itemId);
}

void MainWindow::itemAdded(qint64 itemId)
{
    // The model reread the ledger on the change event; show the new item selected when it is among
    // the rows at hand (usually the first page).
    if (!m_model || itemId <= 0)
        return;
    m_model->itemId(0);
    m_view->selectItem(itemId);
}

void MainWindow::updateTitle()
{
    // Qt appends the application display name (the product name) to every window title itself.
    QString title;
    if (m_db) {
        title = shortName(m_db->location());
        if (m_demo)
            title += QLatin1Char(' ') + tr("[demo data]");
    }
    setWindowTitle(title);
    m_databaseLabel->setText(m_db ? longName(m_db->location()) : tr("No database"));
}

void MainWindow::updateCount()
{
    if (!m_model) {
        m_countLabel->clear();
        return;
    }
    if (m_model->isCounting())
        m_countLabel->setText(tr("Counting…"));
    else if (m_model->totalCount() < 0) // the count failed; the view still reads on as it scrolls
        m_countLabel->setText(tr("%Ln item(s) or more", nullptr, m_model->rowCount()));
    else
        m_countLabel->setText(
            tr("%Ln item(s)", nullptr, int(std::min<qint64>(m_model->totalCount(), INT_MAX))));
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    if (!restoreState(settings.value(kStateKey).toByteArray()))
        resizeDocks({m_detailsDock}, {fontMetrics().horizontalAdvance(QChar(0x4E2D)) * 22}, Qt::Horizontal);
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    if (m_model)
        settings.setValue(kHeaderKey, m_view->saveHeaderState());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace gongkai::ui
