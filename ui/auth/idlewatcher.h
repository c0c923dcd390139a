#pragma once

#include <QObject>
#include <QTimer>

namespace gongkai::ui {

/// Says when the program has had no keyboard, mouse or touch input for a while (an application-wide
/// event filter), so the window can lock itself. The time is QSettings "security/idleMinutes"
/// (at least 1, default 15).
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDefaultMinutes = 15;

    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    /// The configured idle time in minutes.
    static int configuredMinutes();
    /// For tests: the idle time in milliseconds (0 = the configured minutes again).
    void setIntervalForTests(int milliseconds);
    int interval() const { return m_timer.interval(); }

    /// Watching only while someone is signed in and the window is not locked already.
    void setActive(bool active);
    bool isActive() const { return m_active; }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
    bool m_active = false;
};

} // namespace gongkai::ui
