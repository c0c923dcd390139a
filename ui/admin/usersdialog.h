#pragma once

#include "review/session.h"

#include <QDialog>

#include <memory>

namespace gongkai {
class Database;
}

namespace gongkai::ui {

namespace Ui {
class UsersDialog;
}
class AdminUserModel;

/// The office's user accounts; adds and edits them through UserEditDialog.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    /// Through AccountService as this administrator: lock state, unlock and password reset too.
    UsersDialog(Database& db, const Session& session, QWidget* parent = nullptr);
    ~UsersDialog() override;

    bool hasChanges() const { return m_changed; }

public slots:
    void addUser();
    void editUser();
    /// Sets a temporary password (asked for) that the user must change at the next sign-in.
    void resetPassword();
    /// Resets the password to this one without asking (tests); false with the reason shown on failure.
    bool resetPasswordTo(const QString& password);
    void unlockUser();

signals:
    /// An account was added or changed.
    void changed();

private:
    void selectUser(qint64 userId);
    void updateButtons();
    void accountChanged(qint64 userId);

    std::unique_ptr<Ui::UsersDialog> m_ui;
    Database& m_db;
    Session m_session;
    AdminUserModel* m_model = nullptr;
    bool m_changed = false;
};

} // namespace gongkai::ui
