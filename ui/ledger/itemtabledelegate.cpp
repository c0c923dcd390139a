#include "itemtabledelegate.h"

#include <QComboBox>
#include <QDate>
#include <QDateEdit>

namespace gongkai::ui {

ItemTableDelegate::ItemTableDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QWidget* ItemTableDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    const QVariant choices = index.data(ChoicesRole);
    if (choices.metaType() == QMetaType::fromType<QVariantList>()) {
        auto* combo = new QComboBox(parent);
        for (const QVariant& choice : choices.toList()) {
            const QVariantList pair = choice.toList();
            combo->addItem(pair.value(0).toString(), pair.value(1));
        }
        return combo;
    }
    if (index.data(Qt::EditRole).metaType() == QMetaType::fromType<QDate>()) {
        auto* edit = new QDateEdit(parent);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMaximumDate(QDate::currentDate());
        return edit;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void ItemTableDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
        return;
    }
    if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
        const QDate date = index.data(Qt::EditRole).toDate();
        edit->setDate(date.isValid() ? date : QDate::currentDate());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ItemTableDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        if (combo->currentIndex() >= 0)
            model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto* edit = qobject_cast<QDateEdit*>(editor)) {
        model->setData(index, edit->date(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace gongkai::ui
