#pragma once

#include "report/reportperiod.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QRadioButton;
class QSpinBox;

namespace gongkai::ui {

/// Chooses the period of a quarterly report: a year and a quarter, optionally cumulative (前三季度 …),
/// or any range of dates; shows the period's Chinese label and remembers the last choice (QSettings).
class PeriodChooser : public QWidget
{
    Q_OBJECT
public:
    explicit PeriodChooser(QWidget* parent = nullptr);

    ReportPeriod period() const { return m_period; }
    /// Shows this period without asking (no periodChanged when it is the current one).
    void setPeriod(const ReportPeriod& period);
    /// Stores the current choice for the next window.
    void remember() const;
    /// The last remembered period, or the quarter before today's.
    static ReportPeriod remembered();

signals:
    /// The user (or setPeriod) chose another valid period.
    void periodChanged(const ReportPeriod& period);

private:
    void edited();
    void showPeriod(const ReportPeriod& period);

    QRadioButton* m_quarterMode;
    QRadioButton* m_rangeMode;
    QSpinBox* m_year;
    QComboBox* m_quarter;
    QCheckBox* m_cumulative;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLabel* m_label;
    ReportPeriod m_period;
    bool m_updating = false;
};

} // namespace gongkai::ui
