#include "reporttextservice.h"

#include "../review/servicecall.h"
#include "quarterlytext.h"
#include "reporttemplaterepository.h"

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

const QString kKind = QString::fromLatin1(ReportTemplateRepository::kQuarterly);
} // namespace

ReportTextService::ReportTextService(Database& db) : m_db(db) {}

QString ReportTextService::quarterlyTemplate(const Session& session)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    return ReportTemplateRepository(m_db).bodyOrDefault(kKind);
}

void ReportTextService::setQuarterlyTemplate(const Session& session, const QString& body)
{
    ServiceCall call(m_db, session, AuditEvent::ReportTemplateChanged);
    call.require(Permission::ManageTemplates, L("report_template"));
    const QStringList problems = QuarterlyText::check(body);
    if (!problems.isEmpty())
        throw ValidationError({{L("body"), tr("The template has unknown placeholders or tables, or no title "
                                              "line (\"# …\"): %1")
                                               .arg(problems.join(QStringLiteral(", ")))}});
    ReportTemplateRepository(m_db).set(kKind, body);
}

void ReportTextService::resetQuarterlyTemplate(const Session& session)
{
    ServiceCall call(m_db, session, AuditEvent::ReportTemplateChanged);
    call.require(Permission::ManageTemplates, L("report_template"));
    ReportTemplateRepository(m_db).clear(kKind);
}

ReportDraft ReportTextService::draft(const Session& session, const ReportPeriod& period)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, L("report_draft"));
    return ReportDraftRepository(m_db).loadOrPrefill(period);
}

int ReportTextService::saveDraft(const Session& session, const ReportPeriod& period,
                                 const ReportSections& sections, int expectedRowVersion)
{
    ServiceCall call(m_db, session, AuditEvent::ReportDraftSaved);
    call.require(Permission::WriteLedger, L("report_draft"));
    return call.run(L("report_draft"), 0, [&] {
        return ReportDraftRepository(m_db).save(period.key(), sections, expectedRowVersion);
    });
}

} // namespace gongkai
