#pragma once

#include "reportperiod.h"
#include "reportsections.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace gongkai {

class Database;

/// The office's own sections of one period's report, as stored in report_drafts, or prefilled.
struct ReportDraft
{
    QString periodKey;
    ReportSections sections;
    int rowVersion = 0; ///< 0 when nothing is stored for the period yet
    QDateTime updatedAt;
    QString updatedBy;
    QString prefilledFrom; ///< the period key the sections were copied from, when not stored yet
};

/// Reads and writes report_drafts; saves are audited as the connection's actor.
class ReportDraftRepository
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ReportDraftRepository)

public:
    explicit ReportDraftRepository(Database& db);

    std::optional<ReportDraft> get(const QString& periodKey) const;
    /// The period's draft; when none is stored, the previous period's sections (problems left out:
    /// they are the old period's), or empty sections.
    ReportDraft loadOrPrefill(const ReportPeriod& period) const;
#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    /// Stores the sections when expectedRowVersion matches (0 for a first save), else throws
    /// ConflictError; gives the new row version.
    int save(const QString& periodKey, const ReportSections& sections, int expectedRowVersion);
#endif

private:
    Database& m_db;
};

} // namespace gongkai
