#pragma once

#include "review/session.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QPagedPaintDevice;
class QWidget;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

class PrintMonthDialog;

/// The printed side of the review: the current item's review form (保密审查审批表) in a print preview,
/// on a printer or as PDF, and the monthly summary of reviews (preview, print, PDF, CSV). Core makes
/// the data and paints the pages (report/); this only supplies the QPrinter, the preview and files.
/// The window adds actions() to its File menu (文件 → 打印) and the item's context menu, and tells it
/// the database, the signed-in reader of the ledger and the current item.
class ReviewPrintActions : public QObject
{
    Q_OBJECT
public:
    /// parent: the window dialogs are shown over.
    explicit ReviewPrintActions(QWidget* parent);
    ~ReviewPrintActions() override;

    /// The database to print from and the signed-in user, who must read the ledger
    /// (Permission::ReadLedger); nullptr or no session disables every action.
    void setSession(Database* db, const std::optional<Session>& session);
    /// The item whose form the item actions print; 0 disables them.
    void setCurrentItem(qint64 itemId);

    QAction* previewFormAction() const { return m_previewForm; }
    QAction* printFormAction() const { return m_printForm; }
    QAction* formPdfAction() const { return m_formPdf; }
    QAction* monthlySummaryAction() const { return m_monthly; }
    /// The four actions in menu order.
    QList<QAction*> actions() const;

public slots:
    void previewForm();
    void printForm();
    void saveFormPdf();
    void monthlySummary();

private:
    using Render = std::function<int(QPagedPaintDevice*)>;
    void updateActions();
    /// The form's renderer of the current item, or nothing after telling the user why not.
    Render formRenderer(QString* name);
    Render summaryRenderer(const QDate& month);
    void preview(const Render& render, const QString& title);
    void print(const Render& render, const QString& title);
    void savePdf(const Render& render, const QString& suggestedName);
    void saveSummaryCsv(const QDate& month);
    void failed(const QString& title, const QString& message);

    QWidget* m_parent;
    Database* m_db = nullptr;
    std::optional<Session> m_session;
    qint64 m_item = 0;
    QAction* m_previewForm;
    QAction* m_printForm;
    QAction* m_formPdf;
    QAction* m_monthly;
    QPointer<PrintMonthDialog> m_monthDialog;
};

} // namespace gongkai::ui
