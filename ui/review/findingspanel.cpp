#include "findingspanel.h"

#include <QBrush>
#include <QColor>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QTextCursor>

namespace gongkai::ui {

namespace {
QColor severityColor(Severity severity)
{
    return severity == Severity::High ? QColor(255, 190, 190) : QColor(255, 240, 170);
}

enum Role
{
    FieldRole = Qt::UserRole,
    OffsetRole,
    LengthRole,
    FileRole,
};
} // namespace

FindingsPanel::FindingsPanel(QWidget* parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("findingsPanel"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setHeaderLabels({tr("Field"), tr("Kind"), tr("Text"), tr("Severity"), tr("Suggestion")});
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* row) {
        if (ItemTextField(row->data(0, FieldRole).toInt()) == ItemTextField::Attachment) {
            emit attachmentActivated(row->data(0, FileRole).toString());
            return;
        }
        emit findingActivated(ItemTextField(row->data(0, FieldRole).toInt()),
                              row->data(0, OffsetRole).toLongLong(), row->data(0, LengthRole).toLongLong());
    });
}

void FindingsPanel::setResult(const ItemScreeningResult& result)
{
    m_result = result;
    clear();
    for (const ItemFinding& f : result.all()) {
        auto* row = new QTreeWidgetItem(this);
        row->setText(0, ItemScreening::placeName(f));
        row->setData(0, FileRole, f.attachment);
        row->setText(1, Finding::kindName(f.finding.kind));
        row->setText(2, f.finding.text);
        row->setText(3, SeverityNames::displayName(f.finding.severity));
        row->setText(4, f.finding.suggestion);
        row->setData(0, FieldRole, int(f.field));
        row->setData(0, OffsetRole, qlonglong(f.finding.offset));
        row->setData(0, LengthRole, qlonglong(f.finding.length));
        row->setBackground(3, QBrush(severityColor(f.finding.severity)));
        row->setToolTip(2, f.finding.contextBefore + f.finding.text + f.finding.contextAfter);
    }
    for (int c = 0; c < columnCount() - 1; ++c)
        resizeColumnToContents(c);
}

void FindingsPanel::highlight(QPlainTextEdit* editor, const ScreeningResult& result)
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const Finding& f : result.findings) {
        QTextEdit::ExtraSelection s;
        s.cursor = QTextCursor(editor->document());
        s.cursor.setPosition(int(f.offset));
        s.cursor.setPosition(int(f.offset + f.length), QTextCursor::KeepAnchor);
        s.format.setBackground(severityColor(f.severity));
        s.format.setToolTip(f.suggestion.isEmpty() ? Finding::kindName(f.kind)
                                                   : tr("%1: %2").arg(Finding::kindName(f.kind), f.suggestion));
        selections << s;
    }
    editor->setExtraSelections(selections);
}

} // namespace gongkai::ui
