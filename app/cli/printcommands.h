#pragma once

#include <QCoreApplication>
#include <QStringList>

#include <memory>

namespace gongkai::cli {

class CliContext;

/// print review-form|monthly-summary|unit: the printed review form and the monthly summary of reviews
/// as PDF (or CSV), and the unit's name they carry.
class PrintCommands
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::PrintCommands)

public:
    static int run(CliContext& context, const QStringList& args);

    /// True when the command line runs a print or report command: fonts for PDF need a QGuiApplication,
    /// which the other commands do without (they run where there is no display).
    static bool needsGui(int argc, char** argv);
    /// The application object for this command line: a QGuiApplication for print commands (on the
    /// offscreen platform when there is no display on Linux), a QCoreApplication otherwise.
    static std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv);

private:
    static int reviewForm(CliContext& context, const QStringList& args);
    static int monthlySummary(CliContext& context, const QStringList& args);
    static int unit(CliContext& context, const QStringList& args);
};

} // namespace gongkai::cli
