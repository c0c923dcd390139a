#pragma once

#include <QDialog>

#include <memory>

namespace gongkai {
class Database;
}

namespace gongkai::ui {

namespace Ui {
class UsersDialog;
}
class AdminUserModel;

/// The office's user accounts; adds and edits them through UserEditDialog.
class UsersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UsersDialog(Database& db, QWidget* parent = nullptr);
    ~UsersDialog() override;

    bool hasChanges() const { return m_changed; }

public slots:
    void addUser();
    void editUser();

signals:
    /// An account was added or changed.
    void changed();

private:
    void selectUser(qint64 userId);
    void updateButtons();

    std::unique_ptr<Ui::UsersDialog> m_ui;
    Database& m_db;
    AdminUserModel* m_model = nullptr;
    bool m_changed = false;
};

} // namespace gongkai::ui
