#include "quarterlyreportservice.h"

#include "../review/servicecall.h"
#include "../storage/database.h"
#include "quarterlytext.h"
#include "reportdraftrepository.h"
#include "reporttemplaterepository.h"

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}
} // namespace

QuarterlyReportService::QuarterlyReportService(Database& db) : m_db(db) {}

QuarterlyFigures QuarterlyReportService::figures(const Session& session, const ReportPeriod& period)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, L("report"));
    return QuarterlyFiguresQuery(m_db).compute(period);
}

FigureTrace QuarterlyReportService::trace(const Session& session, const ReportPeriod& period,
                                          const QString& figureKey)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, L("report"));
    return QuarterlyFiguresQuery(m_db).trace(period, figureKey);
}

QuarterlyReport QuarterlyReportService::composeUnchecked(Database& db, const ReportPeriod& period,
                                                         const QDate& date)
{
    QuarterlyReport r;
    r.figures = QuarterlyFiguresQuery(db).compute(period);
    const QString body =
        ReportTemplateRepository(db).bodyOrDefault(QLatin1String(ReportTemplateRepository::kQuarterly));
    const ReportDraft draft = ReportDraftRepository(db).loadOrPrefill(period);
    const QDate closing = date.isValid() ? date : db.nowUtc().toLocalTime().date();
    r.body = QuarterlyText::compose(body, r.figures, draft.sections, closing);
    return r;
}

QuarterlyReport QuarterlyReportService::compose(const Session& session, const ReportPeriod& period,
                                                const QDate& date)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, L("report"));
    return composeUnchecked(m_db, period, date);
}

QuarterlyReport QuarterlyReportService::preview(const Session& session, const QuarterlyFigures& figures,
                                                const ReportSections& sections, const QDate& date)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, L("report"));
    QuarterlyReport r;
    r.figures = figures;
    const QString body =
        ReportTemplateRepository(m_db).bodyOrDefault(QLatin1String(ReportTemplateRepository::kQuarterly));
    r.body = QuarterlyText::compose(body, figures, sections,
                                    date.isValid() ? date : m_db.nowUtc().toLocalTime().date());
    return r;
}

FinalizedReport QuarterlyReportService::finalize(const Session& session, const ReportPeriod& period)
{
    ServiceCall call(m_db, session, AuditEvent::ReportFinalized);
    call.require(Permission::WriteLedger, L("finalized_report"));
    return call.run(L("finalized_report"), 0, [&] {
        TransactionGuard guard(m_db, TransactionMode::Immediate);
        // The figures and the version number come from one snapshot.
        const QuarterlyReport report = composeUnchecked(m_db, period);
        FinalizedReport stored = ReportArchive(m_db).add(report, call.user());
        guard.commit();
        return stored;
    });
}

QList<FinalizedReport> QuarterlyReportService::list(const Session& session, const QString& periodKey)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, L("finalized_report"));
    return ReportArchive(m_db).list(periodKey);
}

FinalizedReport QuarterlyReportService::get(const Session& session, qint64 id)
{
    ServiceCall call(m_db, session, AuditEvent::PermissionDenied);
    call.require(Permission::ReadLedger, L("finalized_report"), id);
    const auto r = ReportArchive(m_db).get(id);
    if (!r)
        throw Error(tr("There is no finalized report %1.").arg(id));
    return *r;
}

} // namespace gongkai
