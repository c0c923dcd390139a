#pragma once

#include "../error.h"

#include <QDateTime>

namespace gongkai {

/// Signing in (or confirming the password) failed. The message never says whether the login or the
/// password was wrong.
class AuthError : public Error
{
public:
    enum class Reason
    {
        WrongCredentials,       ///< unknown login or wrong password (indistinguishable on purpose)
        Locked,                 ///< too many failed sign-ins; lockedUntil() says until when
        PasswordChangeRequired, ///< the password is right but must be changed first (after a reset)
        Inactive,               ///< the account was deactivated
        SessionInvalid,         ///< the session is not (or no longer) valid for this database
    };
    AuthError(Reason reason, QString message, QDateTime lockedUntil = {})
        : Error(std::move(message)), m_reason(reason), m_lockedUntil(std::move(lockedUntil))
    {
    }
    Reason reason() const noexcept { return m_reason; }
    /// UTC; valid for Reason::Locked.
    const QDateTime& lockedUntil() const noexcept { return m_lockedUntil; }

private:
    Reason m_reason;
    QDateTime m_lockedUntil;
};

/// The session's user may not do this at all (separation of duties). Always audited as permission_denied.
class PermissionError : public Error
{
public:
    using Error::Error;
};

/// A rule of the review chain refused the action. Audited as a failed attempt of the action.
class RuleError : public Error
{
public:
    enum class Rule
    {
        OwnItem,                 ///< nobody signs their own item
        SecondStep,              ///< one person signs at most one step of a round
        StepOrder,               ///< no step before the previous one
        WrongRole,               ///< the step names another role
        WrongDepartment,         ///< the step needs the item's department
        RoundClosed,             ///< the round was sent back, withdrawn or approved already
        AdministratorCannotSign, ///< separation of duties
        NotUnderReview,          ///< the item has no open round
        NotAuthor,               ///< only the item's author may do this
        AlreadyUnderReview,      ///< a round is open: the item is frozen
        AlreadyApproved,         ///< nothing changed since the approval
        ItemWithdrawn,           ///< the item is withdrawn
        NoEligibleSigner,        ///< nobody but the author could sign a step of the chain
        NotReviewed,             ///< 先审查后公开: no valid approval for a publication
        ContentChanged,          ///< the item changed behind the program's back while under review
        MissingReason,           ///< a send-back needs a reason
        LastAdministrator,       ///< the last active administrator cannot be removed
        HighFindings,            ///< the pre-screen found high findings and no reason was given
    };
    RuleError(Rule rule, QString message) : Error(std::move(message)), m_rule(rule) {}
    Rule rule() const noexcept { return m_rule; }
    /// Stable code of the rule, as the audit trail records it, e.g. "own_item".
    static QString code(Rule rule);

private:
    Rule m_rule;
};

} // namespace gongkai
