#include "fontchooser.h"

#include <QFontDatabase>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

namespace gongkai {

namespace {
QStringList strings(std::initializer_list<const char*> names)
{
    QStringList list;
    for (const char* n : names)
        list << QString::fromUtf8(n);
    return list;
}

/// CJK families found on Linux desktops, in the order they print and extract best.
QStringList linuxFallbacks()
{
    return strings({"WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "AR PL UMing CN", "AR PL UKai CN",
                    "Source Han Serif SC", "Source Han Sans SC", "Noto Serif CJK SC", "Noto Sans CJK SC",
                    "Droid Sans Fallback"});
}
} // namespace

QStringList FontChooser::candidates(Role role)
{
    QStringList list;
    switch (role) {
    case Role::Title:
        list = strings({"方正小标宋简体", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "SimHei", "黑体",
                        "Microsoft YaHei"});
        break;
    case Role::Body:
        list = strings(
            {"FangSong", "仿宋", "仿宋_GB2312", "FangSong_GB2312", "SimSun", "宋体", "KaiTi", "SimHei"});
        break;
    case Role::Heading:
        list = strings({"SimHei", "黑体", "Microsoft YaHei", "SimSun"});
        break;
    case Role::PageNumber:
        list = strings({"SimSun", "宋体", "NSimSun", "FangSong", "SimHei"});
        break;
    case Role::Kai:
        list = strings({"KaiTi", "楷体", "KaiTi_GB2312", "楷体_GB2312", "STKaiti", "AR PL UKai CN", "FangSong"});
        break;
    }
    return list + linuxFallbacks();
}

QString FontChooser::firstInstalled(const QStringList& candidates)
{
    // QFontDatabase::families() is slow-ish and fixed for the run: read it once.
    static QMutex mutex;
    static QSet<QString> installed;
    static bool loaded = false;
    {
        QMutexLocker lock(&mutex);
        if (!loaded) {
            const QStringList families = QFontDatabase::families();
            for (const QString& f : families)
                installed.insert(f.toCaseFolded());
            loaded = true;
        }
    }
    for (const QString& c : candidates) {
        if (installed.contains(c.toCaseFolded()))
            return c;
    }
    return candidates.value(0);
}

QString FontChooser::family(Role role)
{
    static QMutex mutex;
    static QHash<int, QString> chosen;
    QMutexLocker lock(&mutex);
    auto it = chosen.constFind(int(role));
    if (it != chosen.cend())
        return *it;
    const QString f = firstInstalled(candidates(role));
    chosen.insert(int(role), f);
    return f;
}

QFont FontChooser::font(Role role, qreal pointSize, bool bold)
{
    QFont f(family(role));
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // Kerning and hinting tuned for the screen shift CJK glyphs on paper; keep the design metrics.
    f.setKerning(false);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    return f;
}

} // namespace gongkai
