#include "documenttext.h"

#include "error.h"
#include "io/textdecoder.h"
#include "screening/docxreader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace gongkai {

namespace {
QString suffixOf(const QString& fileName)
{
    return QFileInfo(fileName).suffix().toLower();
}
} // namespace

bool DocumentText::isSupported(const QString& fileName)
{
    const QString suffix = suffixOf(fileName);
    return suffix == QLatin1String("txt") || suffix == QLatin1String("docx");
}

QString DocumentText::read(const QString& path)
{
    const QString name = QDir::toNativeSeparators(path);
    if (!isSupported(path))
        throw Error(tr("%1: cannot read the text of this kind of file (only .txt and .docx)").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("%1: %2").arg(name, file.errorString()));
    if (file.size() > kMaxFileSize)
        throw Error(tr("%1: the file is larger than %2 MB").arg(name).arg(kMaxFileSize >> 20));
    const QByteArray data = file.read(kMaxFileSize + 1);
    if (data.size() > kMaxFileSize)
        throw Error(tr("%1: the file is larger than %2 MB").arg(name).arg(kMaxFileSize >> 20));
    return fromData(data, name);
}

QString DocumentText::fromData(const QByteArray& data, const QString& fileName)
{
    const QString suffix = suffixOf(fileName);
    if (suffix == QLatin1String("docx"))
        return DocxReader::text(data, fileName);
    if (suffix == QLatin1String("txt"))
        return fromPlainText(data);
    throw Error(tr("%1: cannot read the text of this kind of file (only .txt and .docx)").arg(fileName));
}

QString DocumentText::fromPlainText(const QByteArray& data)
{
    // Most files are UTF-8: decode them in one pass (TextDecoder validates and decodes in two, which
    // costs as much as screening on large files). Bytes that are not UTF-8 come out as U+FFFD and a
    // BOM is dropped; only then is the careful decoder needed (GBK, damage, or a real U+FFFD).
    QString text = QString::fromUtf8(data);
    if (!text.contains(QChar::ReplacementCharacter))
        return text;
    // Text that is neither clean UTF-8 nor clean GBK is still screened as well as it decodes.
    return TextDecoder::decode(data).text;
}

} // namespace gongkai
