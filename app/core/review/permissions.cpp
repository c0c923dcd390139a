#include "permissions.h"

#include "../domain/reviewchain.h"

namespace gongkai {

bool Permissions::isExclusiveRole(Role role)
{
    return role == Role::Administrator || role == Role::Auditor;
}

bool Permissions::allows(const User& user, Permission permission)
{
    if (!user.active)
        return false;
    const bool admin = user.hasRole(Role::Administrator);
    const bool auditor = user.hasRole(Role::Auditor);
    switch (permission) {
    case Permission::ManageAccounts:
    case Permission::ManageLists:
    case Permission::ManageChain:
    case Permission::ManageTemplates:
        return admin && !auditor;
    case Permission::ReadAuditTrail:
        return auditor && !admin;
    case Permission::ReadLedger:
        if (admin || auditor)
            return false;
        return user.hasRole(Role::Author) || user.hasRole(Role::SectionChief) ||
               user.hasRole(Role::LeaderInCharge) || user.hasRole(Role::PrincipalLeader) ||
               user.hasRole(Role::Publisher);
    case Permission::WriteLedger:
        return !admin && !auditor && user.hasRole(Role::Author);
    case Permission::RecordPublications:
    case Permission::ImportLedger:
        return !admin && !auditor && (user.hasRole(Role::Author) || user.hasRole(Role::Publisher));
    case Permission::SignReviews:
    case Permission::AttestPaperReview:
        if (admin || auditor)
            return false;
        for (Role r : user.roles) {
            if (ReviewChain::isSigningRole(r))
                return true;
        }
        return false;
    }
    return false;
}

QString Permissions::describe(Permission permission)
{
    switch (permission) {
    case Permission::ManageAccounts:
        return tr("manage accounts");
    case Permission::ManageLists:
        return tr("manage departments, categories and channels");
    case Permission::ManageChain:
        return tr("configure the review chain");
    case Permission::ReadAuditTrail:
        return tr("read the audit trail");
    case Permission::ReadLedger:
        return tr("read the ledger");
    case Permission::WriteLedger:
        return tr("write the ledger");
    case Permission::SignReviews:
        return tr("sign reviews");
    case Permission::ManageTemplates:
        return tr("edit the report templates");
    case Permission::RecordPublications:
        return tr("record publications and submissions");
    case Permission::ImportLedger:
        return tr("import the ledger");
    case Permission::AttestPaperReview:
        return tr("attest a paper review");
    }
    return {};
}

QString Permissions::refusal(const User& user, Permission permission)
{
    if (allows(user, permission))
        return {};
    if (!user.active)
        return tr("The account %1 is deactivated.").arg(user.login);
    if (permission == Permission::SignReviews && user.hasRole(Role::Administrator))
        return tr("The administrator cannot sign reviews (separation of duties).");
    if (permission == Permission::ReadAuditTrail && user.hasRole(Role::Administrator))
        return tr(
            "The administrator cannot read or change the audit trail (separation of duties); that is the "
            "auditor's task.");
    if (user.hasRole(Role::Auditor))
        return tr("The auditor reads the audit trail and nothing else (separation of duties): %1 may not %2.")
            .arg(user.login, describe(permission));
    if (user.hasRole(Role::Administrator))
        return tr("The administrator manages accounts, lists and the review chain and nothing else "
                  "(separation "
                  "of duties): %1 may not %2.")
            .arg(user.login, describe(permission));
    return tr("%1 has no role that may %2.").arg(user.login, describe(permission));
}

bool Permissions::canWithdraw(const User& user, const Item& item)
{
    if (!user.active || user.hasRole(Role::Administrator) || user.hasRole(Role::Auditor))
        return false;
    if (item.authorId == user.id)
        return true;
    if (user.hasRole(Role::SectionChief) && user.departmentId == item.departmentId)
        return true;
    return user.hasRole(Role::LeaderInCharge) || user.hasRole(Role::PrincipalLeader);
}

QList<FieldError> Permissions::checkRoleSet(const QList<Role>& roles)
{
    QList<FieldError> errors;
    if (roles.isEmpty())
        errors.append({QStringLiteral("roles"), tr("Give the user at least one role.")});
    for (Role r : roles) {
        if (isExclusiveRole(r) && roles.size() > 1) {
            errors.append({QStringLiteral("roles"),
                           tr("The role %1 cannot be combined with other roles (separation of duties).")
                               .arg(roleDisplayName(r))});
            break;
        }
    }
    return errors;
}

} // namespace gongkai
