#pragma once

#include "reportdraftrepository.h"
#include "reportperiod.h"
#include "reportsections.h"

#include <QCoreApplication>
#include <QString>

namespace gongkai {

class Database;
class Session;

/// The editable text of the quarterly report for a signed-in user: the template (anyone signed in reads
/// it; only the administrator, Permission::ManageTemplates, changes it) and the office's own sections per
/// period (ReadLedger reads them, WriteLedger saves them). Changes are audited by the repositories,
/// refusals here.
class ReportTextService
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ReportTextService)

public:
    explicit ReportTextService(Database& db);

    /// The stored quarterly template, or the shipped default.
    QString quarterlyTemplate(const Session& session);
    /// Stores a new template; ValidationError when QuarterlyText::check() finds problems.
    void setQuarterlyTemplate(const Session& session, const QString& body);
    /// Back to the shipped default.
    void resetQuarterlyTemplate(const Session& session);

    /// The period's sections, or the previous period's to start from (ReportDraft::prefilledFrom).
    ReportDraft draft(const Session& session, const ReportPeriod& period);
    /// Saves the sections (expectedRowVersion from draft(); ConflictError when stale); gives the new one.
    int saveDraft(const Session& session, const ReportPeriod& period, const ReportSections& sections,
                  int expectedRowVersion);

private:
    Database& m_db;
};

} // namespace gongkai
