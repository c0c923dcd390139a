#pragma once

#include "review/session.h"

#include <QObject>


class QAction;
class QUndoStack;
class QWidget;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// The ledger's item actions for the signed-in user (new, open or edit, withdraw) and their undo
/// commands. Each action follows what core answers for the current item (ItemService::canCreate and
/// capabilities): "New Item" only for those who may create items, withdraw only where allowed. The main
/// window puts the actions in its menus and tells it the current item; the views follow the database's
/// change events.
class ItemActions : public QObject
{
    Q_OBJECT
public:
    /// undoStack receives the undoable edits (a private stack when null); it is cleared when these
    /// actions go, since its item commands cannot outlive them.
    ItemActions(Database& db, const Session& session, QUndoStack* undoStack, QWidget* dialogParent);
    ~ItemActions() override;

    QAction* newItemAction() const;
    QAction* editItemAction() const;
    QAction* withdrawItemAction() const;

public slots:
    /// 0 when nothing is selected.
    void setCurrentItem(qint64 itemId);
    void newItem();
    void editItem(qint64 itemId);
    void withdrawItem(qint64 itemId);

signals:
    /// This user added, changed or withdrew an item, or an undo/redo touched it.
    void itemChanged(qint64 itemId);
    /// This user added an item (to select it in the ledger).
    void itemAdded(qint64 itemId);
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
