// gongkai: the disclosure office's workstation (GUI).

#include "auth/signin.h"
#include "language.h"
#include "mainwindow.h"
#include "models/ledgermodel.h"
#include "widgets/databasechooser.h"
#include "widgets/databaseopener.h"

#include "demo/demogenerator.h"
#include "error.h"
#include "review/authservice.h"
#include "storage/database.h"
#include "storage/databasechoice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QMessageBox>
#include <QTimer>

#include <cstdio>
#include <optional>

using namespace gongkai;
using namespace gongkai::ui;

namespace {

/// Gives the start-up messages their translation context.
class Main
{
    Q_DECLARE_TR_FUNCTIONS(main)
};

struct Startup
{
    std::optional<QString> db;
    QString language;
    QString user; ///< --user: signs in without the dialog, the password from GONGKAI_PASSWORD
    bool exitAfterStartup = false;
    qint64 demoItems = DemoOptions{}.items;
    bool demoItemsGiven = false;
};

/// The value of --lang (or --lang=X) as typed, unchecked; empty when not given.
QString languageArgument(const QStringList& args)
{
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(QLatin1String("--lang=")))
            return args.at(i).mid(7);
    }
    return {};
}

Startup parseOptions(const QApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Main::tr("The workstation of the government information disclosure office."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(
        QStringLiteral("db"),
        Main::tr("The database: a SQLite file or postgresql://user@host:port/dbname. "
                 "The server's password comes from GONGKAI_DB_PASSWORD or is asked for."),
        Main::tr("PATH|URL"));
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  Main::tr("The interface language: zh_CN, zh_TW or en."),
                                  Main::tr("LANGUAGE"));
    const QCommandLineOption exit(QStringLiteral("exit-after-startup"),
                                  Main::tr("Start, show the window, and exit (for tests)."));
    const QCommandLineOption demo(
        QStringLiteral("demo-items"),
        Main::tr("Items of the demo office created in a new database (default %1).").arg(DemoOptions{}.items),
        Main::tr("N"));
    const QCommandLineOption user(
        QStringLiteral("user"),
        Main::tr("Sign in as LOGIN without the dialog, with the password from the environment variable "
                 "GONGKAI_PASSWORD (for scripts and tests)."),
        Main::tr("LOGIN"));
    parser.addOptions({db, lang, exit, demo, user});
    parser.process(app);

    Startup s;
    if (parser.isSet(db))
        s.db = parser.value(db);
    s.language = parser.value(lang);
    if (!s.language.isEmpty() && !Language::available().contains(s.language)) {
        std::fprintf(stderr, "gongkai: unknown language %s (use zh_CN, zh_TW or en)\n",
                     qPrintable(s.language));
        std::exit(2);
    }
    s.exitAfterStartup = parser.isSet(exit);
    s.user = parser.value(user).trimmed();
    if (parser.isSet(demo)) {
        bool ok = false;
        s.demoItems = parser.value(demo).toLongLong(&ok);
        if (!ok || s.demoItems < 0) {
            std::fprintf(stderr, "gongkai: --demo-items needs a number\n");
            std::exit(2);
        }
        s.demoItemsGiven = true;
    }
    return s;
}

/// Signs in as --user with GONGKAI_PASSWORD, or through the dialogs. Empty when the user gave up or,
/// started for a test, the sign-in failed (the reason is on stderr).
std::optional<Session> signIn(Database& db, const Startup& startup)
{
    QString failure;
    if (!startup.user.isEmpty()) {
        if (!qEnvironmentVariableIsSet("GONGKAI_PASSWORD")) {
            failure = Main::tr("--user needs the password in the environment variable GONGKAI_PASSWORD.");
        } else if (AuthService::needsFirstAdministrator(db)) {
            failure = Main::tr("The database has no administrator yet: create one with gongkai-cli init --admin "
                               "LOGIN (password from GONGKAI_PASSWORD), or start without --user.");
        } else {
            try {
                return SignIn::withPassword(db, startup.user, qEnvironmentVariable("GONGKAI_PASSWORD"));
            } catch (const Error& e) {
                failure = Main::tr("Signing in as %1 failed: %2").arg(startup.user, e.message());
            }
        }
    } else if (startup.exitAfterStartup) {
        failure = Main::tr("--exit-after-startup needs --user LOGIN and GONGKAI_PASSWORD: nobody can sign in "
                           "without a dialog otherwise.");
    }
    if (startup.exitAfterStartup) {
        std::fprintf(stderr, "gongkai: %s\n", qPrintable(failure));
        return std::nullopt;
    }
    if (!failure.isEmpty())
        QMessageBox::warning(nullptr, Main::tr("Sign In"), failure);
    return SignIn::ask(db, nullptr, startup.user);
}

