#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace gongkai {

/// Splits CSV text into records (RFC 4180): fields separated by commas, optionally quoted with ",
/// a doubled "" inside quotes standing for one ", and commas and line breaks allowed inside quotes.
/// Lines end in CRLF, LF or CR. Lines with nothing on them are skipped. Fields are returned as
/// written (not trimmed).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::CsvReader)

public:
    struct Record
    {
        int line = 0; ///< 1-based line of the file the record starts on
        QStringList fields;
    };

    explicit CsvReader(QString text);

    /// Reads the next record into record; false at the end of the text or on a syntax error
    /// (then hasError() is true and the reader stays at the error).
    bool next(Record* record);
    bool hasError() const { return !m_error.isEmpty(); }
    /// Translated description of the syntax error, e.g. an unterminated quote.
    QString errorString() const { return m_error; }
    /// The line the error concerns (where the broken record or field starts).
    int errorLine() const { return m_errorLine; }

private:
    /// Consumes a line break at m_pos if there is one.
    bool skipLineBreak();

    QString m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    QString m_error;
    int m_errorLine = 0;
};

} // namespace gongkai
