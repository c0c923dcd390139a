#include "itemcsvfile.h"

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

bool ItemCsvFile::load(const QString& path, QByteArray* data, QList<ImportProblem>* problems)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(
            {0, QString(),
             tr("cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
        return false;
    }
    *data = file.readAll();
    return true;
}

ItemCsvFile ItemCsvFile::read(const QByteArray& data, QList<ImportProblem>* problems)
{
    ItemCsvFile file;
    const TextDecoder::Result decoded = TextDecoder::decode(data);
    file.m_encoding = decoded.encoding;
    if (!decoded.ok) {
        problems->append({decoded.badLine, QString(),
                          tr("the file is neither UTF-8 nor GB18030/GBK text: line %1 holds bytes that are "
                             "not valid in %2")
                              .arg(decoded.badLine)
                              .arg(decoded.encoding)});
        return file;
    }

    CsvReader reader(decoded.text);
    QList<CsvReader::Record> records;
    CsvReader::Record record;
    while (reader.next(&record)) {
        if (!isBlank(record))
            records << record;
    }
    if (reader.hasError()) {
        file.m_error = reader.errorString();
        file.m_errorLine = reader.errorLine();
    }
    if (records.isEmpty()) {
        if (!reader.hasError())
            problems->append({0, QString(), tr("the file is empty; its first line must name the columns")});
        file.reportSyntaxError(problems);
        return file;
    }
    const qsizetype before = problems->size();
    file.m_header = ItemCsvHeader::parse(records.first().fields, records.first().line, problems);
    records.removeFirst();
    file.m_rows = std::move(records);
    file.m_hasRows = problems->size() == before;
    if (!file.m_hasRows)
        file.reportSyntaxError(problems);
    return file;
}

void ItemCsvFile::reportSyntaxError(QList<ImportProblem>* problems) const
{
    if (!m_error.isEmpty())
        problems->append({m_errorLine, QString(), m_error});
}

} // namespace gongkai
