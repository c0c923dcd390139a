#pragma once

#include "../domain/category.h"
#include "../domain/channel.h"
#include "../domain/department.h"
#include "../domain/reviewchain.h"

#include <QCoreApplication>

namespace gongkai {

class Database;
class Session;

/// The administrator's lists and the review chain (Permission::ManageLists, ManageChain). Every change
/// is audited by the repositories; refusals by the service.
class AdminService
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::AdminService)

public:
    explicit AdminService(Database& db);

    qint64 addDepartment(const Session& session, const QString& name);
    void updateDepartment(const Session& session, const Department& department);
    qint64 addCategory(const Session& session, const QString& name);
    void updateCategory(const Session& session, const Category& category);
    qint64 addChannel(const Session& session, const QString& name, bool isAgency);
    void updateChannel(const Session& session, const Channel& channel);

    /// The configured chain, switched-off steps included. Any signed-in user may read it.
    ReviewChain chain(const Session& session);
    /// Replaces the configuration (ReviewChain::validate); rounds already started keep their own copy.
    void setChain(const Session& session, const ReviewChain& chain);
    /// The unit's name (单位名称) printed on forms and reports (Permission::ManageLists); audited.
    void setUnitName(const Session& session, const QString& name);
    /// Switches an optional step (e.g. 主要领导签发) on or off.
    void setStepEnabled(const Session& session, int position, bool enabled);

private:
    Database& m_db;
};

} // namespace gongkai
