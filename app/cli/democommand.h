#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gongkai::cli {

class CliContext;

/// demo: fills a new, empty database (no account, no item) with the demo office. Runs without --user:
/// such a database has nobody to sign in as. Any other database is refused, and nothing is written.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::DemoCommand)

public:
    static int run(CliContext& context, const QStringList& args);
};

} // namespace gongkai::cli
