#pragma once

#include <QByteArray>
#include <QString>

namespace gongkai {

/// Turns the bytes of a text file into text, guessing the encoding the way an office's files come:
/// UTF-8 with a BOM (Excel's "CSV UTF-8"), plain UTF-8, or otherwise GB18030 — the superset of GBK
/// that Excel and WPS write on Chinese Windows.
class TextDecoder
{
public:
    struct Result
    {
        QString text;
        QString encoding; ///< "UTF-8 (BOM)", "UTF-8" or "GB18030"
        bool ok = true;   ///< false when the bytes are not valid in the chosen encoding either
        int badLine = 0;  ///< when not ok, the line of the first byte that could not be decoded
    };

    static Result decode(const QByteArray& data);
    /// True when data is well-formed UTF-8 (plain ASCII included).
    static bool isValidUtf8(const QByteArray& data);
    /// Encodes text as GB18030 (for tests and for users who ask for GBK output).
    static QByteArray encodeGb18030(const QString& text);
};

} // namespace gongkai
