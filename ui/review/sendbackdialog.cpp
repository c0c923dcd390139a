#include "sendbackdialog.h"
#include "ui_sendbackdialog.h"

#include "signdialogparts.h"

#include "error.h"
#include "review/reviewerrors.h"

#include <QPushButton>

namespace gongkai::ui {

SendBackDialog::SendBackDialog(const SignTarget& target, SendBackFunction sendBack, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SendBackDialog>()), m_sendBack(std::move(sendBack))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Send back: %1").arg(target.title));
    signdialogparts::showTarget(*m_ui, target, this);
    m_ui->statementLabel->setText(
        tr("Sending back ends this review round: the item goes back to its author, who revises it and "
           "submits it again. Your name, the time and your reason are recorded; whoever reviews is "
           "accountable for the review."));
    m_ui->reasonEdit->setFixedHeight(m_ui->reasonEdit->fontMetrics().lineSpacing() * 5 + 12);
    // The form's height, not the .ui's: no gaps between the fields.
    resize(width(), sizeHint().height());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Send &back"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SendBackDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SendBackDialog::reject);
    m_ui->reasonEdit->setFocus();
}

SendBackDialog::~SendBackDialog() = default;

QString SendBackDialog::errorText() const
{
    return signdialogparts::errorText(*m_ui);
}

void SendBackDialog::showError(const QString& text, bool final)
{
    signdialogparts::showError(*m_ui, text, final);
}

void SendBackDialog::accept()
{
    const QString reason = m_ui->reasonEdit->toPlainText().trimmed();
    if (reason.isEmpty()) {
        showError(tr("Say why the item goes back: the author needs to know what to change."), false);
        m_ui->reasonEdit->setFocus();
        return;
    }
    if (m_ui->passwordEdit->text().isEmpty()) {
        showError(tr("Type your password to confirm."), false);
        m_ui->passwordEdit->setFocus();
        return;
    }
    try {
        m_sendBack(m_ui->passwordEdit->text(), reason);
    } catch (const AuthError& e) {
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        showError(e.message(), e.reason() != AuthError::Reason::WrongCredentials);
        return;
    } catch (const Error& e) {
        showError(tr("Not sent back: %1").arg(e.message()), true);
        return;
    }
    m_ui->passwordEdit->clear();
    QDialog::accept();
}

} // namespace gongkai::ui
