#include "mainwindow.h"

#include "admin/adminactions.h"
#include "language.h"
#include "ledger/filterbar.h"
#include "ledger/itemactions.h"
#include "ledger/itemdetailsview.h"
#include "ledger/ledgertransfer.h"
#include "ledger/ledgerview.h"
#include "models/ledgermodel.h"
#include "widgets/databasechooser.h"
#include "widgets/databaseopener.h"

#include "demo/demogenerator.h"
#include "error.h"
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
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
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
      m_transfer(new LedgerTransfer(this)), m_countLabel(new QLabel), m_databaseLabel(new QLabel)
{
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_view, 1);
    setCentralWidget(central);

    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    m_detailsDock->setAllowedAreas(Qt::RightDockWidgetArea | Qt::LeftDockWidgetArea |
                                   Qt::BottomDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);

    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_countLabel);
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

    // First start: most of the screen, as the ledger has many columns.
    if (const QScreen* screen = QGuiApplication::primaryScreen()) {
        const QSize available = screen->availableSize();
        resize(std::min(1600, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
    }
    restoreLayout();
    updateTitle();
    updateCount();
}

MainWindow::~MainWindow()
{
    // The view, the actions and the model refer to the database: they go first.
    m_view->setLedgerModel(nullptr);
    delete m_model;
    delete m_itemActions;
    delete m_adminActions;
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
    // New names may have come with the items.
    connect(m_transfer, &LedgerTransfer::imported, this, &MainWindow::listsChanged);

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
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newDatabaseAction);
    file->addAction(m_openDatabaseAction);
    file->addAction(m_connectAction);
    m_recentMenu = file->addMenu(tr("&Recent Databases"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(m_transfer->exportAction());
    file->addAction(m_transfer->importAction());
    file->addSeparator();
    file->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* details = m_detailsDock->toggleViewAction();
    details->setText(tr("&Details Pane"));
    details->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    view->addAction(details);
    view->addAction(m_refreshAction);
    view->addSeparator();
    createLanguageMenu(view->addMenu(tr("&Language")));

    m_adminMenu = menuBar()->addMenu(tr("&Administration"));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);

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
    if (m_itemActions) {
        QAction* edit = m_itemActions->editItemAction();
        // Enter in the table edits too (see LedgerView); the menu shows the key that works anywhere.
        m_editMenu->addAction(m_itemActions->newItemAction());
        m_editMenu->addAction(edit);
        m_editMenu->addAction(m_itemActions->withdrawItemAction());
        m_toolBar->addAction(m_itemActions->newItemAction());
        m_toolBar->addAction(edit);
        m_toolBar->addAction(m_itemActions->withdrawItemAction());
        m_toolBar->addSeparator();
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
        m_adminMenu->addAction(m_adminActions->departmentsAction());
        m_adminMenu->addAction(m_adminActions->usersAction());
        m_adminMenu->addAction(m_adminActions->channelsAction());
        m_adminMenu->addAction(m_adminActions->categoriesAction());
    }
    m_refreshAction->setEnabled(m_db != nullptr);
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
    if (m_model)
        QSettings().setValue(kHeaderKey, m_view->saveHeaderState());
    m_view->setLedgerModel(nullptr);
    delete m_model;
    m_model = nullptr;
    delete m_itemActions;
    m_itemActions = nullptr;
    delete m_adminActions;
    m_adminActions = nullptr;
    m_undoStack->clear();
    m_details->setDatabase(nullptr);
    m_filterBar->setDatabase(nullptr);
    m_transfer->setDatabase(nullptr);

    m_db = std::move(db);
    if (m_db) {
        try {
            m_demo = DemoGenerator::isDemo(*m_db);
        } catch (const Error&) {
            m_demo = false;
        }
        m_filterBar->setDatabase(m_db.get());
        m_details->setDatabase(m_db.get());
        m_transfer->setDatabase(m_db.get());
        // The filter bar was just cleared: the new model starts with the whole ledger.
        m_model = new LedgerModel(*m_db, this);
        connect(m_model, &LedgerModel::countChanged, this, &MainWindow::updateCount);
        connect(m_model, &LedgerModel::countingChanged, this, &MainWindow::updateCount);
        connect(m_model, &LedgerModel::databaseError, this, [this](const QString& message) {
            statusBar()->showMessage(tr("Reading the ledger failed: %1").arg(message), 15000);
        });
        m_view->setLedgerModel(m_model);
        m_view->restoreHeaderState(QSettings().value(kHeaderKey).toByteArray());

        m_itemActions = new ItemActions(*m_db, m_undoStack, this);
        connect(m_itemActions, &ItemActions::itemChanged, this, &MainWindow::itemChanged);
        m_itemActions->setCurrentItem(m_view->currentItemId());
        m_adminActions = new AdminActions(*m_db, this);
        connect(m_adminActions, &AdminActions::listsChanged, this, &MainWindow::listsChanged);
        DatabaseChoice::remember(m_db->location());
    }
    rebuildDatabaseActions();
    updateTitle();
    updateCount();
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
    if (db)
        setDatabase(std::move(db));
}

void MainWindow::refresh()
{
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
    m_details->showItem(itemId);
    if (m_itemActions)
        m_itemActions->setCurrentItem(itemId);
}

void MainWindow::itemChanged(qint64 itemId)
{
    if (!m_model)
        return;
    const qint64 current = m_view->currentItemId();
    m_model->refreshItem(itemId);
    if (itemId != current) {
        // A new item: show it selected when it is among the rows at hand (usually the first page).
        m_model->itemId(0);
        m_view->selectItem(itemId);
    }
    if (m_details->itemId() == itemId)
        m_details->showItem(itemId);
}

void MainWindow::listsChanged()
{
    m_filterBar->reloadLists();
    m_details->reload();
    if (m_model)
        m_model->refresh();
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
