#pragma once

#include "domain/item.h"

namespace gongkai {
class Database;
}

namespace gongkai::test {

/// A small office for tests: two departments, an author, and the ids of seeded lists.
struct Seed
{
    qint64 office = 0;    ///< department 办公室
    qint64 commerce = 0;  ///< department 商务科
    qint64 author = 0;    ///< user "zhangwei" (张伟), 办公室, author
    qint64 chief = 0;     ///< user "lina" (李娜), 办公室, section chief
    qint64 news = 0;      ///< category 工作动态
    qint64 policy = 0;    ///< category 政策解读
    qint64 portal = 0;    ///< channel 门户网站
    qint64 wechat = 0;    ///< channel 微信公众号
    qint64 agency = 0;    ///< upper agency 市委办公厅《每日要情》

    static Seed create(Database& db);
    /// A valid draft by the seed author.
    Item item(const QString& title, const QDate& drafted = QDate(2024, 3, 1)) const;
};

} // namespace gongkai::test
