#pragma once

#include "screening/itemscreening.h"

#include <QTreeWidget>

class QPlainTextEdit;

namespace gongkai::ui {

/// The pre-screen's findings of an item as a list: field, kind, text, severity, suggestion.
/// Double-clicking a finding asks to show it (findingActivated).
class FindingsPanel : public QTreeWidget
{
    Q_OBJECT
public:
    explicit FindingsPanel(QWidget* parent = nullptr);

    void setResult(const ItemScreeningResult& result);
    const ItemScreeningResult& result() const { return m_result; }

    /// Marks the findings in an editor (extra selections): high in red, the others in yellow.
    static void highlight(QPlainTextEdit* editor, const ScreeningResult& result);

signals:
    void findingActivated(gongkai::ItemTextField field, qsizetype offset, qsizetype length);
    /// A finding in an attached file was chosen.
    void attachmentActivated(const QString& fileName);

private:
    ItemScreeningResult m_result;
};

} // namespace gongkai::ui
