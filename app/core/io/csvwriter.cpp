#include "csvwriter.h"

#include <QIODevice>

namespace gongkai {

CsvWriter::CsvWriter(QIODevice* device) : m_device(device) {}

void CsvWriter::write(const QByteArray& bytes)
{
    if (m_ok && m_device->write(bytes) != bytes.size())
        m_ok = false;
}

void CsvWriter::writeBom()
{
    write(QByteArrayLiteral("\xEF\xBB\xBF"));
}

QString CsvWriter::quoted(const QString& field)
{
    bool needsQuotes = false;
    for (const QChar c : field) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            needsQuotes = true;
            break;
        }
    }
    if (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()))
        needsQuotes = true;
    if (!needsQuotes)
        return field;
    QString out;
    out.reserve(field.size() + 2);
    out += u'"';
    for (const QChar c : field) {
        if (c == u'"')
            out += u'"';
        out += c;
    }
    out += u'"';
    return out;
}

void CsvWriter::writeRecord(const QStringList& fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += quoted(fields.at(i));
    }
    line += QLatin1String("\r\n");
    write(line.toUtf8());
}

} // namespace gongkai
