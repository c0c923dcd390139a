#include "quarterlyreportwindow.h"

#include "figurespanel.h"
#include "periodchooser.h"
#include "reportarchivepanel.h"
#include "reportpreviewpane.h"
#include "reportprinting.h"
#include "sectionseditor.h"

#include "error.h"
#include "report/quarterlyreportrenderer.h"
#include "report/quarterlyreportservice.h"
#include "report/quarterlytext.h"
#include "report/reporttextservice.h"
#include "review/permissions.h"
#include "storage/changeevent.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace gongkai::ui {

QuarterlyReportWindow::QuarterlyReportWindow(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent, Qt::Window), m_db(db), m_session(session),
      m_canWrite(Permissions::allows(session.user(), Permission::WriteLedger)), m_chooser(new PeriodChooser),
      m_tabs(new QTabWidget), m_figures(new FiguresPanel(db, session)),
      m_sections(new SectionsEditor(db, session)), m_preview(new ReportPreviewPane),
      m_archive(new ReportArchivePanel(db, session)), m_finalize(new QPushButton(tr("&Finalize…"))),
      m_pdfA(new QCheckBox(tr("PDF/A-1b for the archive")))
{
    setObjectName(QStringLiteral("quarterlyReportWindow"));
    setAttribute(Qt::WA_DeleteOnClose, false);

    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->addTab(m_figures, tr("F&igures"));
    m_tabs->addTab(m_sections, tr("&Text"));
    m_tabs->addTab(m_preview, tr("Pre&view"));
    m_tabs->addTab(m_archive, tr("&Archive"));

    auto* refresh = new QPushButton(tr("&Recalculate"));
    refresh->setObjectName(QStringLiteral("recalculateButton"));
    refresh->setToolTip(tr("Count the figures again from the ledger as it is now"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_chooser, 1);
    top->addWidget(refresh);

    auto* print = new QPushButton(tr("&Print…"));
    print->setObjectName(QStringLiteral("printButton"));
    auto* pdf = new QPushButton(tr("Export P&DF…"));
    pdf->setObjectName(QStringLiteral("pdfButton"));
    m_pdfA->setObjectName(QStringLiteral("pdfACheck"));
    m_pdfA->setToolTip(tr("PDF/A-1b keeps the fonts and the layout for long-term archiving"));
    auto* html = new QPushButton(tr("Export &HTML…"));
    html->setObjectName(QStringLiteral("htmlButton"));
    auto* json = new QPushButton(tr("Export &JSON…"));
    json->setObjectName(QStringLiteral("jsonButton"));
    json->setToolTip(tr("The figures as JSON, for other programs"));
    m_finalize->setObjectName(QStringLiteral("finalizeButton"));
    m_finalize->setToolTip(tr("Store this report as the period's next version in the archive"));
    m_finalize->setVisible(m_canWrite);
    auto* buttonRow = new QWidget;
    auto* buttons = new QHBoxLayout(buttonRow);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->addWidget(print);
    buttons->addWidget(pdf);
    buttons->addWidget(m_pdfA);
    buttons->addWidget(html);
    buttons->addWidget(json);
    buttons->addStretch(1);
    buttons->addWidget(m_finalize);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttonRow);

    connect(m_chooser, &PeriodChooser::periodChanged, this, &QuarterlyReportWindow::periodChosen);
    connect(refresh, &QPushButton::clicked, this, &QuarterlyReportWindow::reload);
    connect(print, &QPushButton::clicked, this, &QuarterlyReportWindow::print);
    connect(pdf, &QPushButton::clicked, this, &QuarterlyReportWindow::exportPdf);
    connect(html, &QPushButton::clicked, this, &QuarterlyReportWindow::exportHtml);
    connect(json, &QPushButton::clicked, this, &QuarterlyReportWindow::exportJson);
    connect(m_finalize, &QPushButton::clicked, this, &QuarterlyReportWindow::finalize);
    connect(m_figures, &FiguresPanel::itemRequested, this, &QuarterlyReportWindow::itemRequested);
    connect(m_sections, &SectionsEditor::modifiedChanged, this, [this] {
        invalidatePreview();
        setWindowModified(m_sections->isModified());
    });
    connect(m_preview, &ReportPreviewPane::paintRequested, this, &QuarterlyReportWindow::paintPreview);
    // The archive has its own buttons: the ones for the period being prepared would only confuse there.
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [buttonRow](int index) { buttonRow->setVisible(index != ArchiveTab); });

    // The figures count the ledger, the reviews and the work records; the text and the archive are the
    // office's: a committed change to any of them shows here.
    connect(&db.changes(), &ChangeNotifier::changed, this, [this](const QList<ChangeEvent>& events) {
        for (const ChangeEvent& e : events) {
            switch (e.kind) {
            case ChangeKind::Item:
            case ChangeKind::Review:
            case ChangeKind::WorkRecord:
            case ChangeKind::ReportText:
            case ChangeKind::ReportArchive:
            case ChangeKind::ListEntry:
                reload();
                return;
            default:
                break;
            }
        }
    });

    m_period = m_chooser->period();
    reload();
    resize(1000, 720);
}

QuarterlyReportWindow::~QuarterlyReportWindow()
{
    // Removing the tabs while the children go must not reach this half-destroyed window.
    m_tabs->disconnect(this);
}

