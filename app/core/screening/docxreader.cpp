#include "docxreader.h"

#include "error.h"

#include <QList>
#include <QRegularExpression>
#include <QStringView>
#include <QXmlStreamReader>

#include <zip.h>

#include <algorithm>
#include <memory>

namespace gongkai {

namespace {
constexpr qint64 kMaxTotalSize = 200 * 1024 * 1024;

const QLatin1String kWordNamespace("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
const QLatin1String kStrictWordNamespace("http://purl.oclc.org/ooxml/wordprocessingml/main");
const QLatin1String kCompatibilityNamespace("http://schemas.openxmlformats.org/markup-compatibility/2006");

struct ArchiveCloser
{
    void operator()(zip_t* archive) const { zip_discard(archive); }
};
struct EntryCloser
{
    void operator()(zip_file_t* file) const { zip_fclose(file); }
};
using Archive = std::unique_ptr<zip_t, ArchiveCloser>;
using Entry = std::unique_ptr<zip_file_t, EntryCloser>;

/// A part of the document worth reading, and where its text goes.
struct Part
{
    zip_uint64_t index = 0;
    QString name;
    int rank = 0;   ///< headers, body, footnotes, endnotes, footers
    int number = 0; ///< header1, header2 …
};

/// Where the part's text goes (headers first), or -1 for parts without text to screen.
int rankOf(const QString& name, int* number)
{
    static const QRegularExpression pattern(
        QStringLiteral("^word/(header|document|footnotes|endnotes|footer)(\\d*)\\.xml$"));
    const QRegularExpressionMatch m = pattern.match(name);
    if (!m.hasMatch())
        return -1;
    const QString kind = m.captured(1);
    const bool numbered = kind == QLatin1String("header") || kind == QLatin1String("footer");
    if (numbered != !m.captured(2).isEmpty() || m.captured(2).size() > 6)
        return -1;
    *number = numbered ? m.captured(2).toInt() : 0;
    static const QStringList order{QStringLiteral("header"), QStringLiteral("document"),
                                   QStringLiteral("footnotes"), QStringLiteral("endnotes"),
                                   QStringLiteral("footer")};
    return int(order.indexOf(kind));
}

bool isWord(QStringView ns)
{
    return ns == kWordNamespace || ns == kStrictWordNamespace;
}

/// Appends the text of one WordprocessingML part; returns why it cannot be read, or an empty string.
QString appendPartText(const QByteArray& xmlData, QString& text)
{
    QXmlStreamReader xml(xmlData);
    int inTabStops = 0; // <w:tabs> in paragraph properties defines tab stops, not tabs
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            // WordprocessingML has no DTD; one can only be there to expand entities.
            return DocxReader::tr("unexpected document type declaration");
        case QXmlStreamReader::StartElement: {
            const QStringView name = xml.name();
            if (xml.namespaceUri() == kCompatibilityNamespace && name == u"Fallback") {
                // The same content as the preceding mc:Choice, for older readers: read it once.
                xml.skipCurrentElement();
                break;
            }
            if (!isWord(xml.namespaceUri()))
                break;
            if (name == u"t" || name == u"delText")
                text += xml.readElementText(QXmlStreamReader::SkipChildElements);
            else if (name == u"tabs")
                ++inTabStops;
            else if (name == u"tab" && inTabStops == 0)
                text += QLatin1Char('\t');
            else if (name == u"br" || name == u"cr")
                text += QLatin1Char('\n');
            else if (name == u"noBreakHyphen")
                text += QLatin1Char('-');
            break;
        }
        case QXmlStreamReader::EndElement:
            if (isWord(xml.namespaceUri())) {
                if (xml.name() == u"p")
                    text += QLatin1Char('\n');
                else if (xml.name() == u"tabs")
                    --inTabStops;
            }
            break;
        default:
            break;
        }
    }
    if (!xml.hasError())
        return QString();
    QString reason = xml.errorString();
    if (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    return DocxReader::tr("%1 at line %2").arg(reason, QString::number(xml.lineNumber()));
}

class Reader
{
public:
    Reader(const QByteArray& data, const QString& fileName) : m_data(data), m_fileName(fileName) {}

