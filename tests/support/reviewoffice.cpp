#include "reviewoffice.h"

#include "review/authservice.h"
#include "review/itemservice.h"
#include "review/passwordhasher.h"
#include "storage/credentialrepository.h"
#include "storage/database.h"
#include "storage/itemrepository.h"
#include "storage/userrepository.h"

namespace gongkai::test {

namespace {
qint64 addUser(Database& db, const char* login, const char* name, qint64 department, QList<Role> roles)
{
    User u;
    u.login = QString::fromLatin1(login);
    u.name = QString::fromUtf8(name);
    u.departmentId = department;
    u.roles = std::move(roles);
    return UserRepository(db).add(u);
}
} // namespace

ReviewOffice ReviewOffice::create(Database& db)
{
    PasswordHasher::setFastHashingForTests(true);
    ReviewOffice o;
    o.seed = Seed::create(db);
    const Seed& s = o.seed;
    o.zhouping = addUser(db, "zhouping", "周平", s.office, {Role::SectionChief, Role::LeaderInCharge});
    o.liming = addUser(db, "liming", "李明", s.office, {Role::Author});
    o.wangqiang = addUser(db, "wangqiang", "王强", s.commerce, {Role::SectionChief, Role::Author});
    o.zhaoli = addUser(db, "zhaoli", "赵丽", s.office, {Role::LeaderInCharge});
    o.sunhao = addUser(db, "sunhao", "孙浩", s.office, {Role::LeaderInCharge});
    o.qianjun = addUser(db, "qianjun", "钱军", s.office, {Role::PrincipalLeader});
    o.admin = addUser(db, "admin", "管理员", s.office, {Role::Administrator});
    o.audit = addUser(db, "audit", "审计员", s.office, {Role::Auditor});
    o.publisher = addUser(db, "zhoujie", "周杰", s.office, {Role::Publisher});
    const QString hash = PasswordHasher::hash(password());
    CredentialRepository credentials(db);
    for (const User& u : UserRepository(db).list())
        credentials.setPassword(u.id, hash, false);
    return o;
}

Session ReviewOffice::login(Database& db, const QString& login)
{
    return AuthService(db).login(login, password());
}

Item ReviewOffice::draft(Database& db, const QString& title, qint64 author) const
{
    Item item = seed.item(title);
    if (author)
        item.authorId = author;
    ItemRepository(db).add(item);
    return item;
}

void ReviewOffice::attestPaper(Database& db, qint64 itemId, const QString& attester, const QString& formRef,
                               const QString& reviewers)
{
    const Session session = login(db, attester);
    PaperAttestation a;
    a.formRef = formRef;
    a.reviewers = reviewers;
    ItemService(db).attestPaperReview(session, itemId, password(), a);
}

} // namespace gongkai::test