void QuarterlyReportWindow::setPeriod(const ReportPeriod& period)
{
    m_chooser->setPeriod(period);
}

void QuarterlyReportWindow::periodChosen(const ReportPeriod& period)
{
    if (period == m_period)
        return;
    if (!confirmLeave()) {
        m_chooser->setPeriod(m_period); // back to the period whose text is being edited
        return;
    }
    m_period = period;
    m_chooser->remember();
    reload();
}

void QuarterlyReportWindow::reload()
{
    setWindowTitle(tr("Quarterly Self-Inspection Report — %1[*]").arg(m_period.label()));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_currentFigures = QuarterlyReportService(m_db).figures(m_session, m_period);
        m_template = ReportTextService(m_db).quarterlyTemplate(m_session);
    } catch (const Error& e) {
        QGuiApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Quarterly Report"), e.message());
        m_currentFigures = QuarterlyFigures{};
        m_currentFigures.period = m_period;
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    }
    m_figures->setFigures(m_currentFigures);
    if (!m_sections->isModified())
        m_sections->load(m_period);
    m_archive->reload();
    QGuiApplication::restoreOverrideCursor();
    invalidatePreview();
}

QuarterlyReport QuarterlyReportWindow::composed() const
{
    QuarterlyReport report;
    report.figures = m_currentFigures;
    report.body =
        QuarterlyText::compose(m_template, m_currentFigures, m_sections->sections(),
                               m_db.nowUtc().toLocalTime().date()); // the date finalizing would close it with
    return report;
}

void QuarterlyReportWindow::invalidatePreview()
{
    m_preview->invalidate();
}

void QuarterlyReportWindow::paintPreview(QPrinter* printer)
{
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    QuarterlyReportRenderer::render(composed(), printer);
    QGuiApplication::restoreOverrideCursor();
}

int QuarterlyReportWindow::previewPageCount()
{
    return m_preview->refresh();
}

QString QuarterlyReportWindow::documentName() const
{
    return tr("%1 self-inspection report").arg(m_period.label());
}

void QuarterlyReportWindow::print()
{
    ReportPrinting::print(composed(), documentName(), this);
}

void QuarterlyReportWindow::exportPdf()
{
    ReportPrinting::exportPdf(composed(), documentName(), m_pdfA->isChecked(), this);
}

void QuarterlyReportWindow::exportHtml()
{
    ReportPrinting::exportHtml(composed(), documentName(), this);
}

void QuarterlyReportWindow::exportJson()
{
    ReportPrinting::exportJson(composed(), documentName(), this);
}

bool QuarterlyReportWindow::finalize()
{
    if (!m_canWrite)
        return false;
    // What is finalized is the stored text: unsaved changes are saved first or the user stops.
    if (m_sections->isModified()) {
        const auto answer = QMessageBox::question(this, tr("Finalize Report"),
                                                  tr("The text has unsaved changes. Save them and finalize?"),
                                                  QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
        if (answer != QMessageBox::Save || !m_sections->save())
            return false;
    }
    QuarterlyReportService service(m_db);
    try {
        const QList<FinalizedReport> versions = service.list(m_session, m_period.key());
        const int next = versions.isEmpty() ? 1 : versions.constFirst().version + 1;
        QString text = tr("Finalize the report for %1 as version %2?").arg(m_period.label()).arg(next);
        text += QLatin1Char('\n') + tr("Its figures and text are stored as they are now and can no longer be "
                                       "changed; only a new version can supersede it.");
        if (next > 1)
            text += QLatin1Char('\n') + tr("Version %1 will be marked superseded.").arg(next - 1);
        if (!m_currentFigures.unreviewed.isEmpty())
            text +=
                QLatin1String("\n\n") + tr("Warning: %n item(s) were published without a completed review; "
                                           "the report lists them as a problem.",
                                           nullptr, int(m_currentFigures.unreviewed.size()));
        QMessageBox box(QMessageBox::Question, tr("Finalize Report"), text, QMessageBox::Cancel, this);
        QPushButton* yes = box.addButton(tr("&Finalize"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != yes)
            return false;
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        const FinalizedReport stored = service.finalize(m_session, m_period); // the archive follows its event
        QGuiApplication::restoreOverrideCursor();
        m_tabs->setCurrentIndex(ArchiveTab);
        QMessageBox::information(
            this, tr("Finalize Report"),
            tr("%1, version %2, is stored in the archive.").arg(stored.label).arg(stored.version));
        return true;
    } catch (const Error& e) {
        if (QGuiApplication::overrideCursor())
            QGuiApplication::restoreOverrideCursor();
        QMessageBox::warning(this, tr("Finalize Report"), e.message());
        return false;
    }
}

bool QuarterlyReportWindow::confirmLeave()
{
    if (!m_sections->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Text"), tr("The text for %1 has unsaved changes. Save them?").arg(m_period.label()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return m_sections->save();
    if (answer == QMessageBox::Discard) {
        m_sections->load(m_period);
        return true;
    }
    return false;
}

void QuarterlyReportWindow::closeEvent(QCloseEvent* event)
{
    if (confirmLeave())
        event->accept();
    else
        event->ignore();
}

} // namespace gongkai::ui
