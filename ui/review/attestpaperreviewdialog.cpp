#include "attestpaperreviewdialog.h"
#include "ui_attestpaperreviewdialog.h"

#include "widgets/fieldmarker.h"

#include "domain/role.h"
#include "error.h"
#include "review/itemservice.h"
#include "review/reviewerrors.h"

#include <QPushButton>

namespace gongkai::ui {

AttestPaperReviewDialog::AttestPaperReviewDialog(Database& db, const Session& session, const Item& item,
                                                 QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::AttestPaperReviewDialog>()), m_db(db), m_session(session),
      m_itemId(item.id), m_marker(new FieldMarker(this))
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Attest paper review: %1").arg(item.title));
    m_ui->titleValue->setText(item.title);
    m_ui->docNumberValue->setText(item.docNumber.isEmpty() ? tr("(none)") : item.docNumber);
    m_ui->draftedValue->setText(item.drafted.toString(QStringLiteral("yyyy-MM-dd")));
    QStringList names;
    for (Role r : {Role::SectionChief, Role::LeaderInCharge, Role::PrincipalLeader}) {
        if (session.user().hasRole(r))
            names << roleDisplayName(r);
    }
    const QString roles = names.join(tr(", ", "between role names"));
    m_ui->statementLabel->setText(
        tr("You attest that this item was reviewed on paper before it was entered, on the form named below. "
           "Your name (%1%2), the time, the form and the paper reviewers are recorded and shown wherever the "
           "item says it was reviewed on paper; the item becomes approved and may be published.")
            .arg(session.user().name, roles.isEmpty() ? QString() : tr(", %1").arg(roles)));
    m_ui->reviewersEdit->setFixedHeight(m_ui->reviewersEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_ui->errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_ui->errorLabel->hide();
    m_marker->addField(QStringLiteral("formRef"), m_ui->formRefEdit);
    m_marker->addField(QStringLiteral("reviewers"), m_ui->reviewersEdit);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Attest"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AttestPaperReviewDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AttestPaperReviewDialog::reject);
    resize(width(), sizeHint().height());
    m_ui->formRefEdit->setFocus();
}

AttestPaperReviewDialog::~AttestPaperReviewDialog() = default;

QString AttestPaperReviewDialog::errorText() const
{
    return m_ui->errorLabel->isVisible() ? m_ui->errorLabel->text() : QString();
}

void AttestPaperReviewDialog::showError(const QString& text, bool final)
{
    m_ui->errorLabel->setText(text);
    m_ui->errorLabel->show();
    if (final) {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    }
}

void AttestPaperReviewDialog::accept()
{
    m_marker->clear();
    m_ui->errorLabel->hide();
    if (m_ui->passwordEdit->text().isEmpty()) {
        showError(tr("Type your password to confirm."), false);
        m_ui->passwordEdit->setFocus();
        return;
    }
    PaperAttestation attestation;
    attestation.formRef = m_ui->formRefEdit->text();
    attestation.reviewers = m_ui->reviewersEdit->toPlainText();
    try {
        ItemService(m_db).attestPaperReview(m_session, m_itemId, m_ui->passwordEdit->text(), attestation);
    } catch (const ValidationError& e) {
        m_marker->showErrors(e.errors(), m_ui->errorLabel);
        return;
    } catch (const AuthError& e) {
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        showError(e.message(), e.reason() != AuthError::Reason::WrongCredentials);
        return;
    } catch (const Error& e) {
        showError(tr("Not attested: %1").arg(e.message()), true);
        return;
    }
    m_ui->passwordEdit->clear();
    QDialog::accept();
}

} // namespace gongkai::ui
