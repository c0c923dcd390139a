#include "admincommands.h"

#include "clicontext.h"
#include "demo/demogenerator.h"
#include "review/accountservice.h"
#include "review/adminservice.h"
#include "review/authservice.h"
#include "review/session.h"
#include "storage/categoryrepository.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/departmentrepository.h"
#include "storage/migrations.h"
#include "storage/userrepository.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gongkai::cli {

namespace {
void printJson(CliContext& context, const QJsonArray& array)
{
    context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}
} // namespace

int AdminCommands::init(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Creates the database, or brings its schema up to date, and prints the schema version. With "
        "--admin, also creates the first administrator of a new database (password from GONGKAI_PASSWORD, or "
        "from GONGKAI_NEW_PASSWORD when you sign in with --user). "
        "Without --user it runs only on a database without accounts, or to create the first administrator."));
    const QCommandLineOption admin(QStringLiteral("admin"), tr("The first administrator's login."),
                                   QStringLiteral("LOGIN"));
    const QCommandLineOption name(QStringLiteral("name"), tr("The administrator's printed name."),
                                  QStringLiteral("NAME"));
    parser.addOptions({admin, name});
    if (!context.parse(parser, args, QStringLiteral("init"), QStringLiteral("[--admin LOGIN [--name NAME]]"), 0, 0))
        return 0;
    context.signInLater();
    Database& db = context.db();
    // Nobody can sign in to a database without accounts, nor create the first administrator as
    // anyone else; otherwise init is for a signed-in user like every command.
    const bool firstAdministrator = parser.isSet(admin) && AuthService::needsFirstAdministrator(db);
    const bool signIn =
        !context.userLogin().isEmpty() || (!UserRepository(db).list().isEmpty() && !firstAdministrator);
    if (signIn)
        context.session();
    const int before = context.versionBeforeMigration();
    const int now = Migrations::currentVersion(db);
    if (before == 0)
        context.out() << tr("Created %1: schema version %2").arg(context.databaseName()).arg(now) << '\n';
    else if (before < now)
        context.out() << tr("Migrated %1 from schema version %2 to schema version %3")
                             .arg(context.databaseName())
                             .arg(before)
                             .arg(now)
                      << '\n';
    else
        context.out() << tr("%1 is up to date: schema version %2").arg(context.databaseName()).arg(now)
                      << '\n';
    if (parser.isSet(admin)) {
        const QString login = parser.value(admin).trimmed();
        // Signed in, GONGKAI_PASSWORD is the signed-in user's own.
        const QString password =
            signIn
                ? context.secret("GONGKAI_NEW_PASSWORD", tr("Password for the administrator %1: ").arg(login))
                : context.secret("GONGKAI_PASSWORD", tr("Password for the administrator %1: ").arg(login));
        const Session session = AuthService(db).createFirstAdministrator(login, parser.value(name), password);
        context.out() << tr("Administrator %1 created.").arg(session.login()) << '\n';
    } else if (AuthService::needsFirstAdministrator(db) && !DemoGenerator::isDemo(db)) {
        context.out() << tr("No administrator yet: run gongkai-cli init --admin LOGIN with the password in "
                            "GONGKAI_PASSWORD.")
                      << '\n';
    }
    return 0;
}

int AdminCommands::run(CliContext& context, const QString& group, const QStringList& args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("add"))
        return group == QLatin1String("user") ? addUser(context, args.mid(1))
                                              : add(context, group, args.mid(1));
    if (group == QLatin1String("user") && action == QLatin1String("passwd"))
        return passwd(context, args.mid(1));
    if (group == QLatin1String("user") && action == QLatin1String("unlock"))
        return unlock(context, args.mid(1));
    if (action == QLatin1String("list"))
        return group == QLatin1String("user") ? listUsers(context, args.mid(1))
                                              : list(context, group, args.mid(1));
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        if (group == QLatin1String("user"))
            context.out() << tr("Usage: gongkai-cli --user LOGIN user add|list|passwd|unlock [options]")
                          << '\n';
        else
            context.out() << tr("Usage: gongkai-cli --user LOGIN %1 add|list [options]").arg(group) << '\n';
        return 0;
    }
    if (action.isEmpty())
        throw UsageError(tr("%1: say add or list").arg(group));
    throw UsageError(tr("%1: unknown action “%2” (add or list)").arg(group, action));
}

