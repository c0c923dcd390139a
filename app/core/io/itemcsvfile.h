#pragma once

#include "csvreader.h"
#include "itemcsvheader.h"
#include "itemimporter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace gongkai {

/// A ledger import file read up to its rows: the bytes decoded, split into records, the header row
/// parsed. Shared by the import and the administrator's names step, so both read a file the same way.
class ItemCsvFile
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemImporter)

public:
    /// Reads data, appending the problems of its encoding and header to problems.
    static ItemCsvFile read(const QByteArray& data, QList<ImportProblem>* problems);
    /// The bytes of the file at path; false with a problem at line 0 when it cannot be read.
    static bool load(const QString& path, QByteArray* data, QList<ImportProblem>* problems);

    /// The header was read without problems: the rows can be gone through.
    bool hasRows() const { return m_hasRows; }
    const QString& encoding() const { return m_encoding; }
    const ItemCsvHeader& header() const { return m_header; }
    /// The data rows, blank ones left out.
    const QList<CsvReader::Record>& rows() const { return m_rows; }
    /// Appends the syntax error that ended the reading, if any: after the rows' own problems, since the
    /// rows before it were read and checked.
    void reportSyntaxError(QList<ImportProblem>* problems) const;

private:
    bool m_hasRows = false;
    QString m_encoding;
    ItemCsvHeader m_header;
    QList<CsvReader::Record> m_rows;
    int m_errorLine = 0;
    QString m_error;
};

} // namespace gongkai
