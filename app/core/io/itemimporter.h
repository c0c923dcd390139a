#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gongkai {

class Database;
class Session;
struct Item;
struct PaperAttestation;

/// One bad place in an import file: the file's line (1-based, the line the record starts on), the
/// column's header as written in the file (or empty for a whole-row problem) and why.
struct ImportProblem
{
    int line = 0;
    QString column;
    QString reason;
};

/// The names an import file uses that the database does not know, each once, in the order they first
/// appear: what the administrator creates before the import (ItemImporter::createMissingNames).
struct MissingNames
{
    struct Author
    {
        QString name;       ///< as the file writes it: a printed name (or a login nobody has)
        QString department; ///< the department of the first row that names them; may be empty
        QString login;      ///< the account made for them (author-001 …), once created
    };
    QStringList departments;
    QStringList categories;
    QStringList channels; ///< publication channels (发布记录)
    QStringList agencies; ///< upper agencies (报送记录)
    QList<Author> authors;

    bool isEmpty() const { return count() == 0; }
    int count() const;
};

/// A signer's attestation, given once for a whole file, that its historical items were reviewed on
/// paper before they went out. Needed for every row that is 已审核 or 已发布, has publications, or fills
/// 纸质审查.
struct ImportAttestation
{
    QString login;    ///< the attester: a section chief, leader in charge or principal leader
    QString password; ///< the attester's password (not needed for a check)
    QString formRef;  ///< the paper review forms' number or date, e.g. 2023年纸质审查单 1-120号
    /// The paper reviewers and dates for rows whose 纸质审查 cell is empty; empty: such rows are problems.
    QString reviewers;

    bool isGiven() const { return !login.trimmed().isEmpty(); }
};

struct ImportOptions
{
    bool checkOnly = false; ///< report every problem, import nothing
    ImportAttestation attestation;
};

struct ImportResult
{
    int rows = 0;     ///< data rows read
    int imported = 0; ///< items written (0 after a check or a failure)
    /// Rows that need a paper review attested by a signer (whether or not one was given).
    int needingAttestation = 0;
    QString encoding; ///< "UTF-8", "UTF-8 (BOM)" or "GB18030"
    QList<ImportProblem> problems;
    /// Names the file uses that the database lacks (each is also a problem of its rows): the
    /// administrator can create them with ItemImporter::createMissingNames.
    MissingNames missing;
    bool ok() const { return problems.isEmpty(); }
};

/// What ItemImporter::createMissingNames found (and created).
struct NamesResult
{
    int rows = 0; ///< data rows read
    QString encoding;
    MissingNames names;   ///< what the file lacks; with the new authors' logins once created
    bool created = false; ///< the names were created (not a check, no problem)
    QList<ImportProblem> problems;
    bool ok() const { return problems.isEmpty(); }
};

/// Imports the ledger from CSV as exported by ItemExporter or typed in Excel / WPS: headers in
/// Chinese or English, UTF-8 with or without BOM, or GBK/GB18030 (see ItemCsvFormat).
///
/// Imports are the session's user's (Permission::ImportLedger): an author imports their own items, a
/// publisher (信息发布员) the historical ledger of every author; the administrator and the auditor are
/// refused (PermissionError, audited). All or nothing: one transaction, any problem leaves the database
/// as it was; the audit trail names the importer. Names the database does not know are problems with
/// their line and column; the administrator creates them first (createMissingNames). Items that went
/// out need their paper review attested, once for the file, by a signer re-authenticated with their
/// password (ImportAttestation): each is recorded as a draft, its paper review stored against its content
/// with the file's SHA-256, then its status and publications saved; one audit record covers the file.
class ItemImporter
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemImporter)

public:
    explicit ItemImporter(Database& db);
    /// Reads the file; a file that cannot be read gives one problem at line 0.
    ImportResult importFile(const Session& session, const QString& path, const ImportOptions& options);
    ImportResult importData(const Session& session, const QByteArray& data, const ImportOptions& options);

    /// The administrator's step before an import: creates exactly the names the file uses and the
    /// database lacks, in one transaction — departments, categories and upper agencies and channels
    /// (Permission::ManageLists), and for unknown authors inactive accounts with the role author, the
    /// logins author-001, author-002 … in order of first appearance, no password (ManageAccounts): they
    /// cannot sign in until the administrator activates them and sets a password. Reads only the
    /// names, never the items. checkOnly lists what would be created.
    NamesResult createMissingNames(const Session& session, const QByteArray& data, bool checkOnly = false);
    NamesResult createMissingNamesFromFile(const Session& session, const QString& path,
                                           bool checkOnly = false);

private:
    /// Signs the attester in and checks the attestation (ItemService::checkedAttestation); nothing,
    /// with the reason in problems, when that fails.
    std::optional<PaperAttestation> signAttester(const ImportAttestation& given,
                                                 QList<ImportProblem>* problems);
    /// Writes one row's item; with an attestation as a draft, its paper review, then its status and
    /// publications. Throws ValidationError.
    void write(Item& item, const PaperAttestation* attestation);

    Database& m_db;
};

} // namespace gongkai
