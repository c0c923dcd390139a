#include "printmonthdialog.h"

#include "ui_printmonthdialog.h"

namespace gongkai::ui {

PrintMonthDialog::PrintMonthDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PrintMonthDialog>())
{
    m_ui->setupUi(this);
    m_ui->month->setMaximumDate(QDate::currentDate().addYears(1));
    setMonth(QDate::currentDate().addMonths(-1));
    connect(m_ui->previewButton, &QPushButton::clicked, this, [this] { emit previewRequested(month()); });
    connect(m_ui->printButton, &QPushButton::clicked, this, [this] { emit printRequested(month()); });
    connect(m_ui->pdfButton, &QPushButton::clicked, this, [this] { emit pdfRequested(month()); });
    connect(m_ui->csvButton, &QPushButton::clicked, this, [this] { emit csvRequested(month()); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::accept);
}

PrintMonthDialog::~PrintMonthDialog() = default;

QDate PrintMonthDialog::month() const
{
    const QDate d = m_ui->month->date();
    return QDate(d.year(), d.month(), 1);
}

void PrintMonthDialog::setMonth(const QDate& month)
{
    m_ui->month->setDate(QDate(month.year(), month.month(), 1));
}

} // namespace gongkai::ui
