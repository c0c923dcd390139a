#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace gongkai {
class Database;
class Session;
} // namespace gongkai

namespace gongkai::ui {

/// Administration: actions that open the dialogs for departments, users, channels, categories and the
/// review chain, for the signed-in administrator (the services check the session on every change).
class AdminActions : public QObject
{
    Q_OBJECT
public:
    AdminActions(Database& db, const Session& session, QWidget* dialogParent);
    ~AdminActions() override;

    QAction* departmentsAction() const;
    QAction* usersAction() const;
    QAction* channelsAction() const;
    QAction* categoriesAction() const;
    QAction* chainAction() const;
    QAction* wordListAction() const;

private:
    struct Private;
    Private* d;
};

} // namespace gongkai::ui
