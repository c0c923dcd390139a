#include "itemimporter.h"

#include "../error.h"
#include "../storage/database.h"
#include "../storage/itemrepository.h"
#include "csvreader.h"
#include "importlookup.h"
#include "itemcsvformat.h"
#include "itemcsvheader.h"
#include "itemrowreader.h"
#include "textdecoder.h"

#include <QDir>
#include <QFile>

namespace gongkai {

namespace {
bool isBlank(const CsvReader::Record& record)
{
    for (const QString& field : record.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}
} // namespace

ItemImporter::ItemImporter(Database& db) : m_db(db) {}

ImportResult ItemImporter::importFile(const QString& path, const ImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.problems.append(
            {0, QString(),
             tr("cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
        return result;
    }
    return importData(file.readAll(), options);
}

ImportResult ItemImporter::importData(const QByteArray& data, const ImportOptions& options)
{
    ImportResult result;
    const TextDecoder::Result decoded = TextDecoder::decode(data);
    result.encoding = decoded.encoding;
    if (!decoded.ok) {
        result.problems.append(
            {decoded.badLine, QString(),
             tr("the file is neither UTF-8 nor GB18030/GBK text: line %1 holds bytes that are "
                "not valid in %2")
                 .arg(decoded.badLine)
                 .arg(decoded.encoding)});
        return result;
    }

    CsvReader reader(decoded.text);
    QList<CsvReader::Record> records;
    CsvReader::Record record;
    while (reader.next(&record)) {
        if (!isBlank(record))
            records << record;
    }
    // A syntax error ends the reading; the rows before it are still checked so one run shows more.
    const auto syntaxProblem = [&] {
        if (reader.hasError())
            result.problems.append({reader.errorLine(), QString(), reader.errorString()});
    };
    if (records.isEmpty()) {
        if (!reader.hasError())
            result.problems.append(
                {0, QString(), tr("the file is empty; its first line must name the columns")});
        syntaxProblem();
        return result;
    }

    const ItemCsvHeader header =
        ItemCsvHeader::parse(records.first().fields, records.first().line, &result.problems);
    result.rows = int(records.size()) - 1;
    if (!result.problems.isEmpty()) {
        syntaxProblem();
        return result;
    }

    int line = 0;
    try {
        // One transaction for everything, names created by createMissing included: any problem, and
        // every check-only run, rolls it all back.
        TransactionGuard tx(m_db);
        ImportLookup lookup(m_db, options.createMissing);
        ItemRepository items(m_db);
        bool writing = !options.checkOnly && !reader.hasError();
        int imported = 0;
        for (qsizetype r = 1; r < records.size(); ++r) {
            const CsvReader::Record& row = records.at(r);
            line = row.line;
            const qsizetype extra = row.fields.size() - header.fieldCount();
            bool extraBlank = extra > 0;
            for (qsizetype i = header.fieldCount(); extraBlank && i < row.fields.size(); ++i)
                extraBlank = row.fields.at(i).trimmed().isEmpty();
            if (extra < 0 || (extra > 0 && !extraBlank)) {
                result.problems.append({row.line, QString(),
                                        tr("wrong number of fields: %1, expected %2")
                                            .arg(row.fields.size())
                                            .arg(header.fieldCount())});
                writing = false;
                continue;
            }
            ItemRowReader rowReader(header, lookup, row, &result.problems, options.reviewedOnPaper);
            Item item = rowReader.read();
            if (writing && !rowReader.hasProblems()) {
                try {
                    items.add(item);
                    ++imported;
                } catch (const ValidationError& e) {
                    rowReader.report(e.errors());
                }
            } else {
                rowReader.report(items.validate(item));
            }
            if (rowReader.hasProblems())
                writing = false;
        }
        syntaxProblem();
        if (result.problems.isEmpty() && !options.checkOnly) {
            tx.commit();
            result.imported = imported;
        }
    } catch (const DbError& e) {
        result.problems.append({line, QString(), QStringLiteral("%1: %2").arg(e.message(), e.driverText())});
        result.imported = 0;
    } catch (const Error& e) {
        result.problems.append({line, QString(), e.message()});
        result.imported = 0;
    }
    return result;
}

} // namespace gongkai
