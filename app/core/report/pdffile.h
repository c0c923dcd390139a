#pragma once

#include <QString>

#include <functional>

class QPagedPaintDevice;

namespace gongkai {

/// Writes a PDF through QPdfWriter at print resolution: the renderers' path to a file.
class PdfFile
{
public:
    static constexpr int kResolution = 1200;

    /// Renders into path (replaced atomically): false when render fails or the file cannot be written.
    static bool write(const QString& path, const QString& title,
                      const std::function<bool(QPagedPaintDevice*)>& render);
};

} // namespace gongkai
