#pragma once

#include "screening/itemscreening.h"

#include <QDialog>

#include <memory>

namespace gongkai::ui {

namespace Ui {
class OverrideReasonDialog;
}
class FindingsPanel;

/// Shown when submitting an item the pre-screen found high findings in: lists the findings and asks
/// the author why the item should go to review as it stands. OK only with a reason.
class OverrideReasonDialog : public QDialog
{
    Q_OBJECT
public:
    OverrideReasonDialog(qint64 itemId, const ItemScreeningResult& findings, QWidget* parent = nullptr);
    ~OverrideReasonDialog() override;

    QString reason() const;
    void setReason(const QString& reason);

private:
    void updateOk();

    std::unique_ptr<Ui::OverrideReasonDialog> m_ui;
    FindingsPanel* m_findings = nullptr;
};

} // namespace gongkai::ui
