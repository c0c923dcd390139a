#pragma once

#include "domain/workrecord.h"
#include "error.h"
#include "review/session.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace gongkai {
class Database;
}

namespace gongkai::ui {

namespace Ui {
class WorkRecordDialog;
}
class FieldMarker;

/// Adds a work record or changes one: kind, date, topic, organiser, attendees, documents, recipients,
/// department, note. Saves through WorkRecordService as the session's user; the fields that fail
/// validation are marked where they are, and the dialog stays open.
class WorkRecordDialog : public QDialog
{
    Q_OBJECT
public:
    WorkRecordDialog(Database& db, const Session& session, std::optional<WorkRecord> existing = std::nullopt,
                     QWidget* parent = nullptr);
    ~WorkRecordDialog() override;

    /// The record as the fields describe it now.
    WorkRecord recordFromFields() const;
    /// The record as saved (with its id and row version), after the dialog was accepted.
    const WorkRecord& savedRecord() const { return m_record; }

public slots:
    void accept() override;

private:
    void kindChanged();
    void showErrors(const QList<FieldError>& errors);

    std::unique_ptr<Ui::WorkRecordDialog> m_ui;
    Database& m_db;
    Session m_session;
    WorkRecord m_record;
    FieldMarker* m_marker = nullptr;
};

} // namespace gongkai::ui
