#pragma once

#include "quarterlyfiguresquery.h"
#include "quarterlyreport.h"
#include "reportarchive.h"
#include "reportperiod.h"
#include "reportsections.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace gongkai {

class Database;
class Session;

/// The quarterly self-inspection report for a signed-in user. Reading the figures, tracing them and
/// composing a preview need ReadLedger; finalizing needs WriteLedger (authors; the auditor and the
/// administrator cannot). Finalizing stores the figures and text of that moment (ReportArchive).
class QuarterlyReportService
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::QuarterlyReportService)

public:
    explicit QuarterlyReportService(Database& db);

    QuarterlyFigures figures(const Session& session, const ReportPeriod& period);
    FigureTrace trace(const Session& session, const ReportPeriod& period, const QString& figureKey);
    /// The report as it would be finalized now: figures, the stored template, the period's draft (or the
    /// prefilled one), closed with date (today when invalid).
    QuarterlyReport compose(const Session& session, const ReportPeriod& period, const QDate& date = {});
    /// The report of figures already computed with the sections as they are being edited (unsaved): a live
    /// preview that runs no figure query.
    QuarterlyReport preview(const Session& session, const QuarterlyFigures& figures,
                            const ReportSections& sections, const QDate& date = {});
    /// Composes and archives the next version of the period.
    FinalizedReport finalize(const Session& session, const ReportPeriod& period);
    QList<FinalizedReport> list(const Session& session, const QString& periodKey = {});
    /// Throws Error when there is no such report.
    FinalizedReport get(const Session& session, qint64 id);

    /// compose() without a session, for the command line acting as the local user.
    static QuarterlyReport composeUnchecked(Database& db, const ReportPeriod& period, const QDate& date = {});

private:
    Database& m_db;
};

} // namespace gongkai
