#include "reviewprintactions.h"

#include "review/reviewservice.h"

#include "printmonthdialog.h"

#include "error.h"
#include "report/monthlysummarycsv.h"
#include "report/monthlysummarydata.h"
#include "report/monthlysummaryrenderer.h"
#include "report/pdffile.h"
#include "report/reviewformdata.h"
#include "report/reviewformrenderer.h"
#include "review/itemservice.h"
#include "review/permissions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QIcon>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace gongkai::ui {

namespace {
/// A printer set for the GB/T 9704 pages the renderers paint: A4, measured from the paper's edge.
void preparePrinter(QPrinter* printer, const QString& title)
{
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setFullPage(true);
    printer->setDocName(title);
}

QString documentsPath(const QString& name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(name);
}
} // namespace

ReviewPrintActions::ReviewPrintActions(QWidget* parent) : QObject(parent), m_parent(parent)
{
    m_previewForm = new QAction(QIcon::fromTheme(QStringLiteral("document-print-preview")),
                                tr("Review Form Print Pre&view…"), this);
    m_previewForm->setStatusTip(tr("Show the item's confidentiality review form as it will print"));
    connect(m_previewForm, &QAction::triggered, this, &ReviewPrintActions::previewForm);

    m_printForm =
        new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Print Review Form…"), this);
    m_printForm->setShortcut(QKeySequence::Print);
    m_printForm->setStatusTip(tr("Print the item's confidentiality review form (A4)"));
    connect(m_printForm, &QAction::triggered, this, &ReviewPrintActions::printForm);

    m_formPdf = new QAction(tr("Review Form as P&DF…"), this);
    m_formPdf->setStatusTip(tr("Save the item's confidentiality review form as a PDF file"));
    connect(m_formPdf, &QAction::triggered, this, &ReviewPrintActions::saveFormPdf);

    m_monthly = new QAction(tr("&Monthly Review Summary…"), this);
    m_monthly->setStatusTip(tr("Print or save the reviews that ended in a month, for filing"));
    connect(m_monthly, &QAction::triggered, this, &ReviewPrintActions::monthlySummary);
    updateActions();
}

ReviewPrintActions::~ReviewPrintActions() = default;

QList<QAction*> ReviewPrintActions::actions() const
{
    return {m_previewForm, m_printForm, m_formPdf, m_monthly};
}

void ReviewPrintActions::setSession(Database* db, const std::optional<Session>& session)
{
    const bool reader = db && session && Permissions::allows(session->user(), Permission::ReadLedger);
    m_db = reader ? db : nullptr;
    m_session = reader ? session : std::nullopt;
    if (!m_db && m_monthDialog)
        m_monthDialog->close();
    updateActions();
}

void ReviewPrintActions::setCurrentItem(qint64 itemId)
{
    m_item = itemId;
    updateActions();
}

void ReviewPrintActions::updateActions()
{
    const bool item = m_db && m_item > 0;
    m_previewForm->setEnabled(item);
    m_printForm->setEnabled(item);
    m_formPdf->setEnabled(item);
    m_monthly->setEnabled(m_db != nullptr);
}

void ReviewPrintActions::failed(const QString& title, const QString& message)
{
    QMessageBox::warning(m_parent, title, message);
}

ReviewPrintActions::Render ReviewPrintActions::formRenderer(QString* name)
{
    if (!m_db || m_item <= 0)
        return {};
    try {
        // Read through core as the signed-in user: the form shows ledger content.
        const ReviewFormRenderer renderer(ReviewService(*m_db).reviewForm(*m_session, m_item));
        *name = tr("Review form %1").arg(m_item);
        return [renderer](QPagedPaintDevice* device) { return renderer.render(device); };
    } catch (const Error& e) {
        failed(tr("Review Form"), e.message());
        return {};
    }
}

ReviewPrintActions::Render ReviewPrintActions::summaryRenderer(const QDate& month)
{
    if (!m_db || !m_session)
        return {};
    try {
        const MonthlySummaryRenderer renderer(ReviewService(*m_db).monthlySummary(*m_session, month));
        return [renderer](QPagedPaintDevice* device) { return renderer.render(device); };
    } catch (const Error& e) {
        failed(tr("Monthly Review Summary"), e.message());
        return {};
    }
}

void ReviewPrintActions::preview(const Render& render, const QString& title)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, title);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(title);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&render](QPrinter* p) { render(p); });
    dialog.exec();
}

void ReviewPrintActions::print(const Render& render, const QString& title)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(&printer, title);
    QPrintDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(tr("Print %1").arg(title));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (render(&printer) == 0)
        failed(title, tr("The printer could not be used."));
}

void ReviewPrintActions::savePdf(const Render& render, const QString& suggestedName)
{
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Save as PDF"),
                                                      documentsPath(suggestedName + QStringLiteral(".pdf")),
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!PdfFile::write(path, suggestedName, [&render](QPagedPaintDevice* d) { return render(d) > 0; }))
        failed(tr("Save as PDF"), tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
}

void ReviewPrintActions::previewForm()
{
    QString name;
    if (const Render r = formRenderer(&name))
        preview(r, name);
}

void ReviewPrintActions::printForm()
{
    QString name;
    if (const Render r = formRenderer(&name))
        print(r, name);
}

void ReviewPrintActions::saveFormPdf()
{
    QString name;
    if (const Render r = formRenderer(&name))
        savePdf(r, name);
}

void ReviewPrintActions::saveSummaryCsv(const QDate& month)
{
    if (!m_db || !m_session)
        return;
    const QString name = tr("Review summary %1").arg(month.toString(QStringLiteral("yyyy-MM")));
    const QString path = QFileDialog::getSaveFileName(
        m_parent, tr("Save as CSV"), documentsPath(name + QStringLiteral(".csv")), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        if (!MonthlySummaryCsv::writeFile(ReviewService(*m_db).monthlySummary(*m_session, month), path))
            failed(tr("Save as CSV"), tr("Cannot write %1.").arg(QDir::toNativeSeparators(path)));
    } catch (const Error& e) {
        failed(tr("Save as CSV"), e.message());
    }
}

void ReviewPrintActions::monthlySummary()
{
    if (!m_db)
        return;
    if (m_monthDialog) {
        m_monthDialog->raise();
        m_monthDialog->activateWindow();
        return;
    }
    auto* dialog = new PrintMonthDialog(m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_monthDialog = dialog;
    auto title = [](const QDate& month) {
        return tr("Review summary %1").arg(month.toString(QStringLiteral("yyyy-MM")));
    };
    connect(dialog, &PrintMonthDialog::previewRequested, this, [this, title](const QDate& month) {
        if (const Render r = summaryRenderer(month))
            preview(r, title(month));
    });
    connect(dialog, &PrintMonthDialog::printRequested, this, [this, title](const QDate& month) {
        if (const Render r = summaryRenderer(month))
            print(r, title(month));
    });
    connect(dialog, &PrintMonthDialog::pdfRequested, this, [this, title](const QDate& month) {
        if (const Render r = summaryRenderer(month))
            savePdf(r, title(month));
    });
    connect(dialog, &PrintMonthDialog::csvRequested, this, &ReviewPrintActions::saveSummaryCsv);
    dialog->show();
}

} // namespace gongkai::ui
