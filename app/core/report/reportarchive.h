#pragma once

#include "quarterlyreport.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace gongkai {

class Database;
struct User;

/// One version of a finalized report, as stored in finalized_reports.
struct FinalizedReport
{
    qint64 id = 0;
    QString periodKey;
    int version = 0; ///< 1, 2, … within the period
    QString label;   ///< 2017年第三季度
    QDate from;
    QDate to;
    QString unit;
    QString figuresJson;   ///< QuarterlyFigures::toJson(), compact, as stored
    QString body;          ///< the composed text, as stored
    QString contentHash;   ///< see ReportArchive::contentHash
    QDateTime finalizedAt; ///< UTC
    qint64 finalizedBy = 0;
    QString finalizedLogin;
    QString finalizedName;
    bool superseded = false; ///< a later version of the period exists

    /// The report to render, from the stored figures and text alone.
    QuarterlyReport report() const;
};

/// The archive of finalized reports (finalized_reports): append-only, one row per version; a new
/// version of a period supersedes the earlier ones, which stay listed. Finalizing is audited.
class ReportArchive
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ReportArchive)

public:
    explicit ReportArchive(Database& db);

#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    /// Stores the report as the next version of its period, finalized by user now; gives the stored row.
    FinalizedReport add(const QuarterlyReport& report, const User& by);
#endif
    std::optional<FinalizedReport> get(qint64 id) const;
    /// Every version, newest period first, versions newest first; periodKey narrows to one period.
    QList<FinalizedReport> list(const QString& periodKey = {}) const;

    /// Lower-case hex SHA-256 of the compact JSON array
    /// ["gongkai-report-1", periodKey, "version", unit, figuresJson, body] (UTF-8).
    static QString contentHash(const FinalizedReport& report);
    /// True when the stored hash matches the stored figures and text.
    static bool verify(const FinalizedReport& report);

private:
    QList<FinalizedReport> select(const QString& where, const QVariantMap& binds) const;

    Database& m_db;
};

} // namespace gongkai
