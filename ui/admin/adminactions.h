#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// Administration: actions that open the dialogs for departments, users, channels and categories.
class AdminActions : public QObject
{
    Q_OBJECT
public:
    AdminActions(Database& db, QWidget* dialogParent);
    ~AdminActions() override;

    QAction* departmentsAction() const;
    QAction* usersAction() const;
    QAction* channelsAction() const;
    QAction* categoriesAction() const;

signals:
    /// A list changed: filters and the details pane should reload their names.
    void listsChanged();

private:
    struct Private;
    Private* d;
};

} // namespace gongkai::ui
