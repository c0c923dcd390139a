#include "fieldmarker.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QWidget>

namespace gongkai::ui {

namespace {
// Property that styles a buddy label while its field is marked.
constexpr char kInvalidLabel[] = "gongkaiInvalidLabel";

QLabel* buddyLabel(QWidget* widget)
{
    QWidget* scope = widget->window();
    const auto labels = scope->findChildren<QLabel*>();
    for (QLabel* label : labels) {
        if (label->buddy() == widget)
            return label;
    }
    return nullptr;
}

/// The widget the red frame goes on: a spin box's own style sheet would drop its arrows on most
/// styles, so a spin or date box gets the frame on its text field instead.
QWidget* framed(QWidget* widget)
{
    if (qobject_cast<QAbstractSpinBox*>(widget)) {
        if (auto* edit = widget->findChild<QLineEdit*>())
            return edit;
    }
    return widget;
}

QString invalidStyle(const QWidget* widget)
{
    // A frame the user sees on every style; the selector keeps it off the widget's children.
    const QLatin1String type(widget->metaObject()->className());
    QString style =
        QStringLiteral("%1 { border: 2px solid #c62828; border-radius: 2px; background-color: #fdecea;"
                       " padding: 1px 2px; }")
            .arg(type);
    return style;
}
} // namespace

FieldMarker::FieldMarker(QObject* parent) : QObject(parent) {}

void FieldMarker::addField(const QString& field, QWidget* widget)
{
    m_fields.insert(field, widget);
    watchEdits(widget);
}

QWidget* FieldMarker::widgetFor(const QString& field) const
{
    return m_fields.value(field);
}

void FieldMarker::watchEdits(QWidget* widget)
{
    auto clearThis = [this, widget] { unmark(widget); };
    if (auto* line = qobject_cast<QLineEdit*>(widget))
        connect(line, &QLineEdit::textEdited, this, clearThis);
    else if (auto* combo = qobject_cast<QComboBox*>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, clearThis);
    else if (auto* date = qobject_cast<QDateEdit*>(widget))
        connect(date, &QDateEdit::dateChanged, this, clearThis);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, clearThis);
    else if (auto* spin = qobject_cast<QSpinBox*>(widget))
        connect(spin, &QSpinBox::valueChanged, this, clearThis);
}

QWidget* FieldMarker::mark(const QList<FieldError>& errors)
{
    QHash<QWidget*, QStringList> messages;
    QList<QWidget*> order;
    for (const FieldError& e : errors) {
        QWidget* w = m_fields.value(e.field);
        if (!w)
            continue;
        if (!messages.contains(w))
            order << w;
        messages[w] << e.message;
    }
    for (QWidget* w : order)
        markOne(w, messages.value(w).join(QLatin1Char('\n')));
    return order.isEmpty() ? nullptr : order.first();
}

void FieldMarker::markOne(QWidget* widget, const QString& message)
{
    if (!isMarked(widget))
        m_marks.append({widget, framed(widget)->styleSheet(), widget->toolTip()});
    framed(widget)->setStyleSheet(invalidStyle(framed(widget)));
    widget->setToolTip(message);
    if (QLabel* label = buddyLabel(widget)) {
        label->setProperty(kInvalidLabel, true);
        label->setStyleSheet(QStringLiteral("color: #c62828;"));
        label->setToolTip(message);
    }
}

void FieldMarker::unmark(QWidget* widget)
{
    for (qsizetype i = 0; i < m_marks.size(); ++i) {
        const Mark& m = m_marks.at(i);
        if (m.widget != widget)
            continue;
        if (widget) {
            framed(widget)->setStyleSheet(m.styleSheet);
            widget->setToolTip(m.toolTip);
            if (QLabel* label = buddyLabel(widget); label && label->property(kInvalidLabel).toBool()) {
                label->setProperty(kInvalidLabel, false);
                label->setStyleSheet(QString());
                label->setToolTip(QString());
            }
        }
        m_marks.removeAt(i);
        return;
    }
}

void FieldMarker::clear()
{
    while (!m_marks.isEmpty()) {
        QWidget* w = m_marks.first().widget;
        if (w)
            unmark(w);
        else
            m_marks.removeFirst();
    }
}

bool FieldMarker::isMarked(const QWidget* widget) const
{
    for (const Mark& m : m_marks) {
        if (m.widget == widget)
            return true;
    }
    return false;
}

QString FieldMarker::summary(const QList<FieldError>& errors)
{
    QStringList lines;
    for (const FieldError& e : errors)
        lines << e.message;
    return lines.join(QLatin1Char('\n'));
}

void FieldMarker::showErrors(const QList<FieldError>& errors, QLabel* messageLabel)
{
    if (QWidget* first = mark(errors))
        first->setFocus();
    messageLabel->setText(summary(errors));
    messageLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    messageLabel->show();
}

} // namespace gongkai::ui
