#pragma once

#include "signfindingsview.h"
#include "signtarget.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace gongkai::ui::signdialogparts {

// What the sign and send-back dialogs share. Their Designer forms name the same widgets (titleValue …
// stepLabel, errorLabel, buttonBox, mainLayout), so one template serves both forms.

inline QString none()
{
    return QCoreApplication::translate("gongkai::ui::SignDialog", "(none)");
}

/// The item, the pre-screen's findings and the step, as the signer sees them.
template <typename Form> void showTarget(Form& ui, const SignTarget& target, QWidget* dialog)
{
    ui.titleValue->setText(target.title);
    ui.docNumberValue->setText(target.docNumber.isEmpty() ? none() : target.docNumber);
    ui.departmentValue->setText(target.department);
    ui.authorValue->setText(target.author);
    ui.summaryValue->setText(target.summary.isEmpty() ? none() : target.summary);
    QFont bold = ui.stepLabel->font();
    bold.setBold(true);
    ui.stepLabel->setFont(bold);
    ui.stepLabel->setText(target.stepText());
    ui.mainLayout->insertWidget(1, new SignFindingsView(target, dialog));
    ui.errorLabel->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    ui.errorLabel->hide();
}

template <typename Form> QString errorText(const Form& ui)
{
    return ui.errorLabel->isVisible() ? ui.errorLabel->text() : QString();
}

/// final: the step can no longer be signed or sent back from here (someone else did, the rules changed).
template <typename Form> void showError(Form& ui, const QString& text, bool final)
{
    ui.errorLabel->setText(text);
    ui.errorLabel->setVisible(true);
    if (final) {
        ui.buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        ui.buttonBox->button(QDialogButtonBox::Cancel)
            ->setText(QCoreApplication::translate("gongkai::ui::SignDialog", "Close"));
    }
}

} // namespace gongkai::ui::signdialogparts
