#include "idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QSettings>

#include <algorithm>

namespace gongkai::ui {

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(configuredMinutes() * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_active)
            emit idle();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

int IdleWatcher::configuredMinutes()
{
    bool ok = false;
    const int minutes = QSettings().value(QStringLiteral("security/idleMinutes"), kDefaultMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, 1, 24 * 60) : kDefaultMinutes;
}

void IdleWatcher::setIntervalForTests(int milliseconds)
{
    m_timer.setInterval(milliseconds > 0 ? milliseconds : configuredMinutes() * 60 * 1000);
    if (m_active)
        m_timer.start();
}

void IdleWatcher::setActive(bool active)
{
    m_active = active;
    if (active)
        m_timer.start();
    else
        m_timer.stop();
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    if (m_active) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::TabletPress:
            m_timer.start(); // restarts the countdown
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gongkai::ui
