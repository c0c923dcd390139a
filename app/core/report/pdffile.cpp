#include "pdffile.h"

#include <QPdfWriter>
#include <QSaveFile>

namespace gongkai {

bool PdfFile::write(const QString& path, const QString& title,
                    const std::function<bool(QPagedPaintDevice*)>& render,
                    QPagedPaintDevice::PdfVersion version)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    bool ok = false;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Gongkai"));
        writer.setPdfVersion(version);
        ok = render(&writer);
    } // the writer finishes the file when it goes
    if (!ok) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

} // namespace gongkai
