#pragma once

#include <QFont>
#include <QString>
#include <QStringList>

namespace gongkai {

/// Picks the installed font families for printed pages (GB/T 9704: a 小标宋 title, 仿宋 body, 黑体
/// headings, 宋体 page numbers), each from a list of preferred families with fallbacks. Resolved once
/// against QFontDatabase (needs a QGuiApplication).
class FontChooser
{
public:
    enum class Role
    {
        Title,      ///< 方正小标宋简体, else SimHei
        Body,       ///< FangSong / 仿宋
        Heading,    ///< SimHei / 黑体
        PageNumber, ///< SimSun / 宋体
        Kai,        ///< KaiTi / 楷体: second-level headings (（一）…)
    };

    /// The family to use for a role: the first installed one of candidates(role).
    static QString family(Role role);
    /// A font of the role's family at a point size.
    static QFont font(Role role, qreal pointSize, bool bold = false);
    /// Preferred families for a role, best first: the Windows office fonts, then CJK fonts of Linux
    /// whose text extracts as it was written (WenQuanYi before Noto CJK, which pdftotext reads back as
    /// Kangxi radicals).
    static QStringList candidates(Role role);
    /// The first of candidates that is installed, or the first candidate when none is.
    static QString firstInstalled(const QStringList& candidates);
};

} // namespace gongkai
