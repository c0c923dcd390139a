#pragma once

#include "session.h"

#include <QCoreApplication>
#include <QString>

namespace gongkai {

class Database;

/// Signing in and out, passwords, lock-out, and the first administrator of a new database.
///
/// Lock-out: kMaxFailedSignIns failed sign-ins in a row lock the account for kLockMinutes (the
/// lock-out is audited and visible on User::lockedUntil); a sign-in after that starts counting afresh,
/// and an administrator can unlock earlier (AccountService::unlock). Failed password confirmations
/// (verifyPassword, signing) count too. Time comes from Database::nowUtc(), so tests set a clock.
///
/// GUI flow: if needsFirstAdministrator(db), ask for the administrator's login, name and password and
/// call createFirstAdministrator(); else show the login dialog and call login(). On
/// AuthError::Reason::PasswordChangeRequired ask for a new password and call changePasswordAndLogin().
/// The idle lock (15 minutes, GUI policy) unlocks with verifyPassword(session, password).
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::AuthService)

public:
    static constexpr int kMaxFailedSignIns = 5;
    static constexpr int kLockMinutes = 30;

    explicit AuthService(Database& db);

    /// True when no active administrator with a password exists: a new database, or one from before
    /// sign-in existed. The program must then create one before anything else.
    static bool needsFirstAdministrator(Database& db);
    /// Creates the administrator (role administrator only) and signs them in. Throws Error when an
    /// administrator exists already, ValidationError for a bad login or name or a weak password.
    Session createFirstAdministrator(const QString& login, const QString& name, const QString& password);

    /// Signs in. Throws AuthError: WrongCredentials (never saying which of login and password was
    /// wrong), Locked (with the time), PasswordChangeRequired, Inactive. Every attempt is audited.
    Session login(const QString& login, const QString& password);
    /// For PasswordChangeRequired: checks the current password like login(), stores the new one (which
    /// must meet PasswordPolicy and differ) and signs in.
    Session changePasswordAndLogin(const QString& login, const QString& currentPassword,
                                   const QString& newPassword);

    /// Asks for the password again (unlocking an idle window, confirming a signature): true when right.
    /// A wrong password counts as a failed sign-in and may lock the account, then AuthError(Locked) is
    /// thrown; an invalid session throws AuthError(SessionInvalid).
    bool verifyPassword(const Session& session, const QString& password);
    /// The user changes their own password; throws AuthError for a wrong current password and
    /// ValidationError for a weak new one.
    void changePassword(const Session& session, const QString& currentPassword, const QString& newPassword);
    /// Records the sign-out.
    void logout(const Session& session);
    /// Records an attempt refused because nobody signed in (the command line without --user): a
    /// permission_denied record by "(anonymous)" naming what was attempted and why it was refused.
    void recordAnonymousRefusal(const QString& attempted, const QString& reason);

    /// Throws ValidationError (field "password") when the password breaks PasswordPolicy.
    static void checkNewPassword(const QString& password, const QString& login);

private:
    enum class Purpose
    {
        SignIn,
        ChangeAtSignIn,
        Confirm
    };
    /// Checks login and password, counting failures and locking; returns the user.
    User authenticate(const QString& login, const QString& password, Purpose purpose);
    Session makeSession(const User& user);

    Database& m_db;
};

} // namespace gongkai
