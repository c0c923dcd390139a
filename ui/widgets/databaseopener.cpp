#include "databaseopener.h"

#include "serverdialog.h"

#include "demo/demogenerator.h"
#include "error.h"
#include "storage/database.h"
#include "storage/databasechoice.h"
#include "storage/migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QProgressDialog>

namespace gongkai::ui {

std::unique_ptr<Database> DatabaseOpener::open(const DbLocation& location, const Options& options,
                                               QWidget* parent)
{
    bool created = false;
    if (!location.isServer()) {
        const QFileInfo file(location.path);
        if (!file.exists()) {
            if (!options.create)
                throw Error(
                    tr("The database file %1 does not exist.").arg(QDir::toNativeSeparators(location.path)));
            created = true;
        } else if (!file.isFile() || !file.isReadable()) {
            throw Error(tr("%1 is not a readable file.").arg(QDir::toNativeSeparators(location.path)));
        }
    }
    std::unique_ptr<Database> db = connect(location, options, parent);
    if (!db)
        return nullptr;

    const int version = Migrations::currentVersion(*db);
    if (version == 0) {
        // Someone else's database: adding our tables to it would be a surprise.
        QStringList tables = db->connection().tables();
        tables.removeIf([](const QString& t) { return t.startsWith(QLatin1String("sqlite_")); });
        if (!tables.isEmpty())
            throw Error(
                tr("%1 is not a Gongkai database: it already holds other tables.").arg(location.toString()));
        created = true;
    }
    Migrations::migrate(*db);
    if (created && options.demoItems > 0)
        fillDemo(*db, options, parent);
    return db;
}

std::unique_ptr<Database> DatabaseOpener::connect(const DbLocation& location, const Options& options,
                                                  QWidget* parent)
{
    if (!location.isServer())
        return Database::open(location);
    const QString password =
        options.password.isEmpty() ? DatabaseChoice::passwordFromEnvironment() : options.password;
    try {
        // Servers that trust the office network need no password: try without asking first.
        return Database::open(location, password);
    } catch (const DbError& e) {
        const bool wantsPassword = e.driverText().contains(QLatin1String("password"), Qt::CaseInsensitive);
        if (!password.isEmpty() || !options.interactive || !wantsPassword)
            throw;
    }
    ServerDialog dialog(parent);
    dialog.setLocation(location, true);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return Database::open(location, dialog.password());
}

QString DatabaseOpener::describe(const std::exception& error)
{
    if (const auto* db = dynamic_cast<const DbError*>(&error)) {
        if (!db->driverText().trimmed().isEmpty())
            return db->message() + QStringLiteral("\n\n") + db->driverText().trimmed();
    }
    if (const auto* e = dynamic_cast<const Error*>(&error))
        return e->message();
    return QString::fromLocal8Bit(error.what());
}

void DatabaseOpener::fillDemo(Database& db, const Options& options, QWidget* parent)
{
    // The demo office goes only into a new, empty database: one that has accounts or items (a server's
    // database someone else set up meanwhile) is opened as it is.
    if (!DemoGenerator::refusal(db).isEmpty())
        return;
    DemoOptions demo;
    demo.items = options.demoItems;
    if (!options.interactive) {
        DemoGenerator::generate(db, demo);
        return;
    }
    QProgressDialog progress(tr("Creating a demo office with %n item(s)…", nullptr, int(options.demoItems)),
                             tr("Skip"), 0, 1000, parent);
    progress.setWindowTitle(tr("First Start"));
    progress.setWindowModality(Qt::ApplicationModal);
    progress.setMinimumDuration(300);
    DemoGenerator::generate(db, demo, [&progress](qint64 done, qint64 total) {
        progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
        return !progress.wasCanceled();
    });
}

} // namespace gongkai::ui
