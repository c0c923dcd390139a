#pragma once

#include "review/session.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

class WorkRecordModel;

/// The office's work records (工作记录): trainings, online interviews, press conferences, reading-room
/// deliveries and other disclosure work, for a period and a kind. Readers of the ledger see them;
/// writers add, change and delete them (WorkRecordDialog) and import and export CSV. Every read and
/// change goes through WorkRecordService with the session, so the window only hides what core refuses.
class WorkRecordsWindow : public QWidget
{
    Q_OBJECT
public:
    /// The periods the period box offers.
    enum class Period
    {
        ThisQuarter,
        PreviousQuarter,
        ThisYear,
        PreviousYear,
        Custom
    };

    WorkRecordsWindow(Database& db, const Session& session, QWidget* parent = nullptr);
    ~WorkRecordsWindow() override;

    /// Shows the records held from from to to (inclusive).
    void setPeriod(const QDate& from, const QDate& to);
    QDate from() const;
    QDate to() const;
    /// The first and last day of a preset period as seen on today.
    static QPair<QDate, QDate> range(Period period, const QDate& today);

    WorkRecordModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// Whether the user may add, change and delete (WriteLedger).
    bool canWrite() const { return m_canWrite; }

public slots:
    /// Rereads the records of the period and kind.
    void reload();
    void addRecord();
    void editCurrent();
    void deleteCurrent();
    void importCsv();
    void exportCsv();

private:
    void periodChosen();
    void updateButtons();
    void failed(const QString& title, const QString& message);
    qint64 currentId() const;

    Database& m_db;
    Session m_session;
    bool m_canWrite = false;
    WorkRecordModel* m_model;
    QComboBox* m_periodCombo;
    QDateEdit* m_fromEdit;
    QDateEdit* m_toEdit;
    QComboBox* m_kindCombo;
    QPushButton* m_addButton;
    QPushButton* m_editButton;
    QPushButton* m_deleteButton;
    QPushButton* m_importButton;
    QPushButton* m_exportButton;
    QStackedWidget* m_pages;
    QTableView* m_view;
    QLabel* m_emptyLabel;
    QLabel* m_totalsLabel;
    bool m_settingPeriod = false;
};

} // namespace gongkai::ui
