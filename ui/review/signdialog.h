#pragma once

#include "signtarget.h"

#include "domain/reviewround.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace gongkai::ui {

namespace Ui {
class SignDialog;
}

/// Signs one step of an item's review: shows the item and the step, what the signature means, and
/// asks for the opinion, a comment and the password again. The dialog closes only once the signature
/// is stored; a wrong password keeps it open, a lost race or a rule says why and leaves only Cancel.
class SignDialog : public QDialog
{
    Q_OBJECT
public:
    /// Stores the signature; throws core errors (AuthError, RuleError, PermissionError, ConflictError).
    using SignFunction =
        std::function<void(const QString& password, ReviewOpinion opinion, const QString& comment)>;

    SignDialog(const SignTarget& target, SignFunction sign, QWidget* parent = nullptr);
    ~SignDialog() override;

    const SignTarget& target() const { return m_target; }
    /// The last error shown, empty when none.
    QString errorText() const;

public slots:
    void accept() override;

private:
    void showError(const QString& text, bool final);

    std::unique_ptr<Ui::SignDialog> m_ui;
    SignTarget m_target;
    SignFunction m_sign;
};

} // namespace gongkai::ui
