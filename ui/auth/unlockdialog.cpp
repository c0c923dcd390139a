#include "unlockdialog.h"
#include "ui_unlockdialog.h"

#include "dialogfit.h"
#include "error.h"
#include "review/authservice.h"
#include "review/reviewerrors.h"

#include <QPushButton>

namespace gongkai::ui {

UnlockDialog::UnlockDialog(Database& db, const Session& session, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::UnlockDialog>()), m_db(db), m_session(session)
{
    m_ui->setupUi(this);
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    m_ui->introLabel->setText(tr("The window was locked. %1 (%2), type your password to go on working, or "
                                 "sign out.")
                                  .arg(session.user().name.toHtmlEscaped(), session.login().toHtmlEscaped()));
    m_ui->errorLabel->hide();
    QPushButton* unlock = m_ui->buttonBox->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setObjectName(QStringLiteral("unlockButton"));
    unlock->setDefault(true);
    QPushButton* signOut = m_ui->buttonBox->addButton(tr("&Sign Out"), QDialogButtonBox::DestructiveRole);
    signOut->setObjectName(QStringLiteral("signOutButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(signOut, &QPushButton::clicked, this, [this] {
        m_outcome = Outcome::SignOut;
        done(QDialog::Rejected);
    });
    resize(420, 1); // as high as the contents need at this width (fitHeight)
    fitHeight(this);
    m_ui->passwordEdit->setFocus();
}

UnlockDialog::~UnlockDialog() = default;

void UnlockDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    // The message may need more lines than the dialog has room for.
    fitHeight(this);
}

void UnlockDialog::accept()
{
    const QString password = m_ui->passwordEdit->text();
    m_ui->passwordEdit->clear();
    try {
        if (!AuthService(m_db).verifyPassword(m_session, password)) {
            showError(tr("The password is wrong."));
            return;
        }
    } catch (const AuthError& e) { // locked out, or the account was deactivated meanwhile
        m_outcome = Outcome::LockedOut;
        m_message = e.message();
        done(QDialog::Rejected);
        return;
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    m_outcome = Outcome::Unlocked;
    QDialog::accept();
}

void UnlockDialog::reject()
{
    // Escape and the window's close button must not uncover the window.
}

} // namespace gongkai::ui
