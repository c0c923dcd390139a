#pragma once

#include <QList>
#include <QString>

namespace gongkai {

/// What a user may do; a user holds one or more roles.
enum class Role {
    Author,          ///< 撰稿人
    SectionChief,    ///< 科室负责人
    LeaderInCharge,  ///< 分管领导
    PrincipalLeader, ///< 主要领导
    Administrator,   ///< 系统管理员
    Auditor,         ///< 审计管理员
    Publisher,       ///< 信息发布员: records publications, submissions and adoptions; imports the ledger
};

/// Stable code stored in the database and used by the CLI, e.g. "section_chief".
QString roleCode(Role role);
/// Parses a code (or a Chinese or English display name); returns false when unknown.
bool roleFromString(const QString& text, Role* role);
/// Translated display name, e.g. 科室负责人.
QString roleDisplayName(Role role);
QList<Role> allRoles();

} // namespace gongkai
