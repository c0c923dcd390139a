#pragma once

#include <QDialog>

#include <functional>
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

    /// Reads a file other than the ledger's (work records …): importer(path, checkOnly) runs the
    /// import; the ledger's own options are hidden. what(n) names n rows in the summary, e.g. "3 work records".
    using Importer = std::function<ImportResult(const QString& path, bool checkOnly)>;
    void setImporter(Importer importer, std::function<QString(int)> what);

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
    Importer m_importer;
    std::function<QString(int)> m_what;
};

} // namespace gongkai::ui
