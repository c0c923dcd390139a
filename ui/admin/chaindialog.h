#pragma once

#include "domain/reviewchain.h"
#include "review/session.h"

#include <QDialog>

#include <memory>

namespace gongkai {
class Database;
}

namespace gongkai::ui {

namespace Ui {
class ChainDialog;
}

/// The administrator's review chain: the ordered steps with the signing role, whether the signer must
/// belong to the item's department, what the signature means and the label printed on the form; an
/// optional step (主要领导签发) is switched on and off here. Saved through AdminService (audited).
class ChainDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        LabelColumn,
        RoleColumn,
        SameDepartmentColumn,
        MeaningColumn,
        OptionalColumn,
        EnabledColumn,
        ColumnCount
    };

    ChainDialog(Database& db, const Session& session, QWidget* parent = nullptr);
    ~ChainDialog() override;

    /// The chain as the table describes it now.
    ReviewChain chainFromTable() const;
    /// Fills the table (the configured chain at the start).
    void setChain(const ReviewChain& chain);

    void accept() override;

private:
    void addStep();
    void removeStep();
    void moveStep(int by);
    void insertRow(int row, const ReviewStep& step);
    void showError(const QString& message);

    std::unique_ptr<Ui::ChainDialog> m_ui;
    Database& m_db;
    Session m_session;
};

} // namespace gongkai::ui
