#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gongkai::cli {

class CliContext;

/// demo: fills an empty database with the demo office.
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::DemoCommand)

public:
    static int run(CliContext& context, const QStringList& args);
};

} // namespace gongkai::cli
