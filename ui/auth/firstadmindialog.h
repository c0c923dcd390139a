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
class FirstAdminDialog;
}

/// A database without an administrator (new, or from before sign-in existed) gets one first: login,
/// printed name and a password typed twice, with the password rule shown. Signs the administrator in.
class FirstAdminDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FirstAdminDialog(Database& db, QWidget* parent = nullptr);
    ~FirstAdminDialog() override;

    /// The administrator's session after the dialog was accepted.
    const std::optional<Session>& session() const { return m_session; }

    void accept() override;

private:
    void showError(const QString& message);

    std::unique_ptr<Ui::FirstAdminDialog> m_ui;
    Database& m_db;
    std::optional<Session> m_session;
};

} // namespace gongkai::ui
