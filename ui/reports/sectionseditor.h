#pragma once

#include "report/reportperiod.h"
#include "report/reportsections.h"
#include "review/session.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// The sections of a period's report the office writes itself (organisation, security, problems, next
/// steps), read and saved as the period's draft through ReportTextService. When the period has no draft
/// yet they are prefilled from the previous period's and say so. Authors (WriteLedger) edit; others read.
class SectionsEditor : public QWidget
{
    Q_OBJECT
public:
    SectionsEditor(Database& db, const Session& session, QWidget* parent = nullptr);

    /// Reads the period's draft (or the prefilled one); forgets unsaved changes.
    void load(const ReportPeriod& period);
    /// Saves as the period's draft; on a conflict offers to reload. False when it was not saved.
    bool save();
    bool isModified() const { return m_modified; }
    bool canWrite() const { return m_canWrite; }
    ReportSections sections() const;
    void setSections(const ReportSections& sections);
    QPlainTextEdit* editor(int index) const { return m_edits.at(index); }
    QLabel* noteLabel() const { return m_note; }

signals:
    void modifiedChanged(bool modified);
    void saved();

private:
    void setModified(bool modified);

    Database& m_db;
    Session m_session;
    bool m_canWrite;
    ReportPeriod m_period;
    int m_rowVersion = 0;
    bool m_modified = false;
    bool m_loading = false;
    QList<QPlainTextEdit*> m_edits;
    QLabel* m_note;
    QPushButton* m_save;
};

} // namespace gongkai::ui
