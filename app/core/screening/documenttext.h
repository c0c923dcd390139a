#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gongkai {

/// The text of an attachment, for screening: .txt (UTF-8 or GBK) and .docx files.
class DocumentText
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::DocumentText)

public:
    /// Largest file read.
    static constexpr qint64 kMaxFileSize = 256 * 1024 * 1024;

    /// Whether the file's suffix is one whose text can be read (.txt, .docx).
    static bool isSupported(const QString& fileName);
    /// Reads the file; throws Error naming it when it cannot be read, is too large, is damaged or
    /// has an unsupported suffix.
    static QString read(const QString& path);
    /// The text of a file's contents; fileName gives the kind (by suffix) and names it in errors.
    static QString fromData(const QByteArray& data, const QString& fileName);
    /// Plain text as UTF-8 (with or without BOM) or GBK/GB18030; undecodable bytes become U+FFFD.
    static QString fromPlainText(const QByteArray& data);
};

} // namespace gongkai
