#pragma once

#include "databaseopener.h"

#include <QCoreApplication>

#include <optional>

class QWidget;

namespace gongkai::ui {

/// Lets the user pick a database: an existing file, a new file, a server, or after a failure at
/// start one of those or the default database.
class DatabaseChooser
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ui::DatabaseChooser)

public:
    struct Choice
    {
        DbLocation location;
        DatabaseOpener::Options options;
    };

    static std::optional<Choice> existingFile(QWidget* parent);
    /// A file that does not exist yet (an existing one is refused with a message).
    static std::optional<Choice> newFile(QWidget* parent);
    /// A server and its password (kept only in the returned options).
    static std::optional<Choice> server(QWidget* parent);
    /// Explains why a database could not be opened and offers the alternatives; nullopt means quit.
    static std::optional<Choice> afterFailure(QWidget* parent, const QString& location, const QString& error);

private:
    static QString startFolder();
};

} // namespace gongkai::ui
