#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gongkai::cli {

class CliContext;

/// screen: the confidentiality pre-screen of .txt and .docx files, without a database.
/// Exits 1 when anything of high severity was found, 2 when a file or word list could not be read.
class ScreenCommand
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::ScreenCommand)

public:
    static int run(CliContext& context, const QStringList& args);
};

} // namespace gongkai::cli
