#pragma once

#include "review/session.h"

#include <QDialog>
#include <QStringList>

#include <memory>

namespace gongkai {
class Database;
}

namespace gongkai::ui {

namespace Ui {
class ReportTemplateDialog;
}

/// The administrator's quarterly report template (ReportTextService): edited as text with the
/// placeholders and tables it may use listed beside it, checked before saving (each problem shown with
/// its line), stored, or reset to the shipped default.
class ReportTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    ReportTemplateDialog(Database& db, const Session& session, QWidget* parent = nullptr);
    ~ReportTemplateDialog() override;

    QString text() const;
    void setText(const QString& text);
    /// The problems of the text, each with its line number; empty when it can be saved.
    QStringList problems() const;
    /// Stores the text; false (problems shown) when the service refuses it.
    bool save();
    /// Back to the default template (asks first unless confirmed).
    bool reset(bool confirmed = false);

    void accept() override;

private:
    void showProblems(const QStringList& problems, const QString& message = {});
    void insertPlaceholder();

    std::unique_ptr<Ui::ReportTemplateDialog> m_ui;
    Database& m_db;
    Session m_session;
};

} // namespace gongkai::ui
