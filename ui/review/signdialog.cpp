#include "signdialog.h"
#include "ui_signdialog.h"

#include "signdialogparts.h"

#include "error.h"
#include "review/reviewerrors.h"

#include <QPushButton>

namespace gongkai::ui {

SignDialog::SignDialog(const SignTarget& target, SignFunction sign, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignDialog>()), m_target(target), m_sign(std::move(sign))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Sign: %1").arg(target.stepLabel));
    signdialogparts::showTarget(*m_ui, target, this);
    m_ui->statementLabel->setText(SignTarget::statement(target.meaning));
    for (ReviewOpinion o : {ReviewOpinion::Disclose, ReviewOpinion::DiscloseWithChanges, ReviewOpinion::Withhold})
        m_ui->opinionCombo->addItem(opinionDisplayName(o), int(o));
    m_ui->commentEdit->setFixedHeight(m_ui->commentEdit->fontMetrics().lineSpacing() * 4 + 12);
    // The form's height, not the .ui's: no gaps between the fields.
    resize(width(), sizeHint().height());
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignDialog::reject);
    m_ui->passwordEdit->setFocus();
}

SignDialog::~SignDialog() = default;

QString SignDialog::errorText() const
{
    return signdialogparts::errorText(*m_ui);
}

void SignDialog::showError(const QString& text, bool final)
{
    signdialogparts::showError(*m_ui, text, final);
}

void SignDialog::accept()
{
    if (m_ui->passwordEdit->text().isEmpty()) {
        showError(tr("Type your password to sign."), false);
        m_ui->passwordEdit->setFocus();
        return;
    }
    try {
        m_sign(m_ui->passwordEdit->text(), ReviewOpinion(m_ui->opinionCombo->currentData().toInt()),
               m_ui->commentEdit->toPlainText().trimmed());
    } catch (const AuthError& e) {
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        showError(e.message(), e.reason() != AuthError::Reason::WrongCredentials);
        return;
    } catch (const Error& e) {
        // ConflictError names who signed first and when; RuleError and PermissionError say why not.
        showError(tr("Not signed: %1").arg(e.message()), true);
        return;
    }
    m_ui->passwordEdit->clear();
    QDialog::accept();
}

} // namespace gongkai::ui
