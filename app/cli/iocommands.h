#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gongkai::cli {

class CliContext;

/// import items and export items: the ledger as CSV.
class IoCommands
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::IoCommands)

public:
    static int importItems(CliContext& context, const QStringList& args);
    static int exportItems(CliContext& context, const QStringList& args);
};

} // namespace gongkai::cli
