#include "figurespanel.h"

#include "error.h"
#include "report/quarterlyreportservice.h"
#include "review/itemservice.h"
#include "review/workrecordservice.h"

#include <QApplication>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gongkai::ui {

namespace {
QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(align);
    return item;
}

QTableWidgetItem* number(qint64 n)
{
    return cell(QLocale().toString(n), Qt::AlignRight | Qt::AlignVCenter);
}

QString change(const FigurePair& pair)
{
    const qint64 d = pair.current - pair.lastYear;
    if (d == 0)
        return FiguresPanel::tr("same");
    QString text = (d > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(d);
    if (pair.lastYear > 0)
        text += QStringLiteral(" (%1%)").arg(
            QLocale().toString(100.0 * double(d) / double(pair.lastYear), 'f', 1));
    return text;
}

void setupTable(QTableWidget* table, const QStringList& headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
}
} // namespace

FiguresPanel::FiguresPanel(Database& db, const Session& session, QWidget* parent)
    : QWidget(parent), m_db(db), m_session(session), m_problem(new QLabel), m_table(new QTableWidget),
      m_traceLabel(new QLabel), m_trace(new QTableWidget)
{
    m_problem->setObjectName(QStringLiteral("unreviewedLabel"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("QLabel { background: #fde7e9; color: #a4262c; border: 1px solid "
                                            "#a4262c; padding: 6px; font-weight: bold; }"));
    m_problem->hide();
    m_table->setObjectName(QStringLiteral("figuresTable"));
    setupTable(m_table, {tr("Figure"), tr("This period"), tr("Same period last year"), tr("Change")});
    m_traceLabel->setObjectName(QStringLiteral("traceLabel"));
    m_traceLabel->setWordWrap(true);
    m_traceLabel->setText(tr("Choose a figure to list what it counts."));
    m_trace->setObjectName(QStringLiteral("traceTable"));
    setupTable(m_trace, {tr("Title"), tr("Date"), tr("ID")});
    m_trace->setToolTip(tr("Double-click an item to show it in the ledger"));

    auto* lower = new QWidget;
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_traceLabel);
    lowerLayout->addWidget(m_trace, 1);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_table);
    splitter->addWidget(lower);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);

    // The last-year column traces the comparison figure; the other columns the period's.
    connect(m_table, &QTableWidget::currentCellChanged, this,
            [this](int row, int column, int oldRow, int oldColumn) {
                if (row != oldRow || (column == LastYearColumn) != (oldColumn == LastYearColumn))
                    traceRow(row, column == LastYearColumn);
            });
    connect(m_trace, &QTableWidget::cellActivated, this, [this](int row) { traceActivated(row); });
}

void FiguresPanel::setFigures(const QuarterlyFigures& figures)
{
    m_figures = figures;
    m_entries = figures.entries();
    m_table->setRowCount(0);
    m_trace->setRowCount(0);
    m_traceLabel->setText(tr("Choose a figure to list what it counts."));
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const FigureEntry& e = m_entries.at(row);
        m_table->setItem(row, LabelColumn, cell(e.label));
        m_table->setItem(row, CurrentColumn, number(e.value.current));
        m_table->setItem(row, LastYearColumn, number(e.value.lastYear));
        m_table->setItem(row, ChangeColumn, cell(change(e.value), Qt::AlignRight | Qt::AlignVCenter));
        m_table->item(row, LabelColumn)->setData(Qt::UserRole, e.key);
        if (e.key == QLatin1String("reviews.unreviewed") && e.value.current > 0) {
            for (int c = 0; c < m_table->columnCount(); ++c)
                m_table->item(row, c)->setForeground(QColor(0xa4, 0x26, 0x2c));
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    const qsizetype unreviewed = figures.unreviewed.size();
    m_problem->setVisible(unreviewed > 0);
    if (unreviewed > 0) {
        QStringList titles;
        for (const UnreviewedItem& u : figures.unreviewed.mid(0, 5))
            titles << QStringLiteral("“%1”").arg(u.title);
        m_problem->setText(
            tr("%n item(s) published in this period without a completed confidentiality review: %1. "
               "Choose the figure “未经审查即公开” to list them.",
               nullptr, int(unreviewed))
                .arg(titles.join(QStringLiteral("、")) +
                     (unreviewed > 5 ? QStringLiteral(" …") : QString())));
    }
}

void FiguresPanel::traceRow(int row, bool lastYear)
{
    m_trace->setRowCount(0);
    if (row < 0 || row >= m_entries.size())
        return;
    const FigureEntry& entry = m_entries.at(row);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const FigureTrace trace = QuarterlyReportService(m_db).trace(
            m_session, m_figures.period, lastYear ? entry.key + QStringLiteral(".lastYear") : entry.key);
        m_traceIsRecords = trace.workRecords;
        const auto shown = std::min<qsizetype>(trace.ids.size(), kMaxTraceRows);
        m_trace->setRowCount(int(shown));
        ItemService items(m_db);
        WorkRecordService records(m_db);
        for (int r = 0; r < shown; ++r) {
            const qint64 id = trace.ids.at(r);
            QString title = tr("(not found)");
            QDate date;
            if (trace.workRecords) {
                if (const auto record = records.record(m_session, id)) {
                    title = record->title;
                    date = record->heldOn;
                }
            } else if (const auto item = items.item(m_session, id)) {
                title = item->title;
                // The first publication in the period says why the item counts; else the draft date.
                for (const Publication& p : item->publications) {
                    if (m_figures.period.contains(p.date) && (!date.isValid() || p.date < date))
                        date = p.date;
                }
                if (!date.isValid())
                    date = item->drafted;
            }
            m_trace->setItem(r, 0, cell(title));
            m_trace->setItem(r, 1, cell(date.toString(QStringLiteral("yyyy-MM-dd"))));
            m_trace->setItem(r, 2, cell(QString::number(id), Qt::AlignRight | Qt::AlignVCenter));
            m_trace->item(r, 0)->setData(Qt::UserRole, id);
        }
        m_trace->resizeColumnsToContents();
        m_trace->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        QString text = trace.workRecords
                           ? tr("“%1” counts %n work record(s).", nullptr, int(trace.ids.size()))
                           : tr("“%1” counts %n item(s); double-click one to show it in the ledger.", nullptr,
                                int(trace.ids.size()));
        text = text.arg(lastYear ? tr("%1, same period last year").arg(entry.label) : entry.label);
        if (shown < trace.ids.size())
            text = tr("%1 Only the first %2 are listed.", "a sentence added to the one before")
                       .arg(text, QString::number(shown));
        m_traceLabel->setText(text);
    } catch (const Error& e) {
        m_traceLabel->setText(e.message());
    }
    QGuiApplication::restoreOverrideCursor();
}

void FiguresPanel::traceActivated(int row)
{
    if (m_traceIsRecords || row < 0 || !m_trace->item(row, 0))
        return;
    emit itemRequested(m_trace->item(row, 0)->data(Qt::UserRole).toLongLong());
}

} // namespace gongkai::ui
