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

/// Turns one data row into an Item, resolving names and collecting every problem of the row.
class ItemRowReader
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemImporter)

public:
    /// Holds on to all four: they must outlive the reader.
    /// defaultPaperReview: ImportOptions::reviewedOnPaper.
    ItemRowReader(const ItemCsvHeader& header, ImportLookup& lookup, const CsvReader::Record& record,
                  QList<ImportProblem>* problems, const QString& defaultPaperReview = {})
        : m_header(header), m_lookup(lookup), m_record(record), m_problems(problems),
          m_defaultPaperReview(defaultPaperReview)
    {
    }

    /// The item as far as the row could be read; ids of names that could not be resolved are 0.
    Item read();
    /// Reports the validation errors that are not repeats of problems already found in the row.
    void report(const QList<FieldError>& errors);
    bool hasProblems() const { return m_count > 0; }

private:
    QString value(ItemCsvFormat::Column column) const;
    /// Records a problem of the row; field is the validation field name it stands for.
    void problem(ItemCsvFormat::Column column, const QString& field, const QString& reason);
    void problem(ItemCsvFormat::Column column, const QString& reason);
    qint64 reference(ItemCsvFormat::Column column, qint64 (ImportLookup::*find)(const QString&, QString*),
                     const QString& ifEmpty);
    void readPublications(Item* item);
    void readSubmissions(Item* item);
    void readPaperReview(Item* item);

    const ItemCsvHeader& m_header;
    ImportLookup& m_lookup;
    const CsvReader::Record& m_record;
    QList<ImportProblem>* m_problems;
    QString m_defaultPaperReview;
    QSet<QString> m_flagged;
    int m_count = 0;
    bool m_paperReviewMissing = false; ///< reported once at 纸质审查, so the publication rule's repeats are dropped
};

} // namespace gongkai
