#pragma once

#include "review/session.h"

#include <QDialog>

#include <memory>

namespace gongkai {
class Database;
}

namespace gongkai::ui {

namespace Ui {
class UnlockDialog;
}

/// Covers a locked window until the signed-in user types their password again, or signs out.
/// Escape and the close button do nothing: the only ways out are the password and signing out.
/// Wrong passwords count toward the lock-out; the fifth ends the session (outcome LockedOut).
class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Pending,
        Unlocked,
        SignOut,
        LockedOut
    };

    UnlockDialog(Database& db, const Session& session, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    Outcome outcome() const { return m_outcome; }
    /// Why the session ended (LockedOut), translated.
    const QString& message() const { return m_message; }

    void accept() override;
    void reject() override;

private:
    void showError(const QString& message);

    std::unique_ptr<Ui::UnlockDialog> m_ui;
    Database& m_db;
    Session m_session;
    Outcome m_outcome = Outcome::Pending;
    QString m_message;
};

} // namespace gongkai::ui