int AdminCommands::add(CliContext& context, const QString& group, const QStringList& args)
{
    QCommandLineParser parser;
    const bool channel = group == QLatin1String("channel");
    const QCommandLineOption agency(QStringLiteral("agency"),
                                    tr("The channel is an upper agency that items are submitted to."));
    if (channel)
        parser.addOption(agency);
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The name, e.g. 外贸科, 门户网站 or 工作动态."));
    parser.setApplicationDescription(tr("Adds a %1 and prints its id (administrator).").arg(group));
    if (!context.parse(parser, args, group + QStringLiteral(" add"),
                       channel ? QStringLiteral("NAME [--agency]") : QStringLiteral("NAME"), 1, 1))
        return 0;
    const QString name = parser.positionalArguments().constFirst();
    AdminService admin(context.db());
    qint64 id = 0;
    if (group == QLatin1String("department"))
        id = admin.addDepartment(context.session(), name);
    else if (channel)
        id = admin.addChannel(context.session(), name, parser.isSet(agency));
    else
        id = admin.addCategory(context.session(), name);
    context.out() << id << '\n';
    return 0;
}

int AdminCommands::addUser(CliContext& context, const QStringList& args)
{
    QStringList roleCodes;
    for (Role r : allRoles())
        roleCodes << roleCode(r);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds an account and prints its id (administrator). Its first password comes from "
           "GONGKAI_NEW_PASSWORD or is typed; the user changes it at the first sign-in. Roles: %1 "
           "(administrator and auditor stand alone).")
            .arg(roleCodes.join(QStringLiteral(", "))));
    parser.addPositionalArgument(QStringLiteral("LOGIN"), tr("The login, e.g. zhangwei."));
    parser.addOptions({
        {QStringLiteral("name"), tr("The printed name, e.g. 张伟."), QStringLiteral("NAME")},
        {QStringLiteral("department"), tr("The user's department."), QStringLiteral("DEPT")},
        {QStringLiteral("role"), tr("One or more roles, separated by commas."),
         QStringLiteral("ROLE[,ROLE…]")},
        {QStringLiteral("password-from-env"),
         tr("Accepted for older scripts: the first password always comes from GONGKAI_NEW_PASSWORD (or is "
            "typed).")},
    });
    if (!context.parse(parser, args, QStringLiteral("user add"),
                       QStringLiteral("LOGIN --name NAME --department DEPT --role ROLE[,ROLE…]"), 1, 1))
        return 0;
    User user;
    user.login = parser.positionalArguments().constFirst();
    user.name = CliContext::required(parser, QStringLiteral("name"));
    const QString department = CliContext::required(parser, QStringLiteral("department"));
    const QString roles = CliContext::required(parser, QStringLiteral("role"));
    for (const QString& code : roles.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Role role;
        if (!roleFromString(code, &role))
            throw UsageError(tr("unknown role “%1” (one of %2)")
                                 .arg(code.trimmed(), roleCodes.join(QStringLiteral(", "))));
        if (!user.roles.contains(role))
            user.roles << role;
    }
    user.departmentId = context.departmentId(department);
    const Session& session = context.session();
    const QString password =
        context.secret("GONGKAI_NEW_PASSWORD", tr("First password for %1: ").arg(user.login));
    context.out() << AccountService(context.db()).addUser(session, user, password) << '\n';
    return 0;
}

int AdminCommands::passwd(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Changes a password. Your own (LOGIN left out or your --user): the current password from "
           "GONGKAI_PASSWORD and the new one from GONGKAI_NEW_PASSWORD (or typed); this also works when the "
           "password must be changed after a reset. Someone else's: as an administrator, the new password "
           "from GONGKAI_NEW_PASSWORD; they must change it at their next sign-in."));
    parser.addPositionalArgument(QStringLiteral("LOGIN"), tr("Whose password (default: your own)."));
    if (!context.parse(parser, args, QStringLiteral("user passwd"), QStringLiteral("[LOGIN]"), 0, 1))
        return 0;
    const QString login = parser.positionalArguments().value(0, context.userLogin()).trimmed();
    const bool own = login == context.userLogin();
    if (own)
        context.signInLater(); // the sign-in is the change itself: it may be the one that is required
    Database& db = context.db();
    if (own) {
        const QString current = context.secret("GONGKAI_PASSWORD", tr("Current password for %1: ").arg(login));
        const QString next = context.secret("GONGKAI_NEW_PASSWORD", tr("New password for %1: ").arg(login));
        AuthService auth(db);
        auth.logout(auth.changePasswordAndLogin(login, current, next));
        context.out() << tr("The password of %1 is changed.").arg(login) << '\n';
        return 0;
    }
    const Session& session = context.session();
    const qint64 id = context.userId(login);
    const QString next = context.secret("GONGKAI_NEW_PASSWORD", tr("New password for %1: ").arg(login));
    AccountService(db).resetPassword(session, id, next);
    context.out() << tr("The password of %1 is reset; they must change it at their next sign-in.").arg(login) << '\n';
    return 0;
}

