#include "periodchooser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>

namespace gongkai::ui {

namespace {
const auto kPeriodKey = QLatin1String("quarterlyReport/period");
}

PeriodChooser::PeriodChooser(QWidget* parent)
    : QWidget(parent), m_quarterMode(new QRadioButton(tr("&Year:"))),
      m_rangeMode(new QRadioButton(tr("&Dates:"))), m_year(new QSpinBox), m_quarter(new QComboBox),
      m_cumulative(new QCheckBox(tr("C&umulative from Q1"))), m_from(new QDateEdit), m_to(new QDateEdit),
      m_label(new QLabel)
{
    m_quarterMode->setObjectName(QStringLiteral("quarterMode"));
    m_rangeMode->setObjectName(QStringLiteral("rangeMode"));
    m_year->setObjectName(QStringLiteral("yearSpin"));
    m_year->setRange(2000, 2100);
    m_quarter->setObjectName(QStringLiteral("quarterCombo"));
    for (int q = 1; q <= 4; ++q)
        m_quarter->addItem(tr("Quarter %1").arg(q), q);
    m_cumulative->setObjectName(QStringLiteral("cumulativeCheck"));
    m_cumulative->setToolTip(tr("Quarters 1 to the chosen one (前三季度 for quarter 3)"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to->setObjectName(QStringLiteral("toEdit"));
    m_label->setObjectName(QStringLiteral("periodLabel"));
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_quarterMode);
    layout->addWidget(m_year);
    layout->addWidget(m_quarter);
    layout->addWidget(m_cumulative);
    layout->addSpacing(16);
    layout->addWidget(m_rangeMode);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–")));
    layout->addWidget(m_to);
    layout->addSpacing(16);
    layout->addWidget(m_label);
    layout->addStretch(1);

    showPeriod(remembered());
    connect(m_quarterMode, &QRadioButton::toggled, this, &PeriodChooser::edited);
    connect(m_year, &QSpinBox::valueChanged, this, &PeriodChooser::edited);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &PeriodChooser::edited);
    connect(m_cumulative, &QCheckBox::toggled, this, &PeriodChooser::edited);
    connect(m_from, &QDateEdit::dateChanged, this, &PeriodChooser::edited);
    connect(m_to, &QDateEdit::dateChanged, this, &PeriodChooser::edited);
}

ReportPeriod PeriodChooser::remembered()
{
    if (const auto stored = ReportPeriod::fromKey(QSettings().value(kPeriodKey).toString());
        stored && stored->isValid())
        return *stored;
    const QDate today = QDate::currentDate();
    const int q = (today.month() - 1) / 3 + 1;
    return q == 1 ? ReportPeriod::quarter(today.year() - 1, 4) : ReportPeriod::quarter(today.year(), q - 1);
}

void PeriodChooser::remember() const
{
    if (m_period.isValid())
        QSettings().setValue(kPeriodKey, m_period.key());
}

void PeriodChooser::setPeriod(const ReportPeriod& period)
{
    if (!period.isValid() || period == m_period)
        return;
    showPeriod(period);
    emit periodChanged(m_period);
}

void PeriodChooser::showPeriod(const ReportPeriod& period)
{
    m_updating = true;
    m_period = period;
    const bool range = period.kind() == ReportPeriod::Kind::Range;
    m_quarterMode->setChecked(!range);
    m_rangeMode->setChecked(range);
    m_year->setValue(range ? period.from().year() : period.year());
    m_quarter->setCurrentIndex(range ? 0 : period.quarterNumber() - 1);
    m_cumulative->setChecked(period.kind() == ReportPeriod::Kind::Cumulative);
    m_from->setDate(period.from());
    m_to->setDate(period.to());
    for (QWidget* w : std::initializer_list<QWidget*>{m_year, m_quarter, m_cumulative})
        w->setEnabled(!range);
    m_from->setEnabled(range);
    m_to->setEnabled(range);
    m_label->setText(period.label());
    m_updating = false;
}

void PeriodChooser::edited()
{
    if (m_updating)
        return;
    ReportPeriod chosen;
    if (m_quarterMode->isChecked()) {
        const int q = m_quarter->currentIndex() + 1;
        chosen = m_cumulative->isChecked() ? ReportPeriod::cumulative(m_year->value(), q)
                                           : ReportPeriod::quarter(m_year->value(), q);
    } else {
        chosen = ReportPeriod::range(m_from->date(), m_to->date());
    }
    if (!chosen.isValid()) {
        m_label->setText(tr("The end is before the start."));
        return;
    }
    // Keep the other mode's fields in step, without announcing anything twice.
    const bool changed = !(chosen == m_period);
    showPeriod(chosen);
    if (changed)
        emit periodChanged(m_period);
}

} // namespace gongkai::ui
