#pragma once

#include "report/quarterlyfigures.h"
#include "report/quarterlyreport.h"
#include "report/reportperiod.h"
#include "review/session.h"

#include <QWidget>

class QCheckBox;
class QPrinter;
class QPushButton;
class QTabWidget;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

class FiguresPanel;
class PeriodChooser;
class ReportPreviewPane;
class ReportArchivePanel;
class SectionsEditor;

/// The quarterly self-inspection report (季度自查报告) for readers of the ledger: choose a period, see
/// its figures beside the same period last year and trace each to what it counts, write the office's
/// sections (authors), preview, print and export the composed report, finalize it as the period's next
/// version (authors) and reprint stored versions from the archive. Every read and change goes through
/// QuarterlyReportService and ReportTextService with the session; the window follows the database's
/// change events (items, reviews, work records, report texts, the archive).
class QuarterlyReportWindow : public QWidget
{
    Q_OBJECT
public:
    enum Tab
    {
        FiguresTab,
        TextTab,
        PreviewTab,
        ArchiveTab,
    };

    QuarterlyReportWindow(Database& db, const Session& session, QWidget* parent = nullptr);
    ~QuarterlyReportWindow() override;

    ReportPeriod period() const { return m_period; }
    /// Chooses the period as the user would (unsaved text is asked about).
    void setPeriod(const ReportPeriod& period);
    /// The report as it would print now: the figures, the template and the sections as edited.
    QuarterlyReport composed() const;
    bool canWrite() const { return m_canWrite; }

    PeriodChooser* periodChooser() const { return m_chooser; }
    FiguresPanel* figuresPanel() const { return m_figures; }
    SectionsEditor* sectionsEditor() const { return m_sections; }
    ReportArchivePanel* archivePanel() const { return m_archive; }
    ReportPreviewPane* previewPane() const { return m_preview; }
    QTabWidget* tabs() const { return m_tabs; }
    /// Pages of the preview, brought up to date first.
    int previewPageCount();

public slots:
    /// Recomputes the figures and rereads the text and the archive.
    void reload();
    void print();
    void exportPdf();
    void exportHtml();
    void exportJson();
    /// Asks, then stores the period's next version; false when not finalized.
    bool finalize();
    /// True when there are no unsaved changes, or the user saved or discarded them.
    bool confirmLeave();

signals:
    /// The user asked to see this item in the ledger.
    void itemRequested(qint64 itemId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void periodChosen(const ReportPeriod& period);
    void invalidatePreview();
    void paintPreview(QPrinter* printer);
    QString documentName() const;

    Database& m_db;
    Session m_session;
    bool m_canWrite;
    ReportPeriod m_period;
    QuarterlyFigures m_currentFigures;
    QString m_template;

    PeriodChooser* m_chooser;
    QTabWidget* m_tabs;
    FiguresPanel* m_figures;
    SectionsEditor* m_sections;
    ReportPreviewPane* m_preview;
    ReportArchivePanel* m_archive;
    QPushButton* m_finalize;
    QCheckBox* m_pdfA;
};

} // namespace gongkai::ui
