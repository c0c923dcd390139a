#pragma once

#include "../domain/item.h"
#include "csvreader.h"
#include "itemcsvformat.h"
#include "itemimporter.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace gongkai {

class ImportLookup;
class ItemCsvHeader;

/// Who imports and who attests, as far as the rows are concerned.
struct ImportRowPolicy
{
    /// An author importing: rows naming any other author are problems (0: a publisher, any author).
    qint64 onlyAuthor = 0;
    QString importer;      ///< the importer's login, for that problem
    bool attested = false; ///< the file comes with a signer's attestation of its paper reviews
    /// The attester's id when known: rows they wrote that need the attestation are problems.
    qint64 attester = 0;
    QString attesterName;
    /// ImportAttestation::reviewers: the paper review of rows with an empty 纸质审查 cell.
    QString defaultReviewers;
};

/// Turns one data row into an Item, resolving names and collecting every problem of the row.
class ItemRowReader
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemImporter)

public:
    /// Holds on to all five: they must outlive the reader.
    ItemRowReader(const ItemCsvHeader& header, ImportLookup& lookup, const CsvReader::Record& record,
                  QList<ImportProblem>* problems, const ImportRowPolicy& policy)
        : m_header(header), m_lookup(lookup), m_record(record), m_problems(problems), m_policy(policy)
    {
    }

    /// The item as far as the row could be read; ids of names that could not be resolved are 0. Its
    /// paperReview holds the paper reviewers' text when needsAttestation().
    Item read();
    /// Reports the validation errors that are not repeats of problems already found in the row.
    void report(const QList<FieldError>& errors);
    bool hasProblems() const { return m_count > 0; }
    /// The row went out (已审核, 已发布, publications) or names a paper review: it needs the attestation.
    bool needsAttestation() const { return m_needsAttestation; }
    /// The row names another author than the importing author.
    bool notOwn() const { return m_notOwn; }
    /// The row needs the attestation and the attester wrote it.
    bool attesterIsAuthor() const { return m_attesterIsAuthor; }

private:
    QString value(ItemCsvFormat::Column column) const;
    /// Records a problem of the row; field is the validation field name it stands for.
    void problem(ItemCsvFormat::Column column, const QString& field, const QString& reason);
    void problem(ItemCsvFormat::Column column, const QString& reason);
    qint64 reference(ItemCsvFormat::Column column, qint64 (ImportLookup::*find)(const QString&, QString*),
                     const QString& ifEmpty);
    void readAuthor(Item* item);
    void readPublications(Item* item);
    void readSubmissions(Item* item);
    void readPaperReview(Item* item);

    const ItemCsvHeader& m_header;
    ImportLookup& m_lookup;
    const CsvReader::Record& m_record;
    QList<ImportProblem>* m_problems;
    const ImportRowPolicy& m_policy;
    QSet<QString> m_flagged;
    int m_count = 0;
    bool m_needsAttestation = false; ///< the publication rule's "not reviewed" is then dropped: the
                                     ///< attestation supplies the review, or its absence is reported once
    bool m_notOwn = false;
    bool m_attesterIsAuthor = false;
};

} // namespace gongkai
