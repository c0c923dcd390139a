#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gongkai {

/// The text of a Word (.docx) document: a zip of WordprocessingML parts. Paragraphs become lines,
/// tabs and breaks become tab and newline. The headers come first (where classification markings
/// sit), then the body, footnotes, endnotes and footers. Text deleted with tracked changes is kept:
/// it is still in the file that would be published.
///
/// The bytes may come from anyone: sizes are limited, nothing is written to disk, and any damage is
/// reported as an Error naming the file.
class DocxReader
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::DocxReader)

public:
    /// Largest part read, uncompressed.
    static constexpr qint64 kMaxPartSize = 50 * 1024 * 1024;
    /// Most entries a zip may list.
    static constexpr qint64 kMaxEntries = 10000;

    /// fileName only names the document in errors.
    static QString text(const QByteArray& data, const QString& fileName);
    /// The text of one WordprocessingML part (word/document.xml, a header …) already unpacked.
    static QString partText(const QByteArray& xml, const QString& fileName,
                            const QString& partName = QStringLiteral("word/document.xml"));
};

} // namespace gongkai
