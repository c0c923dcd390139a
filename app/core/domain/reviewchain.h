#pragma once

#include "../error.h"
#include "role.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gongkai {

/// What a signature means (21 CFR 11.50): the step's kind of responsibility.
enum class SignatureMeaning
{
    Review,   ///< 初审: first review
    Approval, ///< 审核: approval
    SignOff,  ///< 签发: final sign-off
};

/// Stable code stored with signatures and chains: "review", "approval", "sign_off".
QString meaningCode(SignatureMeaning meaning);
bool meaningFromString(const QString& text, SignatureMeaning* meaning);
/// Translated display name.
QString meaningDisplayName(SignatureMeaning meaning);

/// One step of the review chain: who may sign it and what the signature means.
struct ReviewStep
{
    Role role = Role::SectionChief;
    bool sameDepartment = false; ///< the signer must belong to the item's department
    SignatureMeaning meaning = SignatureMeaning::Review;
    QString label;         ///< as printed on the review form, e.g. 科室负责人初审
    bool optional = false; ///< the administrator may switch the step off (e.g. 主要领导签发)
    bool enabled = true;   ///< only enabled steps are part of a round

    bool operator==(const ReviewStep&) const = default;
};

/// The ordered steps of the sign-off chain. The administrator configures one (with switched-off optional
/// steps); each review round keeps a snapshot of the enabled steps as they were when it started.
struct ReviewChain
{
    QList<ReviewStep> steps;

    /// Checks a configuration: at least one enabled step, a signing role and a label on each. Empty when
    /// valid.
    QList<FieldError> validate() const;
    /// The roles a step may name: section chief, leader in charge, principal leader.
    static bool isSigningRole(Role role);
    /// The enabled steps only: what a round started now must pass.
    ReviewChain active() const;
    /// Compact JSON with sorted keys, the form stored with a round and hashed into the audit trail.
    QByteArray toJson() const;
    /// Reads toJson()'s form; returns false (and leaves chain alone) on anything malformed.
    static bool fromJson(const QByteArray& json, ReviewChain* chain);
    /// The office default: section chief of the item's department (科室负责人初审, review), leader in
    /// charge (分管领导审核, approval), and the principal leader (主要领导签发, sign-off) switched off.
    static ReviewChain defaultChain();

    bool operator==(const ReviewChain&) const = default;
};

} // namespace gongkai
