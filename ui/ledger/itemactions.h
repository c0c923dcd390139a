#pragma once

#include "review/session.h"

#include <QObject>

#include <optional>

class QAction;
class QUndoStack;
class QWidget;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// The ledger's editing actions (new, edit, withdraw) and their undo commands. The main window puts
/// the actions in its menus and tells it the current item; it says when an item changed.
class ItemActions : public QObject
{
    Q_OBJECT
public:
    /// undoStack receives the undoable edits (a private stack when null); it is cleared when these
    /// actions go, since its item commands cannot outlive them.
    ItemActions(Database& db, QUndoStack* undoStack, QWidget* dialogParent);
    ~ItemActions() override;

    QAction* newItemAction() const;
    QAction* editItemAction() const;
    QAction* withdrawItemAction() const;

    /// The signed-in user (nothing before sign-in): edits then go through ItemService and its rules.
    void setSession(std::optional<Session> session);

public slots:
    /// 0 when nothing is selected.
    void setCurrentItem(qint64 itemId);
    void newItem();
    void editItem(qint64 itemId);
    void withdrawItem(qint64 itemId);

signals:
    /// An item was added, changed, withdrawn, or an undo/redo touched it.
    void itemChanged(qint64 itemId);
    /// An undo, redo or withdrawal could not be done (the message is also shown to the user).
    void commandFailed(const QString& message);
    /// Something to tell the user in passing (the status bar), e.g. what the pre-screen found on save.
    void notice(const QString& message);

private:
    void updateActions();
    void reportFailure(const QString& message);

    struct Private;
    Private* d;
};

} // namespace gongkai::ui