    QString text()
    {
        if (m_data.isEmpty())
            fail(DocxReader::tr("the file is empty"));
        open();
        const QList<Part> parts = partsToRead();
        if (std::none_of(parts.begin(), parts.end(), [](const Part& p) { return p.rank == 1; }))
            fail(DocxReader::tr("not a Word document (word/document.xml is missing)"));
        QString text;
        for (const Part& part : parts) {
            if (!text.isEmpty() && !text.endsWith(QLatin1Char('\n')))
                text += QLatin1Char('\n');
            const QString problem = appendPartText(read(part), text);
            if (!problem.isEmpty())
                damaged(part, problem);
        }
        return text;
    }

private:
    [[noreturn]] void fail(const QString& reason) const
    {
        throw Error(DocxReader::tr("%1: %2").arg(m_fileName, reason));
    }

    void open()
    {
        zip_error_t error;
        zip_error_init(&error);
        zip_source_t* source =
            zip_source_buffer_create(m_data.constData(), zip_uint64_t(m_data.size()), 0, &error);
        if (source) {
            m_archive.reset(zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
            if (!m_archive)
                zip_source_free(source);
        }
        if (!m_archive) {
            const QString reason = QString::fromLocal8Bit(zip_error_strerror(&error));
            zip_error_fini(&error);
            fail(DocxReader::tr("not a .docx file, or damaged (%1)").arg(reason));
        }
        zip_error_fini(&error);
    }

    QList<Part> partsToRead() const
    {
        const zip_int64_t entries = zip_get_num_entries(m_archive.get(), 0);
        if (entries < 0 || entries > DocxReader::kMaxEntries)
            fail(DocxReader::tr("the file lists too many parts to be a Word document"));
        QList<Part> parts;
        for (zip_int64_t i = 0; i < entries; ++i) {
            const char* raw = zip_get_name(m_archive.get(), zip_uint64_t(i), ZIP_FL_ENC_GUESS);
            if (!raw)
                continue;
            Part part;
            part.index = zip_uint64_t(i);
            part.name = QString::fromUtf8(raw);
            part.rank = rankOf(part.name, &part.number);
            if (part.rank >= 0)
                parts.append(part);
        }
        std::sort(parts.begin(), parts.end(), [](const Part& a, const Part& b) {
            return a.rank != b.rank ? a.rank < b.rank : a.number < b.number;
        });
        return parts;
    }

    QByteArray read(const Part& part)
    {
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(m_archive.get(), part.index, 0, &stat) != 0)
            damaged(part, DocxReader::tr("no directory entry"));
        if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
            fail(DocxReader::tr("the document is encrypted"));
        if ((stat.valid & ZIP_STAT_SIZE) && stat.size > zip_uint64_t(DocxReader::kMaxPartSize))
            tooLarge(part);
        Entry entry(zip_fopen_index(m_archive.get(), part.index, 0));
        if (!entry)
            damaged(part, QString::fromLocal8Bit(zip_strerror(m_archive.get())));
        QByteArray bytes;
        if (stat.valid & ZIP_STAT_SIZE)
            bytes.reserve(qsizetype(stat.size));
        // The sizes in the directory may lie: count what actually comes out.
        char buffer[64 * 1024];
        for (;;) {
            const zip_int64_t n = zip_fread(entry.get(), buffer, sizeof buffer);
            if (n < 0)
                damaged(part, QString::fromLocal8Bit(zip_file_strerror(entry.get())));
            if (n == 0)
                break;
            if (bytes.size() + n > DocxReader::kMaxPartSize)
                tooLarge(part);
            m_total += n;
            if (m_total > kMaxTotalSize)
                fail(DocxReader::tr("the document's text is larger than %1 MB").arg(kMaxTotalSize >> 20));
            bytes.append(buffer, qsizetype(n));
        }
        return bytes;
    }

    [[noreturn]] void tooLarge(const Part& part) const
    {
        fail(DocxReader::tr("part %1 is larger than %2 MB uncompressed")
                 .arg(part.name)
                 .arg(DocxReader::kMaxPartSize >> 20));
    }

    [[noreturn]] void damaged(const Part& part, const QString& reason) const
    {
        fail(DocxReader::tr("part %1 is damaged (%2)").arg(part.name, reason));
    }

    const QByteArray& m_data;
    QString m_fileName;
    Archive m_archive;
    qint64 m_total = 0;
};
} // namespace

QString DocxReader::text(const QByteArray& data, const QString& fileName)
{
    return Reader(data, fileName).text();
}

QString DocxReader::partText(const QByteArray& xml, const QString& fileName, const QString& partName)
{
    QString text;
    const QString problem = appendPartText(xml, text);
    if (!problem.isEmpty())
        throw Error(tr("%1: part %2 is damaged (%3)").arg(fileName, partName, problem));
    return text;
}

} // namespace gongkai
