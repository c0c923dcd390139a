#pragma once

#include "seed.h"

#include "review/session.h"

#include <QString>

namespace gongkai {
class Database;
}

namespace gongkai::test {

/// The seed office with a review chain's worth of people, every one with the password kPassword:
///   zhangwei 张伟   author, 办公室 (the seed's author)
///   lina     李娜   section chief and author, 办公室 (the seed's chief)
///   zhouping 周平   section chief and leader in charge, 办公室
///   liming   李明   author, 办公室
///   wangqiang 王强  section chief and author, 商务科
///   zhaoli   赵丽   leader in charge
///   sunhao   孙浩   leader in charge
///   qianjun  钱军   principal leader
///   zhoujie  周杰   publisher (信息发布员), 办公室
///   admin    管理员 administrator
///   audit    审计员 auditor
/// Passwords are hashed with the fastest Argon2id settings (PasswordHasher::setFastHashingForTests).
struct ReviewOffice
{
    static constexpr const char* kPassword = "Secret#2024";

    Seed seed;
    qint64 zhouping = 0;
    qint64 liming = 0;
    qint64 wangqiang = 0;
    qint64 zhaoli = 0;
    qint64 sunhao = 0;
    qint64 qianjun = 0;
    qint64 admin = 0;
    qint64 audit = 0;
    qint64 publisher = 0;

    static ReviewOffice create(Database& db);
    /// Signs in with kPassword.
    static Session login(Database& db, const QString& login);
    static QString password() { return QString::fromLatin1(kPassword); }
    /// A valid draft written by the given author (default 张伟) of 办公室, stored.
    Item draft(Database& db, const QString& title, qint64 author = 0) const;
    /// Attests through ItemService that the item was reviewed on paper, as attester (default 周平, a
    /// section chief and leader in charge) with kPassword; the item is 已审核 afterwards.
    static void attestPaper(Database& db, qint64 itemId, const QString& attester = QStringLiteral("zhouping"),
                            const QString& formRef = QStringLiteral("纸质审查单 2023-01"),
                            const QString& reviewers = QStringLiteral("李娜 2023-03-01；周平 2023-03-02"));
};

} // namespace gongkai::test
