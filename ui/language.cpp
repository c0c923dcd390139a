#include "language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace gongkai::ui {

namespace {
const auto kKey = QLatin1String("ui/language");
} // namespace

QStringList Language::available()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("zh_TW"), QStringLiteral("en")};
}

QString Language::saved()
{
    const QString code = QSettings().value(kKey).toString();
    return available().contains(code) ? code : QString();
}

void Language::save(const QString& code)
{
    QSettings settings;
    if (available().contains(code))
        settings.setValue(kKey, code);
    else
        settings.remove(kKey);
}

QString Language::resolve(const QString& requested)
{
    if (available().contains(requested))
        return requested;
    const QString chosen = saved();
    if (!chosen.isEmpty())
        return chosen;
    const QLocale system = QLocale::system();
    if (system.language() != QLocale::Chinese)
        return QStringLiteral("en");
    const bool traditional = system.script() == QLocale::TraditionalChineseScript ||
                             system.territory() == QLocale::Taiwan ||
                             system.territory() == QLocale::HongKong || system.territory() == QLocale::Macao;
    return traditional ? QStringLiteral("zh_TW") : QStringLiteral("zh_CN");
}

QString Language::nativeName(const QString& code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::English)
        return QLocale::languageToString(QLocale::English); // not "American English"
    return QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), locale.nativeTerritoryName());
}

void Language::install(QCoreApplication* app, const QString& code)
{
    const QLocale locale(code);
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::English) {
        auto* qt = new QTranslator(app);
        if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    // English has ours too: it carries only the plural forms of the "%n item(s)" messages.
    auto* ours = new QTranslator(app);
    if (ours->load(QStringLiteral(":/i18n/gongkai_") + code + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
}

} // namespace gongkai::ui
