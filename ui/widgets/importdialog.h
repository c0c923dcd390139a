#pragma once

#include <QDialog>

#include <memory>

namespace gongkai {
class Database;
struct ImportResult;
} // namespace gongkai

namespace gongkai::ui {

namespace Ui {
class ImportDialog;
}

/// Imports the ledger from CSV. The file is checked first (every bad line, column and reason is
/// listed); Import becomes available once the check found nothing wrong.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(Database& db, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString& path);

signals:
    /// Items were written: the ledger view should reread.
    void imported(int items);

private:
    void browse();
    void run(bool checkOnly);
    void showResult(const ImportResult& result, bool checkOnly);
    void inputsChanged();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    Database& m_db;
};

} // namespace gongkai::ui
