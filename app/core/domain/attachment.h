#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace gongkai {

/// A file attached to an item (.txt or .docx): part of what the reviewers read and sign for, so its
/// name and hash are in the item's content hash, and its text is screened with the item's.
struct Attachment
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::Attachment)

public:
    /// Largest file accepted: the database keeps every version of it.
    static constexpr qint64 kMaxSize = 20 * 1024 * 1024;

    qint64 id = 0; ///< 0 until stored
    QString fileName; ///< the name alone, without folders
    qint64 size = 0;
    QString sha256; ///< lower-case hex of the bytes
    QString text; ///< the text extracted for screening
    QDateTime addedAt; ///< UTC
    QString addedBy; ///< login
    QByteArray data; ///< the bytes: set only on a new attachment that is still to be stored

    /// Reads a file for attaching: checks its kind and size, hashes it and extracts its text. Throws
    /// Error naming the file when it cannot be read, is too large, damaged or of another kind.
    static Attachment fromFile(const QString& path);
    /// The same for bytes already read; fileName gives the kind and the name.
    static Attachment fromData(const QString& fileName, const QByteArray& data);

    /// Whether two entries are the same file under the same name.
    bool sameFile(const Attachment& other) const { return fileName == other.fileName && sha256 == other.sha256; }
};

} // namespace gongkai
