#pragma once

#include <QStringList>

class QIODevice;

namespace gongkai {

/// Writes CSV records as UTF-8 with CRLF line ends (RFC 4180), quoting a field whenever it holds a
/// comma, a quote, a line break or blanks at either end, so a reader gets back exactly what was written.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice* device);

    /// Writes the UTF-8 byte order mark, which Excel needs to read UTF-8 rather than the ANSI code page.
    void writeBom();
    void writeRecord(const QStringList& fields);
    /// False once a write to the device failed.
    bool ok() const { return m_ok; }

    /// One field as it appears in the file.
    static QString quoted(const QString& field);

private:
    void write(const QByteArray& bytes);

    QIODevice* m_device;
    bool m_ok = true;
};

} // namespace gongkai
