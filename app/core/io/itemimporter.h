#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gongkai {

class Database;

/// One bad place in an import file: the file's line (1-based, the line the record starts on), the
/// column's header as written in the file (or empty for a whole-row problem) and why.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString reason;
};

struct ImportOptions
{
    bool checkOnly = false;     ///< report every problem, import nothing
    bool createMissing = false; ///< create unknown channels, departments, categories and authors
    /// The paper review (names and dates as text) of every row that needs one and has an empty 纸质审查
    /// cell: published or approved historical items. Empty: such rows are problems.
    QString reviewedOnPaper;
};

struct ImportResult
{
    int rows = 0;     ///< data rows read
    int imported = 0; ///< items written (0 after a check or a failure)
    QString encoding; ///< "UTF-8", "UTF-8 (BOM)" or "GB18030"
    QList<ImportProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

/// Imports the ledger from CSV as exported by ItemExporter or typed in Excel / WPS: headers in
/// Chinese or English, UTF-8 with or without BOM, or GBK/GB18030. All or nothing: one transaction,
/// and any problem leaves the database exactly as it was.
class ItemImporter
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemImporter)

public:
    explicit ItemImporter(Database& db);
    /// Reads the file; a file that cannot be read gives one problem at line 0.
    ImportResult importFile(const QString& path, const ImportOptions& options);
    ImportResult importData(const QByteArray& data, const ImportOptions& options);

private:
    Database& m_db;
};

} // namespace gongkai
