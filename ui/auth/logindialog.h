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
class LoginDialog;
}

/// Signs in to a database: login and password, with core's reason when it fails (never saying
/// which of the two was wrong). A password that must be changed first opens ChangePasswordDialog.
/// A demo database says so and lists its accounts with their roles and the shared demo password.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(Database& db, QWidget* parent = nullptr);
    ~LoginDialog() override;

    /// Pre-fills the login (e.g. the user who signed out, or --user).
    void setLogin(const QString& login);
    /// A note shown above the fields, e.g. why the previous session ended.
    void setMessage(const QString& message);
    /// The session after the dialog was accepted.
    const std::optional<Session>& session() const { return m_session; }

    void accept() override;

private:
    void showDemoAccounts();
    void showError(const QString& message);

    std::unique_ptr<Ui::LoginDialog> m_ui;
    Database& m_db;
    std::optional<Session> m_session;
};

} // namespace gongkai::ui
