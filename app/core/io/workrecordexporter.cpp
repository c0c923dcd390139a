#include "workrecordexporter.h"

#include "../error.h"
#include "../storage/departmentrepository.h"
#include "../storage/workrecordrepository.h"
#include "csvwriter.h"
#include "itemcsvformat.h"
#include "workrecordcsvformat.h"

#include <QBuffer>
#include <QDir>
#include <QHash>
#include <QSaveFile>

namespace gongkai {

WorkRecordExporter::WorkRecordExporter(Database& db) : m_db(db) {}

int WorkRecordExporter::write(QIODevice* device, const QDate& from, const QDate& to)
{
    QHash<qint64, QString> departments;
    for (const Department& d : DepartmentRepository(m_db).list(true))
        departments.insert(d.id, d.name);
    CsvWriter csv(device);
    csv.writeBom();
    QStringList header;
    for (int c = 0; c < WorkRecordCsvFormat::kColumnCount; ++c)
        header << WorkRecordCsvFormat::header(WorkRecordCsvFormat::Column(c));
    csv.writeRecord(header);
    int written = 0;
    for (const WorkRecord& r : WorkRecordRepository(m_db).list(from, to)) {
        csv.writeRecord({workRecordKindChinese(r.kind), ItemCsvFormat::formatDate(r.heldOn), r.title,
                         r.organiser, QString::number(r.attendees), QString::number(r.documents),
                         r.recipients, r.note, departments.value(r.departmentId)});
        ++written;
    }
    if (!csv.ok())
        throw Error(tr("The export could not be written: %1").arg(device->errorString()));
    return written;
}

QByteArray WorkRecordExporter::exportData(const QDate& from, const QDate& to, int* count)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    const int n = write(&buffer, from, to);
    if (count)
        *count = n;
    return data;
}

int WorkRecordExporter::exportFile(const QString& path, const QDate& from, const QDate& to)
{
    // QSaveFile: a failed export never leaves half a file in place of a good one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const int count = write(&file, from, to);
    if (!file.commit())
        throw Error(tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return count;
}

} // namespace gongkai
