#include "reportarchivepanel.h"

#include "reportprinting.h"

#include "error.h"
#include "report/quarterlyreportservice.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gongkai::ui {

namespace {
QTableWidgetItem* cell(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}
} // namespace

ReportArchivePanel::ReportArchivePanel(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_table(new QTableWidget), m_emptyLabel(new QLabel),
      m_preview(new QPushButton(tr("Pre&view…"))), m_print(new QPushButton(tr("&Reprint…"))),
      m_pdf(new QPushButton(tr("Export P&DF…"))), m_pdfA(new QCheckBox(tr("PDF/&A-1b for the archive")))
{
    m_table->setObjectName(QStringLiteral("archiveTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Period"), tr("Version"), tr("Finalized by"), tr("Finalized at"),
                                        tr("Status"), tr("Content check")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_emptyLabel->setObjectName(QStringLiteral("archiveEmptyLabel"));
    m_emptyLabel->setText(tr("No report has been finalized yet. A finalized report is stored here with its "
                             "figures and text, and can be reprinted unchanged."));
    m_emptyLabel->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("archivePreviewButton"));
    m_print->setObjectName(QStringLiteral("archivePrintButton"));
    m_pdf->setObjectName(QStringLiteral("archivePdfButton"));
    m_pdfA->setObjectName(QStringLiteral("archivePdfACheck"));
    m_pdfA->setChecked(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_preview);
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addWidget(m_pdfA);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_preview, &QPushButton::clicked, this, &ReportArchivePanel::previewCurrent);
    connect(m_print, &QPushButton::clicked, this, &ReportArchivePanel::printCurrent);
    connect(m_pdf, &QPushButton::clicked, this, &ReportArchivePanel::exportCurrentPdf);
    connect(m_table, &QTableWidget::currentCellChanged, this, &ReportArchivePanel::updateButtons);
    connect(m_table, &QTableWidget::cellActivated, this, &ReportArchivePanel::previewCurrent);
}

void ReportArchivePanel::reload()
{
    m_table->setRowCount(0);
    try {
        m_reports = QuarterlyReportService(m_db).list(m_session);
    } catch (const Error& e) {
        m_reports.clear();
        m_emptyLabel->setText(e.message());
    }
    m_table->setRowCount(int(m_reports.size()));
    for (int row = 0; row < m_reports.size(); ++row) {
        const FinalizedReport& r = m_reports.at(row);
        const bool intact = ReportArchive::verify(r);
        m_table->setItem(row, PeriodColumn, cell(r.label));
        m_table->setItem(row, VersionColumn, cell(tr("Version %1").arg(r.version)));
        m_table->setItem(row, ByColumn,
                         cell(r.finalizedName.isEmpty()
                                  ? r.finalizedLogin
                                  : QStringLiteral("%1 (%2)").arg(r.finalizedName, r.finalizedLogin)));
        m_table->setItem(row, AtColumn,
                         cell(QLocale().toString(r.finalizedAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(row, StatusColumn, cell(r.superseded ? tr("Superseded") : tr("Current")));
        m_table->setItem(row, HashColumn,
                         cell(intact ? tr("Intact")
                                     : tr("ALTERED: the stored copy does not match "
                                          "its hash")));
        m_table->item(row, HashColumn)->setToolTip(r.contentHash);
        if (r.superseded) {
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(row, c)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
        if (!intact)
            m_table->item(row, HashColumn)->setForeground(QColor(0xa4, 0x26, 0x2c));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_emptyLabel->setVisible(m_reports.isEmpty());
    if (!m_reports.isEmpty())
        m_table->setCurrentCell(0, 0);
    updateButtons();
}

std::optional<FinalizedReport> ReportArchivePanel::current() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_reports.size())
        return std::nullopt;
    return m_reports.at(row);
}

QString ReportArchivePanel::title(const FinalizedReport& report) const
{
    return tr("%1 self-inspection report, version %2").arg(report.label).arg(report.version);
}

void ReportArchivePanel::previewCurrent()
{
    if (const auto r = current())
        ReportPrinting::preview(r->report(), title(*r), this);
}

void ReportArchivePanel::printCurrent()
{
    if (const auto r = current())
        ReportPrinting::print(r->report(), title(*r), this);
}

void ReportArchivePanel::exportCurrentPdf()
{
    if (const auto r = current())
        ReportPrinting::exportPdf(r->report(), title(*r), m_pdfA->isChecked(), this);
}

void ReportArchivePanel::updateButtons()
{
    const bool any = current().has_value();
    for (QPushButton* b : {m_preview, m_print, m_pdf})
        b->setEnabled(any);
}

} // namespace gongkai::ui
