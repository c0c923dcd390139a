#include "cli.h"
#include "printcommands.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char** argv)
{
    // Print commands need fonts, hence a QGuiApplication; the others run without a display.
    const auto app = gongkai::cli::PrintCommands::createApplication(argc, argv);
    // The same names as the GUI, so both share the settings and the current database.
    QCoreApplication::setOrganizationName(QStringLiteral("Gongkai"));
    QCoreApplication::setApplicationName(QStringLiteral("gongkai"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GONGKAI_VERSION));
    gongkai::cli::Terminal::useUtf8Console();

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("gongkai"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    // Qt's own words in the help ("Options:", "Displays help on commandline options.").
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    return gongkai::cli::Cli::run(QCoreApplication::arguments());
}
