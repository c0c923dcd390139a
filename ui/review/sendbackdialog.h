#pragma once

#include "signtarget.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace gongkai::ui {

namespace Ui {
class SendBackDialog;
}

/// Sends an item's review round back to its author (退回): the item and step as in SignDialog, a
/// reason (required) and the password again.
class SendBackDialog : public QDialog
{
    Q_OBJECT
public:
    /// Stores the send-back; throws core errors like SignDialog::SignFunction.
    using SendBackFunction = std::function<void(const QString& password, const QString& reason)>;

    SendBackDialog(const SignTarget& target, SendBackFunction sendBack, QWidget* parent = nullptr);
    ~SendBackDialog() override;

    /// The last error shown, empty when none.
    QString errorText() const;

public slots:
    void accept() override;

private:
    void showError(const QString& text, bool final);

    std::unique_ptr<Ui::SendBackDialog> m_ui;
    SendBackFunction m_sendBack;
};

} // namespace gongkai::ui
