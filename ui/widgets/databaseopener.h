#pragma once

#include "storage/dblocation.h"

#include <QCoreApplication>

#include <exception>
#include <memory>

class QWidget;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// Opens a database for the GUI: asks for a server password when the environment gives none and
/// the server wants one, refuses files that are not Gongkai databases, migrates the schema, and can
/// fill a new database with the demo office (showing progress; never a database with accounts or items).
class DatabaseOpener
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ui::DatabaseOpener)

public:
    struct Options
    {
        bool create = false;     ///< a SQLite file may be created; otherwise it must exist
        qint64 demoItems = 0;    ///< fill a newly created database with a demo office of this size
        bool interactive = true; ///< may show dialogs (password, progress)
        QString password;        ///< for a server, when already asked; never stored
    };

    /// Throws Error with a message for the user; nullptr when the user cancelled a password prompt.
    static std::unique_ptr<Database> open(const DbLocation& location, const Options& options,
                                          QWidget* parent = nullptr);

    /// The error's message, with the driver's own words for a database error.
    static QString describe(const std::exception& error);

private:
    static std::unique_ptr<Database> connect(const DbLocation& location, const Options& options,
                                             QWidget* parent);
    static void fillDemo(Database& db, const Options& options, QWidget* parent);
};

} // namespace gongkai::ui
