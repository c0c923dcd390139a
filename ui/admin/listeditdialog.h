#pragma once

#include "models/adminlistmodel.h"

#include <QDialog>

#include <memory>

namespace gongkai {
class Database;
class Session;
} // namespace gongkai

namespace gongkai::ui {

namespace Ui {
class ListEditDialog;
}
class FieldMarker;

/// Edits one of the office's lists (departments, channels or categories): add, rename in place,
/// deactivate and activate. Each change is saved at once; core checks the names.
class ListEditDialog : public QDialog
{
    Q_OBJECT
public:
    /// Changes go through AdminService as this administrator.
    ListEditDialog(Database& db, const Session& session, AdminListModel::Kind kind, QWidget* parent = nullptr);
    ~ListEditDialog() override;

    bool hasChanges() const { return m_changed; }

signals:
    /// A change was saved.
    void changed();

private:
    void addEntry();
    void renameCurrent();
    void toggleActive();
    void updateButtons();
    void showError(const QString& message);
    void clearMessage();

    std::unique_ptr<Ui::ListEditDialog> m_ui;
    AdminListModel* m_model = nullptr;
    FieldMarker* m_marker = nullptr;
    bool m_changed = false;
};

} // namespace gongkai::ui
