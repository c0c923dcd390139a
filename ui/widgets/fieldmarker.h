#pragma once

#include "error.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QLabel;
class QWidget;

namespace gongkai::ui {

/// Shows validation errors at the fields they concern: a red frame, the message as the field's
/// tooltip and its label in red. A mark goes away as soon as the user edits that field.
class FieldMarker : public QObject
{
    Q_OBJECT
public:
    explicit FieldMarker(QObject* parent = nullptr);

    /// Ties a core field name (FieldError::field) to the widget that edits it. The widget's buddy
    /// label, if any, is marked too.
    void addField(const QString& field, QWidget* widget);
    QWidget* widgetFor(const QString& field) const;

    /// Marks the widgets of the errors it knows; returns the first marked widget, or nullptr.
    QWidget* mark(const QList<FieldError>& errors);
    void unmark(QWidget* widget);
    void clear();
    bool isMarked(const QWidget* widget) const;

    /// Every error's message, one per line, for a message label.
    static QString summary(const QList<FieldError>& errors);
    /// Marks the fields, focuses the first marked one and shows the summary in red in messageLabel.
    void showErrors(const QList<FieldError>& errors, QLabel* messageLabel);

private:
    struct Mark
    {
        QPointer<QWidget> widget;
        QString styleSheet;
        QString toolTip;
    };
    void markOne(QWidget* widget, const QString& message);
    void watchEdits(QWidget* widget);

    QHash<QString, QPointer<QWidget>> m_fields;
    QList<Mark> m_marks;
};

} // namespace gongkai::ui
