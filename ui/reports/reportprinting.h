#pragma once

#include "report/quarterlyreport.h"

#include <QCoreApplication>
#include <QString>

class QPrinter;
class QWidget;

namespace gongkai::ui {

/// Prints and exports a quarterly report (the one being prepared or a stored version) the same way:
/// the GB/T 9704 pages of QuarterlyReportRenderer on an A4 printer measured from the paper's edge, PDF
/// (optionally PDF/A-1b for the archive), HTML and the figures as JSON. Failures are explained to the user.
class ReportPrinting
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ui::ReportPrinting)

public:
    /// A4 portrait, full page: the renderer measures its margins from the paper's edge.
    static void preparePrinter(QPrinter* printer, const QString& title);
    /// Asks for a printer and prints; false when cancelled or failed.
    static bool print(const QuarterlyReport& report, const QString& title, QWidget* parent);
    /// Shows a print preview dialog.
    static void preview(const QuarterlyReport& report, const QString& title, QWidget* parent);
    /// Asks for a file name and writes a PDF; pdfA: PDF/A-1b. Gives the path written, or empty.
    static QString exportPdf(const QuarterlyReport& report, const QString& name, bool pdfA, QWidget* parent);
    static QString exportHtml(const QuarterlyReport& report, const QString& name, QWidget* parent);
    /// The figures as JSON (QuarterlyFigures::toJson).
    static QString exportJson(const QuarterlyReport& report, const QString& name, QWidget* parent);

private:
    static QString askPath(const QString& name, const QString& suffix, const QString& filter,
                           QWidget* parent);
};

} // namespace gongkai::ui
