#include "signin.h"

#include "firstadmindialog.h"
#include "logindialog.h"

#include "review/authservice.h"

namespace gongkai::ui {

std::optional<Session> SignIn::ask(Database& db, QWidget* parent, const QString& login, const QString& message)
{
    if (AuthService::needsFirstAdministrator(db)) {
        FirstAdminDialog dialog(db, parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.session();
    }
    LoginDialog dialog(db, parent);
    dialog.setLogin(login);
    dialog.setMessage(message);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.session();
}

Session SignIn::withPassword(Database& db, const QString& login, const QString& password)
{
    return AuthService(db).login(login, password);
}

QString SignIn::describe(const Session& session)
{
    QString roles;
    for (Role role : session.user().roles)
        roles = roles.isEmpty() ? roleDisplayName(role) : tr("%1, %2").arg(roles, roleDisplayName(role));
    return tr("%1 — %2").arg(session.user().name, roles);
}

} // namespace gongkai::ui
