#include "reportpreviewpane.h"

#include "reportprinting.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QLabel>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QToolBar>
#include <QVBoxLayout>

namespace gongkai::ui {

ReportPreviewPane::ReportPreviewPane(QWidget* parent)
    : QWidget(parent), m_printer(new QPrinter(QPrinter::HighResolution)),
      m_preview(new QPrintPreviewWidget(m_printer)), m_pages(new QLabel)
{
    ReportPrinting::preparePrinter(m_printer, QString());
    m_preview->setObjectName(QStringLiteral("reportPreview"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    m_pages->setObjectName(QStringLiteral("pageCountLabel"));

    auto* bar = new QToolBar;
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* zoomGroup = new QActionGroup(this);
    QAction* fitWidth = bar->addAction(tr("Fit &Width"), m_preview, &QPrintPreviewWidget::fitToWidth);
    QAction* fitPage = bar->addAction(tr("Whole &Page"), m_preview, &QPrintPreviewWidget::fitInView);
    for (QAction* a : {fitWidth, fitPage}) {
        a->setCheckable(true);
        zoomGroup->addAction(a);
    }
    fitWidth->setChecked(true);
    bar->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &In"), this, [this, zoomGroup] {
        if (QAction* a = zoomGroup->checkedAction())
            a->setChecked(false);
        m_preview->zoomIn();
    });
    bar->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom &Out"), this, [this, zoomGroup] {
        if (QAction* a = zoomGroup->checkedAction())
            a->setChecked(false);
        m_preview->zoomOut();
    });
    bar->addSeparator();
    QAction* facing = bar->addAction(tr("&Facing Pages"));
    facing->setCheckable(true);
    connect(facing, &QAction::toggled, this, [this](bool on) {
        if (on)
            m_preview->setFacingPagesViewMode();
        else
            m_preview->setSinglePageViewMode();
    });
    auto* spacer = new QWidget;
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_pages);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_preview, 1);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &ReportPreviewPane::paintRequested);
    connect(m_preview, &QPrintPreviewWidget::previewChanged, this, &ReportPreviewPane::updatePageLabel);
}

ReportPreviewPane::~ReportPreviewPane()
{
    // The preview widget paints through the printer: it goes first.
    m_preview->disconnect(this);
    delete m_preview;
    delete m_printer;
}

void ReportPreviewPane::invalidate()
{
    m_stale = true;
    if (isVisible())
        refresh();
}

int ReportPreviewPane::refresh()
{
    m_stale = false;
    m_preview->updatePreview();
    updatePageLabel();
    return m_preview->pageCount();
}

void ReportPreviewPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void ReportPreviewPane::updatePageLabel()
{
    m_pages->setText(tr("%n page(s)", nullptr, m_preview->pageCount()));
}

} // namespace gongkai::ui
