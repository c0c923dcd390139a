#pragma once

#include "report/reportarchive.h"
#include "review/session.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// The archive of finalized quarterly reports: every version of every period (finalized by whom and
/// when, superseded ones marked, the content hash checked with ReportArchive::verify), and a stored
/// version printed, previewed or exported as PDF from its stored figures and text — never from the
/// ledger as it is now.
class ReportArchivePanel : public QWidget
{
    Q_OBJECT
public:
    enum Column
    {
        PeriodColumn,
        VersionColumn,
        ByColumn,
        AtColumn,
        StatusColumn,
        HashColumn,
    };

    ReportArchivePanel(Database& db, const Session& session, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    const QList<FinalizedReport>& reports() const { return m_reports; }
    /// The stored version in the current row, or nullopt.
    std::optional<FinalizedReport> current() const;

public slots:
    void reload();
    void previewCurrent();
    void printCurrent();
    void exportCurrentPdf();

private:
    QString title(const FinalizedReport& report) const;
    void updateButtons();

    Database& m_db;
    Session m_session;
    QList<FinalizedReport> m_reports;
    QTableWidget* m_table;
    QLabel* m_emptyLabel;
    QPushButton* m_preview;
    QPushButton* m_print;
    QPushButton* m_pdf;
    QCheckBox* m_pdfA;
};

} // namespace gongkai::ui
