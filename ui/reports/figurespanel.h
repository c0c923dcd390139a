#pragma once

#include "report/quarterlyfigures.h"
#include "review/session.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// The figures of a quarterly report as a table (label, this period, the same period last year, the
/// change), the unreviewed items shown prominently when there are any, and under it what the chosen
/// figure counts (QuarterlyReportService::trace): items with their titles and dates, or work records.
/// Double-clicking an item asks for it to be shown in the ledger (itemRequested).
class FiguresPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        LabelColumn,
        CurrentColumn,
        LastYearColumn,
        ChangeColumn,
    };
    /// The most rows a trace lists (each is read from the ledger).
    static constexpr int kMaxTraceRows = 500;

    FiguresPanel(Database& db, const Session& session, QWidget* parent = nullptr);

    void setFigures(const QuarterlyFigures& figures);
    const QuarterlyFigures& figures() const { return m_figures; }
    QTableWidget* figuresTable() const { return m_table; }
    QTableWidget* traceTable() const { return m_trace; }
    /// Lists what the figure in this row of the table counts (lastYear: its same period last year).
    void traceRow(int row, bool lastYear = false);

signals:
    void itemRequested(qint64 itemId);

private:
    void traceActivated(int row);

    Database& m_db;
    Session m_session;
    QuarterlyFigures m_figures;
    QList<FigureEntry> m_entries;
    bool m_traceIsRecords = false;
    QLabel* m_problem;
    QTableWidget* m_table;
    QLabel* m_traceLabel;
    QTableWidget* m_trace;
};

} // namespace gongkai::ui
