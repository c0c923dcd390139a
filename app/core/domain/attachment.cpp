#include "attachment.h"

#include "../error.h"
#include "../screening/documenttext.h"

#include <QCryptographicHash>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace gongkai {

Attachment Attachment::fromFile(const QString& path)
{
    const QFileInfo info(path);
    if (!DocumentText::isSupported(info.fileName()))
        throw Error(tr("%1: only .txt and .docx files can be attached, so that their text can be screened.")
                        .arg(QDir::toNativeSeparators(path)));
    if (info.size() > kMaxSize)
        throw Error(tr("%1 is %2; attachments can be at most %3.")
                        .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(info.size()),
                             QLocale().formattedDataSize(kMaxSize)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return fromData(info.fileName(), file.readAll());
}

Attachment Attachment::fromData(const QString& fileName, const QByteArray& data)
{
    const QString name = QFileInfo(fileName).fileName().trimmed();
    if (name.isEmpty())
        throw Error(tr("An attachment needs a file name."));
    if (!DocumentText::isSupported(name))
        throw Error(tr("%1: only .txt and .docx files can be attached, so that their text can be screened.")
                        .arg(name));
    if (data.size() > kMaxSize)
        throw Error(tr("%1 is %2; attachments can be at most %3.")
                        .arg(name, QLocale().formattedDataSize(data.size()), QLocale().formattedDataSize(kMaxSize)));
    Attachment a;
    a.fileName = name;
    a.size = data.size();
    a.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    a.text = DocumentText::fromData(data, name); // throws, naming the file, when damaged
    a.data = data;
    return a;
}

} // namespace gongkai
