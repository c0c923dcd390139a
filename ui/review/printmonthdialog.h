#pragma once

#include <QDate>
#include <QDialog>

#include <memory>

namespace gongkai::ui {

namespace Ui {
class PrintMonthDialog;
}

/// Picks the month of the monthly review summary and what to make of it: a preview, a printout, a
/// PDF or a CSV file. Stays open so one month can be printed and saved in turn.
class PrintMonthDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PrintMonthDialog(QWidget* parent = nullptr);
    ~PrintMonthDialog() override;

    /// The first day of the chosen month (the previous month by default: the one to file).
    QDate month() const;
    void setMonth(const QDate& month);

signals:
    void previewRequested(const QDate& month);
    void printRequested(const QDate& month);
    void pdfRequested(const QDate& month);
    void csvRequested(const QDate& month);

private:
    std::unique_ptr<Ui::PrintMonthDialog> m_ui;
};

} // namespace gongkai::ui
