#pragma once

#include "review/session.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;

namespace gongkai {
class Database;
struct AuditFilter;
} // namespace gongkai

namespace gongkai::ui {

class AuditTableModel;

/// The auditor's window content: the audit trail, newest first, with filters (dates, user, event,
/// failures only), the selected record's details (before and after, pretty-printed), CSV export and
/// the verification of the hash chain and signatures.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    AuditView(Database& db, const Session& session, QWidget* parent = nullptr);
    ~AuditView() override;

    AuditTableModel* model() const { return m_model; }
    AuditFilter currentFilter() const;

    /// Writes the filtered records to a CSV file; the number written, or -1 with the reason shown.
    qint64 exportTo(const QString& path);
    /// Verifies the trail and shows the result next to the button; returns it (translated).
    QString verify();

public slots:
    void reload();

private:
    void applyFilter();
    void showDetails();
    void exportCsv();
    void updateCount();

    Database& m_db;
    Session m_session;
    AuditTableModel* m_model;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_user;
    QComboBox* m_event;
    QCheckBox* m_failuresOnly;
    QTableView* m_table;
    QPlainTextEdit* m_details;
    QLabel* m_countLabel;
    QLabel* m_verifyLabel;
};

} // namespace gongkai::ui
