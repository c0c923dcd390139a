#pragma once

#include "../domain/item.h"
#include "../domain/user.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gongkai {

/// What a role lets a user do (separation of duties, 三权分立).
enum class Permission
{
    ManageAccounts, ///< add and change accounts, reset passwords, unlock (administrator)
    ManageLists,    ///< departments, categories, channels (administrator)
    ManageChain,    ///< the review chain (administrator)
    ReadAuditTrail, ///< read and verify the audit trail (auditor)
    ReadLedger,     ///< read, list and export items and their reviews (authors, publishers and signers)
    WriteLedger,    ///< create items as their author and change one's own items (authors)
    SignReviews,    ///< sign or send back review steps (section chiefs and leaders, never the administrator)
    ManageTemplates, ///< edit the report templates (administrator)
    /// record publications, submissions and adoptions: publishers on any approved item, authors on their
    /// own (the item-level part is ItemRules)
    RecordPublications,
    ImportLedger,       ///< import the ledger from a file (authors and publishers)
    AttestPaperReview,  ///< attest that items were reviewed on paper (the signing roles, with the password)
};

/// The one place that says which role may do what. The administrator manages accounts, lists and the
/// chain and nothing else (no items, no signatures, no audit trail); the auditor reads the audit trail
/// and nothing else; authors write the ledger; publishers record where items went out; section chiefs and leaders
/// sign. An account that holds
/// the administrator or auditor role is limited to that role whatever else it holds (AccountService
/// refuses such mixes; older accounts may have them). Item-level rules (only the author edits and
/// submits) are here too; the review chain's own rules are in ReviewRules.
class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::Permissions)

public:
    static bool allows(const User& user, Permission permission);
    /// Why the user may not (translated), or empty when they may.
    static QString refusal(const User& user, Permission permission);
    /// Translated name of the permission, e.g. "manage accounts".
    static QString describe(Permission permission);

    /// Its author, the section chief of its department, or a leader.
    static bool canWithdraw(const User& user, const Item& item);

    /// Roles that exclude every other role in one account (administrator, auditor).
    static bool isExclusiveRole(Role role);
    /// Problems of a role set for a new or changed account (separation of duties); empty when fine.
    static QList<FieldError> checkRoleSet(const QList<Role>& roles);
};

} // namespace gongkai
