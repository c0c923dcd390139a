#pragma once

#include <QStyledItemDelegate>

namespace gongkai::ui {

/// Editors for the item dialog's tables: a combo box where the model offers choices (under
/// ChoicesRole as [name, id] pairs, the id being the cell's edit value) and a date edit with a
/// calendar for dates. The dates record what happened (published, submitted, adopted): none is in the
/// future.
class ItemTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int ChoicesRole = Qt::UserRole + 1;

    explicit ItemTableDelegate(QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;
};

} // namespace gongkai::ui
