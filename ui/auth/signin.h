#pragma once

#include "review/session.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// Signing in to a database from the GUI.
class SignIn
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ui::SignIn)

public:
    /// Asks: the first administrator when the database has none (FirstAdminDialog), else the login
    /// dialog (pre-filled with login, showing message). Empty when the user cancelled.
    static std::optional<Session> ask(Database& db, QWidget* parent, const QString& login = {},
                                      const QString& message = {});
    /// Without a dialog (--user with GONGKAI_PASSWORD). Throws AuthError and Error; a password that must
    /// be changed first is refused with a clear message, as no dialog may ask for a new one.
    static Session withPassword(Database& db, const QString& login, const QString& password);
    /// "张伟 — Author, Section chief": the status bar's line for the signed-in user.
    static QString describe(const Session& session);
};

} // namespace gongkai::ui
