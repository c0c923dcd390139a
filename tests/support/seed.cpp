#include "seed.h"

#include "storage/categoryrepository.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/departmentrepository.h"
#include "storage/userrepository.h"

namespace gongkai::test {

Seed Seed::create(Database& db)
{
    Seed s;
    DepartmentRepository departments(db);
    s.office = departments.add(QStringLiteral("办公室"));
    s.commerce = departments.add(QStringLiteral("商务科"));
    UserRepository users(db);
    User author;
    author.login = QStringLiteral("zhangwei");
    author.name = QStringLiteral("张伟");
    author.departmentId = s.office;
    author.roles = {Role::Author};
    s.author = users.add(author);
    User chief;
    chief.login = QStringLiteral("lina");
    chief.name = QStringLiteral("李娜");
    chief.departmentId = s.office;
    chief.roles = {Role::SectionChief, Role::Author};
    s.chief = users.add(chief);
    CategoryRepository categories(db);
    s.news = categories.byName(QStringLiteral("工作动态"))->id;
    s.policy = categories.byName(QStringLiteral("政策解读"))->id;
    ChannelRepository channels(db);
    s.portal = channels.byName(QStringLiteral("门户网站"))->id;
    s.wechat = channels.byName(QStringLiteral("微信公众号"))->id;
    s.agency = channels.byName(QStringLiteral("市委办公厅《每日要情》"))->id;
    return s;
}

Item Seed::item(const QString& title, const QDate& drafted) const
{
    Item item;
    item.title = title;
    item.categoryId = news;
    item.departmentId = office;
    item.authorId = author;
    item.drafted = drafted;
    return item;
}

} // namespace gongkai::test