int AdminCommands::unlock(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Ends an account's lock-out after too many failed sign-ins (administrator)."));
    parser.addPositionalArgument(QStringLiteral("LOGIN"), tr("The locked account."));
    if (!context.parse(parser, args, QStringLiteral("user unlock"), QStringLiteral("LOGIN"), 1, 1))
        return 0;
    const QString login = parser.positionalArguments().constFirst().trimmed();
    AccountService(context.db()).unlock(context.session(), context.userId(login));
    context.out() << tr("%1 is unlocked.").arg(login) << '\n';
    return 0;
}

int AdminCommands::list(CliContext& context, const QString& group, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    parser.addOption(json);
    parser.setApplicationDescription(tr("Lists the %1 entries, retired ones included.").arg(group));
    if (!context.parse(parser, args, group + QStringLiteral(" list"), QStringLiteral("[--json]"), 0, 0))
        return 0;
    Database& db = context.db();
    struct Row
    {
        qint64 id;
        QString name;
        bool active;
        bool agency;
    };
    QList<Row> rows;
    if (group == QLatin1String("department"))
        for (const Department& d : DepartmentRepository(db).list())
            rows.append({d.id, d.name, d.active, false});
    else if (group == QLatin1String("channel"))
        for (const Channel& c : ChannelRepository(db).list())
            rows.append({c.id, c.name, c.active, c.isAgency});
    else
        for (const Category& c : CategoryRepository(db).list())
            rows.append({c.id, c.name, c.active, false});

    const bool channels = group == QLatin1String("channel");
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Row& r : rows) {
            QJsonObject o{{QStringLiteral("id"), r.id},
                          {QStringLiteral("name"), r.name},
                          {QStringLiteral("active"), r.active}};
            if (channels)
                o.insert(QStringLiteral("agency"), r.agency);
            array.append(o);
        }
        printJson(context, array);
        return 0;
    }
    QStringList header{tr("ID"), tr("Name")};
    if (channels)
        header << tr("Kind");
    header << tr("Active");
    TextTable table(header);
    for (const Row& r : rows) {
        QStringList cells{QString::number(r.id), r.name};
        if (channels)
            cells << (r.agency ? tr("upper agency") : tr("channel"));
        cells << (r.active ? tr("yes") : tr("no"));
        table.addRow(cells);
    }
    table.print(context.out());
    return 0;
}

int AdminCommands::listUsers(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    parser.addOption(json);
    parser.setApplicationDescription(
        tr("Lists the accounts with their departments, roles and sign-in state (administrator)."));
    if (!context.parse(parser, args, QStringLiteral("user list"), QStringLiteral("[--json]"), 0, 0))
        return 0;
    Database& db = context.db();
    const QList<User> users = AccountService(db).users(context.session());
    QHash<qint64, QString> departments;
    for (const Department& d : DepartmentRepository(db).list())
        departments.insert(d.id, d.name);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const User& u : users) {
            QJsonArray roles;
            for (Role r : u.roles)
                roles.append(roleCode(r));
            const bool locked = u.isLockedAt(db.nowUtc());
            array.append(QJsonObject{{QStringLiteral("id"), u.id},
                                     {QStringLiteral("login"), u.login},
                                     {QStringLiteral("name"), u.name},
                                     {QStringLiteral("department"), departments.value(u.departmentId)},
                                     {QStringLiteral("roles"), roles},
                                     {QStringLiteral("active"), u.active},
                                     {QStringLiteral("hasPassword"), u.hasPassword},
                                     {QStringLiteral("mustChangePassword"), u.mustChangePassword},
                                     {QStringLiteral("failedLogins"), u.failedLogins},
                                     {QStringLiteral("lockedUntil"),
                                      locked ? QJsonValue(u.lockedUntil.toString(Qt::ISODateWithMs)) : QJsonValue()}});
        }
        printJson(context, array);
        return 0;
    }
    TextTable table({tr("ID"), tr("Login"), tr("Name"), tr("Department"), tr("Active"), tr("Roles"), tr("Sign-in")});
    for (const User& u : users) {
        QStringList roles;
        for (Role r : u.roles)
            roles << roleCode(r);
        QString signIn = !u.hasPassword ? tr("no password") : u.mustChangePassword ? tr("must change password") : QString();
        if (u.isLockedAt(db.nowUtc()))
            signIn = tr("locked until %1").arg(u.lockedUntil.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        table.addRow({QString::number(u.id), u.login, u.name, departments.value(u.departmentId),
                      u.active ? tr("yes") : tr("no"), roles.join(QLatin1Char(',')), signIn});
    }
    table.print(context.out());
    return 0;
}

} // namespace gongkai::cli
