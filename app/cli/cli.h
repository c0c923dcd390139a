#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gongkai::cli {

/// gongkai-cli's entry: reads the global options, runs one command, and turns every error into a
/// one-line message on stderr and a non-zero exit status (1 for failures, 2 for wrong usage).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::Cli)

public:
    /// arguments: as QCoreApplication::arguments(), the program first.
    static int run(const QStringList& arguments);

private:
    static QString usage();
};

} // namespace gongkai::cli
