#include "workrecordimporter.h"

#include "../domain/workrecord.h"
#include "../error.h"
#include "../storage/database.h"
#include "../storage/departmentrepository.h"
#include "../storage/workrecordrepository.h"
#include "csvreader.h"
#include "itemcsvformat.h"
#include "textdecoder.h"
#include "workrecordcsvformat.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QSet>

#include <array>

namespace gongkai {

namespace {
using Format = WorkRecordCsvFormat;

bool isBlank(const CsvReader::Record& record)
{
    for (const QString& field : record.fields) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

/// Where each column is in the file (-1: absent) and how the file spells its header.
struct Header
{
    std::array<int, Format::kColumnCount> index;
    std::array<QString, Format::kColumnCount> spelled;
    int fieldCount = 0;
};
} // namespace

WorkRecordImporter::WorkRecordImporter(Database& db) : m_db(db) {}

ImportResult WorkRecordImporter::importFile(const QString& path, bool checkOnly)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.problems.append(
            {0, QString(),
             tr("cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString())});
        return result;
    }
    return importData(file.readAll(), checkOnly);
}

ImportResult WorkRecordImporter::importData(const QByteArray& data, bool checkOnly)
{
    ImportResult result;
    const TextDecoder::Result decoded = TextDecoder::decode(data);
    result.encoding = decoded.encoding;
    if (!decoded.ok) {
        result.problems.append({decoded.badLine, QString(),
                                tr("the file is neither UTF-8 nor GB18030/GBK text: line %1 holds bytes that "
                                   "are not valid in %2")
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
    if (records.isEmpty()) {
        if (reader.hasError())
            result.problems.append({reader.errorLine(), QString(), reader.errorString()});
        else
            result.problems.append(
                {0, QString(), tr("the file is empty; its first line must name the columns")});
        return result;
    }

    // The header.
    Header header;
    header.index.fill(-1);
    const CsvReader::Record& first = records.first();
    header.fieldCount = int(first.fields.size());
    for (int i = 0; i < header.fieldCount; ++i) {
        const QString name = first.fields.at(i).trimmed();
        if (name.isEmpty() && i == header.fieldCount - 1) {
            header.fieldCount = i; // a trailing comma, as spreadsheets sometimes write
            break;
        }
        const std::optional<Format::Column> column = Format::columnForHeader(name);
        if (!column) {
            result.problems.append({first.line, name, tr("unknown column")});
        } else if (header.index.at(*column) >= 0) {
            result.problems.append({first.line, name, tr("the column appears twice")});
        } else {
            header.index[*column] = i;
            header.spelled[*column] = name;
        }
    }
    for (int c = 0; c < Format::kColumnCount; ++c) {
        if (Format::isRequired(Format::Column(c)) && header.index.at(c) < 0)
            result.problems.append(
                {first.line, Format::header(Format::Column(c)), tr("the column is missing")});
    }
    result.rows = int(records.size()) - 1;
    if (!result.problems.isEmpty()) {
        if (reader.hasError())
            result.problems.append({reader.errorLine(), QString(), reader.errorString()});
        return result;
    }

    QHash<QString, qint64> departments;
    for (const Department& d : DepartmentRepository(m_db).list(true))
        departments.insert(d.name, d.id);

    QList<WorkRecord> parsed;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record& row = records.at(r);
        qsizetype count = row.fields.size();
        while (count > header.fieldCount && row.fields.at(count - 1).trimmed().isEmpty())
            --count; // blank cells after the last column
        if (count != header.fieldCount) {
            result.problems.append(
                {row.line, QString(),
                 tr("wrong number of fields: %1, expected %2").arg(count).arg(header.fieldCount)});
            continue;
        }
        QSet<int> bad;
        auto problem = [&](Format::Column column, const QString& reason) {
            bad.insert(column);
            // A rule may concern a column the file leaves out (a training's attendees): name it as export
            // would.
            const QString name =
                header.index.at(column) >= 0 ? header.spelled.at(column) : Format::header(column);
            result.problems.append({row.line, name, reason});
        };
        auto cell = [&](Format::Column column) {
            const int i = header.index.at(column);
            return i < 0 ? QString() : row.fields.at(i).trimmed();
        };
        auto number = [&](Format::Column column) {
            const QString text = cell(column);
            if (text.isEmpty())
                return 0;
            bool ok = false;
            const int value = text.toInt(&ok);
            if (!ok)
                problem(column, tr("“%1” is not a whole number").arg(text));
            else if (value < 0)
                problem(column, tr("%1 is negative").arg(value));
            return ok ? value : 0;
        };

        WorkRecord rec;
        const QString kindText = cell(Format::Kind);
        if (kindText.isEmpty()) {
            rec.kind = WorkRecordKind::Other;
            problem(Format::Kind, tr("the kind is required"));
        } else if (const std::optional<WorkRecordKind> kind = workRecordKindFromString(kindText)) {
            rec.kind = *kind;
        } else {
            rec.kind = WorkRecordKind::Other; // no rules of a kind apply to a row whose kind is unknown
            QStringList names;
            for (WorkRecordKind k : allWorkRecordKinds())
                names << workRecordKindChinese(k);
            problem(Format::Kind,
                    tr("unknown kind “%1” (one of %2)").arg(kindText, names.join(QStringLiteral("、"))));
        }
        const QString dateText = cell(Format::Date);
        if (dateText.isEmpty())
            problem(Format::Date, tr("the date is required"));
        else if (!ItemCsvFormat::parseDate(dateText, &rec.heldOn))
            problem(Format::Date, tr("“%1” is not a date (YYYY-MM-DD)").arg(dateText));
        rec.title = cell(Format::Title);
        rec.organiser = cell(Format::Organiser);
        rec.attendees = number(Format::Attendees);
        rec.documents = number(Format::Documents);
        rec.recipients = cell(Format::Recipients);
        rec.note = cell(Format::Note);
        const QString department = cell(Format::Department);
        if (!department.isEmpty()) {
            rec.departmentId = departments.value(department);
            if (rec.departmentId == 0)
                problem(Format::Department, tr("unknown department “%1”").arg(department));
        }
        for (const FieldError& e : rec.validate()) {
            const std::optional<Format::Column> column = Format::columnForField(e.field);
            if (column && !bad.contains(*column))
                problem(*column, e.message);
        }
        parsed << rec;
    }
    if (reader.hasError())
        result.problems.append({reader.errorLine(), QString(), reader.errorString()});
    if (!result.problems.isEmpty() || checkOnly)
        return result;

    try {
        // One transaction: a failure half-way leaves nothing behind.
        TransactionGuard tx(m_db);
        WorkRecordRepository repository(m_db);
        for (WorkRecord& rec : parsed)
            repository.add(rec);
        tx.commit();
        result.imported = int(parsed.size());
    } catch (const DbError& e) {
        result.problems.append({0, QString(), QStringLiteral("%1: %2").arg(e.message(), e.driverText())});
    } catch (const Error& e) {
        result.problems.append({0, QString(), e.message()});
    }
    return result;
}

} // namespace gongkai
