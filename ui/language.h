#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QApplication;

namespace gongkai::ui {

/// The interface language: chosen with --lang, in the View menu (saved in the settings), or taken
/// from the system. Codes are "zh_CN", "zh_TW" and "en"; an empty code means the system's.
class Language
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ui::Language)

public:
    static QStringList available();
    /// The saved choice, or empty for the system's language.
    static QString saved();
    static void save(const QString& code);
    /// The language to use: the requested one if valid, else the saved one, else the system's
    /// (a Chinese system gets zh_CN, or zh_TW in Taiwan, Hong Kong and Macao; others English).
    static QString resolve(const QString& requested = {});
    /// The language's name in that language, e.g. "中文 (中国)".
    static QString nativeName(const QString& code);
    /// Loads Qt's own translation and ours (embedded under :/i18n) into the application and makes
    /// the language the default locale. For English only our plural forms load.
    static void install(QCoreApplication* app, const QString& code);
};

} // namespace gongkai::ui
