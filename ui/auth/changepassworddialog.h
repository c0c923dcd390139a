#pragma once

#include "review/session.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace gongkai {
class Database;
}

namespace gongkai::ui {

namespace Ui {
class ChangePasswordDialog;
}

/// A new password, typed twice, with the password rule shown. Two uses: at sign-in when the password
/// must be changed (the current one was just typed; signs in on success), and a signed-in user
/// changing their own password (asks for the current one).
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    /// At sign-in, after AuthError::Reason::PasswordChangeRequired.
    ChangePasswordDialog(Database& db, const QString& login, const QString& currentPassword,
                         QWidget* parent = nullptr);
    /// The signed-in user changes their own password.
    ChangePasswordDialog(Database& db, const Session& session, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

    /// The new session (sign-in use only) after the dialog was accepted.
    const std::optional<Session>& session() const { return m_session; }

    void accept() override;

private:
    void setUp();
    void showError(const QString& message);

    std::unique_ptr<Ui::ChangePasswordDialog> m_ui;
    Database& m_db;
    QString m_login;
    QString m_currentPassword;
    std::optional<Session> m_own; ///< set for the signed-in use
    std::optional<Session> m_session;
};

} // namespace gongkai::ui
