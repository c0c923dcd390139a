#pragma once

#include "review/session.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace gongkai {
class Database;
struct ImportProblem;
struct ImportResult;
struct MissingNames;
struct NamesResult;
} // namespace gongkai

namespace gongkai::ui {

namespace Ui {
class ImportDialog;
}

/// Imports the ledger from CSV as the signed-in user (core decides who may: ItemImporter). The file is
/// checked first (every bad line, column and reason is listed, and the names the database lacks);
/// Import becomes available once the check found nothing wrong. When rows went out, the dialog asks for
/// the signer who attests their paper reviews. With Purpose::MissingNames it is the administrator's step
/// before an import instead: the check lists the names the file lacks, Create makes them.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose
    {
        Ledger,       ///< import the ledger's items
        MissingNames, ///< create the names a ledger file lacks (the administrator)
    };

    ImportDialog(Database& db, const Session& session, Purpose purpose = Purpose::Ledger,
                 QWidget* parent = nullptr);
    /// For setImporter() only: a file other than the ledger, read by the caller's importer.
    explicit ImportDialog(Database& db, QWidget* parent = nullptr);
    ~ImportDialog() override;

    void setFile(const QString& path);

    /// Reads a file other than the ledger's (work records …): importer(path, checkOnly) runs the
    /// import; the ledger's own options are hidden. what(n) names n rows in the summary, e.g. "3 work
    /// records".
    using Importer = std::function<ImportResult(const QString& path, bool checkOnly)>;
    void setImporter(Importer importer, std::function<QString(int)> what);

    /// The names as a list for people: one kind a line.
    static QString describe(const MissingNames& names);

signals:
    /// Items were written: the ledger view should reread.
    void imported(int items);
    /// The administrator created names: lists should reread.
    void namesCreated(int names);

private:
    ImportDialog(Database& db, std::optional<Session> session, Purpose purpose, QWidget* parent);
    void browse();
    void run(bool checkOnly);
    ImportResult importLedger(const QString& path, bool checkOnly);
    void showResult(const ImportResult& result, bool checkOnly);
    void showNames(const NamesResult& result);
    void showProblems(const QList<ImportProblem>& problems);
    void inputsChanged();

    std::unique_ptr<Ui::ImportDialog> m_ui;
    Database& m_db;
    std::optional<Session> m_session;
    Purpose m_purpose;
    Importer m_importer;
    std::function<QString(int)> m_what;
};

} // namespace gongkai::ui
