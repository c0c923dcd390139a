#pragma once

#include "domain/user.h"
#include "error.h"
#include "review/session.h"

#include <QDialog>
#include <QMap>

#include <memory>
#include <optional>

class QCheckBox;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

namespace Ui {
class UserEditDialog;
}
class FieldMarker;

/// Adds a user account or changes one: printed name, department, roles, active. The login is fixed
/// once the account exists. Core checks the entries; the failing fields are marked.
class UserEditDialog : public QDialog
{
    Q_OBJECT
public:
    /// Saves through AccountService as this administrator; a new account gets the first password
    /// typed here (to be changed at the first sign-in).
    UserEditDialog(Database& db, const Session& session, std::optional<User> existing = std::nullopt,
                   QWidget* parent = nullptr);
    ~UserEditDialog() override;

    /// The user as the fields describe it now.
    User userFromFields() const;
    /// The user as saved (with its id), after the dialog was accepted.
    const User& savedUser() const { return m_user; }

public slots:
    void accept() override;

private:
    void showErrors(const QList<FieldError>& errors);

    std::unique_ptr<Ui::UserEditDialog> m_ui;
    Database& m_db;
    Session m_session;
    User m_user;
    QMap<Role, QCheckBox*> m_roleChecks;
    FieldMarker* m_marker = nullptr;
};

} // namespace gongkai::ui
