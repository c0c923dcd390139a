#pragma once

#include "quarterlyfigures.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariantMap>

namespace gongkai {

class Database;

/// What a figure counts: item ids, or work record ids for the work-record figures.
struct FigureTrace
{
    bool workRecords = false; ///< ids are work_records ids rather than items
    QList<qint64> ids;        ///< ascending
};

/// Computes QuarterlyFigures with aggregate SQL (the ledger's rows are never loaded), and traces a
/// figure back to what it counts. Both back ends; the queries go through the date indexes.
class QuarterlyFiguresQuery
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::QuarterlyFiguresQuery)

public:
    explicit QuarterlyFiguresQuery(Database& db);

    /// The period's figures beside the same period last year.
    QuarterlyFigures compute(const ReportPeriod& period);
    /// The ids a figure of compute() counts (key as in QuarterlyFigures::entries(); a key ending in
    /// .lastYear traces the comparison figure). Throws Error for an unknown key.
    FigureTrace trace(const ReportPeriod& period, const QString& key);

    /// Records every statement compute() runs from now on, with its bind values (the benchmark runs the
    /// same SQL in the sqlite3 tool; a test checks the query plans); nullptr stops recording.
    void setStatementLog(QList<QPair<QString, QVariantMap>>* log) { m_log = log; }

    /// The date 20 working days (Monday to Friday) after a request was received: when it is overdue.
    static QDate answerDeadline(const QDate& received);

private:
    Database& m_db;
    QList<QPair<QString, QVariantMap>>* m_log = nullptr;
};

} // namespace gongkai
