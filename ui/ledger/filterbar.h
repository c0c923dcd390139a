#pragma once

#include "domain/ledgerfilter.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;
class QToolButton;

namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// The row of filters above the ledger: free text, the publication date range with a quarter
/// picker, channel, category, department and status. Emits the whole filter whenever it changes
/// (text and dates after a short pause in typing).
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit FilterBar(QWidget* parent = nullptr);
    ~FilterBar() override;

    /// Where the names in the combo boxes come from; nullptr empties them. Clears the filter.
    void setDatabase(Database* db);
    LedgerFilter filter() const;

public slots:
    /// Rereads channels, categories and departments, keeping the current choices where they remain.
    void reloadLists();
    /// Back to the whole ledger.
    void clear();
    /// Puts the cursor in the text field (Ctrl+F).
    void focusText();

signals:
    void filterChanged(const gongkai::LedgerFilter& filter);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    enum Period
    {
        NoPeriod,
        Q1,
        Q2,
        Q3,
        Q4,
        FirstThreeQuarters,
        WholeYear
    };

    QDateEdit* createDateEdit();
    void applyPeriod();
    void datesEdited();
    void changedNow();
    void changedSoon();
    void emitIfChanged();
    static QDate dateOf(const QDateEdit* edit);
    static void setDate(QDateEdit* edit, const QDate& date);

    Database* m_db = nullptr;
    QMetaObject::Connection m_changes;
    QLineEdit* m_text;
    QComboBox* m_year;
    QComboBox* m_period;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_channel;
    QComboBox* m_category;
    QComboBox* m_department;
    QComboBox* m_status;
    QToolButton* m_clear;
    QTimer* m_debounce;
    LedgerFilter m_last;
    bool m_updating = false;
};

} // namespace gongkai::ui
