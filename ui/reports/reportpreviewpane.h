#pragma once

#include <QWidget>

class QLabel;
class QPrintPreviewWidget;
class QPrinter;

namespace gongkai::ui {

/// The report's pages as they will print, on an A4 printer measured from the paper's edge, with zoom
/// (fit width, whole page, in, out), one or two pages side by side, and the page count. The pages are
/// painted on request (paintRequested) and only repainted when shown after invalidate().
class ReportPreviewPane : public QWidget
{
    Q_OBJECT
public:
    explicit ReportPreviewPane(QWidget* parent = nullptr);
    ~ReportPreviewPane() override;

    QPrintPreviewWidget* previewWidget() const { return m_preview; }
    /// The pages are out of date: repainted now if visible, else when next shown.
    void invalidate();
    /// Repaints now and gives the page count.
    int refresh();

signals:
    void paintRequested(QPrinter* printer);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updatePageLabel();

    QPrinter* m_printer;
    QPrintPreviewWidget* m_preview;
    QLabel* m_pages;
    bool m_stale = true;
};

} // namespace gongkai::ui
