#include "administrationpage.h"

#include <QAction>
#include <QFont>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace gongkai::ui {

namespace {
constexpr int kColumns = 2;
}

AdministrationPage::AdministrationPage(QWidget* parent) : QWidget(parent), m_grid(new QGridLayout)
{
    setObjectName(QStringLiteral("administrationPage"));
    auto* title = new QLabel(tr("Administration"));
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    title->setFont(titleFont);
    auto* note = new QLabel(tr("Accounts, the office's lists, the review chain, the word list and the report "
                               "template. The ledger and the audit trail are for other roles (separation of "
                               "duties)."));
    note->setWordWrap(true);
    note->setEnabled(false); // greyed, like a hint
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(12);

    auto* column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(note);
    column->addSpacing(12);
    column->addLayout(m_grid);
    column->addStretch(1);
    auto* outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
}

void AdministrationPage::addTool(QAction* action)
{
    if (m_tools.contains(action))
        return;
    auto* button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    button->setMinimumHeight(fontMetrics().height() * 3);
    button->setToolTip(action->statusTip());
    const int index = int(m_tools.size());
    m_grid->addWidget(button, index / kColumns, index % kColumns);
    m_tools.append(action);
}

} // namespace gongkai::ui