void chooseFont(QApplication& app)
{
#ifdef Q_OS_WIN
    // The Windows default UI font has no Chinese glyphs of its own; YaHei UI is what Chinese
    // Windows itself uses. On Linux, fontconfig already picks the installed CJK font.
    const QString yahei = QStringLiteral("Microsoft YaHei UI");
    if (QFontDatabase::hasFamily(yahei)) {
        QFont font(yahei);
        font.setPointSize(9);
        app.setFont(font);
    }
#else
    Q_UNUSED(app)
#endif
}

/// Options for opening the database named at start: a new embedded database becomes the demo
/// office, so that a newcomer sees a living ledger at once.
DatabaseOpener::Options startOptions(const DbLocation& location, const Startup& s, bool named)
{
    DatabaseOpener::Options options;
    options.interactive = !s.exitAfterStartup;
    if (location.isServer())
        return options;
    const bool exists = QFileInfo::exists(location.path);
    const bool isDefault = location == DatabaseChoice::defaultEmbedded();
    options.create = named || isDefault;
    if (!exists && (isDefault || s.demoItemsGiven))
        options.demoItems = s.demoItems;
    return options;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Gongkai"));
    QApplication::setApplicationName(QStringLiteral("gongkai"));
    QApplication::setApplicationVersion(QStringLiteral(GONGKAI_VERSION));

    // The language is read before the options are parsed, so that --help and option errors are translated.
    Language::install(&app, Language::resolve(languageArgument(QCoreApplication::arguments())));
    const Startup startup = parseOptions(app);
    QApplication::setApplicationDisplayName(MainWindow::productName());
    chooseFont(app);

    DbLocation location;
    DatabaseOpener::Options options;
    QString failure;
    try {
        location = startup.db ? DbLocation::parse(*startup.db) : DatabaseChoice::current();
        options = startOptions(location, startup, startup.db.has_value());
    } catch (const Error& e) {
        failure = e.message();
    }

    std::unique_ptr<Database> db;
    QString shown = startup.db.value_or(location.toString());
    for (;;) {
        if (failure.isEmpty()) {
            try {
                db = DatabaseOpener::open(location, options);
                if (db)
                    break;
                failure = Main::tr("No password was given.");
            } catch (const std::exception& e) {
                failure = DatabaseOpener::describe(e);
            }
        }
        if (startup.exitAfterStartup) {
            std::fprintf(stderr, "gongkai: %s\n", qPrintable(failure));
            return 1;
        }
        const auto choice = DatabaseChooser::afterFailure(nullptr, shown, failure);
        if (!choice)
            return 1;
        location = choice->location;
        options = choice->options;
        if (location == DatabaseChoice::defaultEmbedded() && !QFileInfo::exists(location.path))
            options.demoItems = startup.demoItems;
        shown = location.isServer() ? location.toString() : QDir::toNativeSeparators(location.path);
        failure.clear();
    }

    const std::optional<Session> session = signIn(*db, startup);
    if (!session)
        return startup.exitAfterStartup ? 3 : 0;

    MainWindow window;
    window.setDatabase(std::move(db), *session);
    window.show();

    if (startup.exitAfterStartup) {
        // Exit once the ledger is fully open (its count arrived and the rows are shown), or after
        // half a minute: smoke tests and the benchmark see the program as a user would.
        auto* poll = new QTimer(&app);
        QElapsedTimer started;
        started.start();
        QObject::connect(poll, &QTimer::timeout, &app, [&window, started] {
            const LedgerModel* model = window.ledgerModel();
            if (model && model->isCounting() && !started.hasExpired(30000))
                return;
            QCoreApplication::processEvents();
            window.close();
            QCoreApplication::quit();
        });
        poll->start(10);
    }
    return app.exec();
}
