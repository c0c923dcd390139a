#pragma once

#include <QPagedPaintDevice>
#include <QString>

#include <functional>

namespace gongkai {

/// Writes a PDF through QPdfWriter at print resolution: the renderers' path to a file.
class PdfFile
{
public:
    static constexpr int kResolution = 1200;

    /// Renders into path (replaced atomically): false when render fails or the file cannot be written.
    /// version: PdfVersion_A1b for the archive (PDF/A-1b: fonts embedded, no transparency).
    static bool write(const QString& path, const QString& title,
                      const std::function<bool(QPagedPaintDevice*)>& render,
                      QPagedPaintDevice::PdfVersion version = QPagedPaintDevice::PdfVersion_1_4);
};

} // namespace gongkai
