#pragma once

#include "dblocation.h"

#include <QStringList>

namespace gongkai {

/// Which database the program uses when none is named: the one last opened in the GUI, else the
/// embedded file in the user's data folder. Shared by the GUI and the CLI through QSettings.
class DatabaseChoice
{
public:
    static DbLocation defaultEmbedded();
    static DbLocation current();
    /// Remembers the location as current and at the top of the recent list (no password is stored).
    static void remember(const DbLocation& location);
    static QStringList recent();
    static void clearRecent();
    /// GONGKAI_DB_PASSWORD, or empty when unset.
    static QString passwordFromEnvironment();
};

} // namespace gongkai
