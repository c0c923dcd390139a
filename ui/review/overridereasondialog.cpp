#include "overridereasondialog.h"
#include "ui_overridereasondialog.h"

#include "findingspanel.h"

#include <QPushButton>

namespace gongkai::ui {

OverrideReasonDialog::OverrideReasonDialog(qint64 itemId, const ItemScreeningResult& findings, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OverrideReasonDialog>())
{
    m_ui->setupUi(this);
    m_ui->messageLabel->setText(
        tr("The pre-screen found %n high finding(s) in item %1. Correct the item, or give the reason it "
           "should be reviewed as it stands.",
           nullptr, int(findings.highCount()))
            .arg(itemId));
    m_findings = new FindingsPanel(this);
    m_findings->setResult(findings);
    m_ui->mainLayout->replaceWidget(m_ui->findingsPlaceholder, m_findings);
    delete m_ui->findingsPlaceholder;
    m_ui->findingsPlaceholder = nullptr;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Submit with this reason"));
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, &OverrideReasonDialog::updateOk);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->reasonEdit->setFocus();
    updateOk();
}

OverrideReasonDialog::~OverrideReasonDialog() = default;

QString OverrideReasonDialog::reason() const
{
    return m_ui->reasonEdit->toPlainText().trimmed();
}

void OverrideReasonDialog::setReason(const QString& reason)
{
    m_ui->reasonEdit->setPlainText(reason);
}

void OverrideReasonDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
}

} // namespace gongkai::ui
