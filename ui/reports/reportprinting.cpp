#include "reportprinting.h"

#include "report/quarterlyreporthtml.h"
#include "report/quarterlyreportrenderer.h"

#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>

namespace gongkai::ui {

void ReportPrinting::preparePrinter(QPrinter* printer, const QString& title)
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setFullPage(true);
    printer->setDocName(title);
}

bool ReportPrinting::print(const QuarterlyReport& report, const QString& title, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, title);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = QuarterlyReportRenderer::render(report, &printer);
    QGuiApplication::restoreOverrideCursor();
    if (!ok)
        QMessageBox::warning(parent, title, tr("The printer could not be used."));
    return ok;
}

void ReportPrinting::preview(const QuarterlyReport& report, const QString& title, QWidget* parent)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&report](QPrinter* p) { QuarterlyReportRenderer::render(report, p); });
    dialog.exec();
}

QString ReportPrinting::askPath(const QString& name, const QString& suffix, const QString& filter,
                                QWidget* parent)
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name + suffix);
    return QFileDialog::getSaveFileName(parent, tr("Export"), suggested, filter);
}

QString ReportPrinting::exportPdf(const QuarterlyReport& report, const QString& name, bool pdfA,
                                  QWidget* parent)
{
    const QString path = askPath(name, QStringLiteral(".pdf"), tr("PDF files (*.pdf)"), parent);
    if (path.isEmpty())
        return {};
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = QuarterlyReportRenderer::writePdf(report, path, pdfA);
    QGuiApplication::restoreOverrideCursor();
    if (!ok) {
        QMessageBox::warning(parent, tr("Export PDF"),
                             tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

QString ReportPrinting::exportHtml(const QuarterlyReport& report, const QString& name, QWidget* parent)
{
    const QString path = askPath(name, QStringLiteral(".html"), tr("HTML files (*.html)"), parent);
    if (path.isEmpty())
        return {};
    if (!QuarterlyReportHtml::write(report, path)) {
        QMessageBox::warning(parent, tr("Export HTML"),
                             tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

QString ReportPrinting::exportJson(const QuarterlyReport& report, const QString& name, QWidget* parent)
{
    const QString path = askPath(name, QStringLiteral(".json"), tr("JSON files (*.json)"), parent);
    if (path.isEmpty())
        return {};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(report.figures.toJson()).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit()) {
        QMessageBox::warning(parent, tr("Export JSON"),
                             tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
        return {};
    }
    return path;
}

} // namespace gongkai::ui
