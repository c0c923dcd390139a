#include "adminservice.h"

#include "../report/officesettings.h"
#include "../storage/categoryrepository.h"
#include "../storage/channelrepository.h"
#include "../storage/departmentrepository.h"
#include "../storage/reviewrepository.h"
#include "servicecall.h"

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}
} // namespace

AdminService::AdminService(Database& db) : m_db(db) {}

qint64 AdminService::addDepartment(const Session& session, const QString& name)
{
    ServiceCall call(m_db, session, AuditEvent::ListEntryAdded);
    call.require(Permission::ManageLists, L("department"));
    return DepartmentRepository(m_db).add(name);
}

void AdminService::updateDepartment(const Session& session, const Department& department)
{
    ServiceCall call(m_db, session, AuditEvent::ListEntryChanged);
    call.require(Permission::ManageLists, L("department"), department.id);
    DepartmentRepository(m_db).update(department);
}

qint64 AdminService::addCategory(const Session& session, const QString& name)
{
    ServiceCall call(m_db, session, AuditEvent::ListEntryAdded);
    call.require(Permission::ManageLists, L("category"));
    return CategoryRepository(m_db).add(name);
}

void AdminService::updateCategory(const Session& session, const Category& category)
{
    ServiceCall call(m_db, session, AuditEvent::ListEntryChanged);
    call.require(Permission::ManageLists, L("category"), category.id);
    CategoryRepository(m_db).update(category);
}

qint64 AdminService::addChannel(const Session& session, const QString& name, bool isAgency)
{
    ServiceCall call(m_db, session, AuditEvent::ListEntryAdded);
    call.require(Permission::ManageLists, L("channel"));
    return ChannelRepository(m_db).add(name, isAgency);
}

void AdminService::updateChannel(const Session& session, const Channel& channel)
{
    ServiceCall call(m_db, session, AuditEvent::ListEntryChanged);
    call.require(Permission::ManageLists, L("channel"), channel.id);
    ChannelRepository(m_db).update(channel);
}

ReviewChain AdminService::chain(const Session& session)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    return ReviewRepository(m_db).configuredChain();
}

void AdminService::setChain(const Session& session, const ReviewChain& chain)
{
    ServiceCall call(m_db, session, AuditEvent::ChainChanged);
    call.require(Permission::ManageChain, L("chain"));
    ReviewRepository(m_db).saveChain(chain);
}

void AdminService::setUnitName(const Session& session, const QString& name)
{
    ServiceCall call(m_db, session, AuditEvent::SettingChanged);
    call.require(Permission::ManageLists, L("setting"));
    OfficeSettings::setUnitName(m_db, name);
}

void AdminService::setStepEnabled(const Session& session, int position, bool enabled)
{
    ServiceCall call(m_db, session, AuditEvent::ChainChanged);
    call.require(Permission::ManageChain, L("chain"));
    ReviewRepository reviews(m_db);
    ReviewChain chain = reviews.configuredChain();
    if (position < 0 || position >= chain.steps.size())
        throw Error(tr("The review chain has no step %1.").arg(position + 1));
    chain.steps[position].enabled = enabled;
    reviews.saveChain(chain);
}

} // namespace gongkai
