#include "signfindingsview.h"

#include "findingspanel.h"
#include "signtarget.h"

#include <QLabel>
#include <QVBoxLayout>

namespace gongkai::ui {

SignFindingsView::SignFindingsView(const SignTarget& target, QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signFindings"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("findingsSummary"));
    summary->setWordWrap(true);
    layout->addWidget(summary);
    if (!target.attachments.isEmpty()) {
        auto* files = new QLabel(tr("Attachments: %1").arg(target.attachments.join(QStringLiteral("、"))), this);
        files->setObjectName(QStringLiteral("attachmentsLabel"));
        files->setWordWrap(true);
        files->setTextInteractionFlags(Qt::TextSelectableByMouse);
        layout->insertWidget(0, files);
    }
    const qsizetype total = target.findings.totalCount();
    const qsizetype high = target.findings.highCount();
    if (total == 0) {
        summary->setText(tr("The pre-screen found nothing in the text or the attachments."));
        return;
    }
    summary->setText(high > 0 ? tr("The pre-screen found %n item(s) to check, %1 of them high: read them before "
                                   "you sign.", nullptr, int(total))
                                    .arg(high)
                              : tr("The pre-screen found %n item(s) to check (warnings).", nullptr, int(total)));
    if (high > 0)
        summary->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    auto* panel = new FindingsPanel(this);
    panel->setResult(target.findings);
    panel->setMaximumHeight(fontMetrics().lineSpacing() * 7 + 12);
    layout->addWidget(panel);
    if (!target.overrideReason.isEmpty()) {
        auto* reason = new QLabel(tr("The author's reason for submitting despite high findings: %1")
                                      .arg(target.overrideReason),
                                  this);
        reason->setObjectName(QStringLiteral("overrideReasonLabel"));
        reason->setWordWrap(true);
        reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
        reason->setFrameShape(QFrame::StyledPanel);
        reason->setMargin(6);
        layout->addWidget(reason);
    }
}

} // namespace gongkai::ui
