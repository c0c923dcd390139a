#pragma once

#include <QTableView>

namespace gongkai::ui {

class LedgerModel;

/// The ledger table: fixed row heights (a million rows cost nothing to lay out), sortable on the
/// columns the model can sort, one item selected at a time. Tells which item is current and when
/// the user asks to edit one (double-click, Enter).
class LedgerView : public QTableView
{
    Q_OBJECT
public:
    explicit LedgerView(QWidget* parent = nullptr);

    /// nullptr detaches. The header keeps its widths and sort order across models.
    void setLedgerModel(LedgerModel* model);
    LedgerModel* ledgerModel() const { return m_model; }
    /// 0 when nothing is selected.
    qint64 currentItemId() const { return m_currentId; }
    /// Selects the item if the model has its row at hand; returns whether it did.
    bool selectItem(qint64 itemId);

    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray& state);

signals:
    void currentItemChanged(qint64 itemId);
    void editRequested(qint64 itemId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void updateCurrent();
    void sortIndicatorChanged(int column, Qt::SortOrder order);
    void applyDefaultWidths();

    LedgerModel* m_model = nullptr;
    qint64 m_currentId = 0;
};

} // namespace gongkai::ui
