#pragma once

#include <QAbstractSpinBox>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace gongkai::test {

/// Types text into a widget one key at a time; unlike QTest::keyClicks it keeps Chinese characters.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/// Runs `step` on the next modal window (a dialog started with exec()) once it is shown; closes the
/// window afterwards if the step left it open.
inline void whenModal(std::function<void(QWidget*)> step, QWidget* notThis = nullptr)
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    auto poll = std::make_shared<std::function<void()>>();
    *poll = [step = std::move(step), notThis, timer, poll] {
        QWidget* modal = QApplication::activeModalWidget();
        if (modal && modal != notThis && modal->isVisible()) {
            step(modal);
            // A step that failed half-way must not leave exec() waiting for ever.
            if (auto* dialog = qobject_cast<QDialog*>(modal); dialog && dialog->isVisible())
                dialog->reject();
            *poll = nullptr; // break the self-reference
            return;
        }
        if (timer->elapsed() > 5000) {
            qWarning("no modal window appeared");
            *poll = nullptr;
            return;
        }
        QTimer::singleShot(10, *poll);
    };
    QTimer::singleShot(0, *poll);
}

/// Whether FieldMarker marked the field: a red frame (on a spin or date box, on its text field) and the
/// message as its tool tip.
inline bool isMarked(QWidget* w)
{
    QWidget* framed = w;
    if (qobject_cast<QAbstractSpinBox*>(w) && w->findChild<QLineEdit*>())
        framed = w->findChild<QLineEdit*>();
    return !framed->styleSheet().isEmpty() && !w->toolTip().isEmpty();
}

/// Saves a picture of the widget when GONGKAI_SCREENSHOT_DIR is set, to look at a dialog as a user would.
inline void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("GONGKAI_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace gongkai::test
