#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gongkai::cli {

class CliContext;

/// import items, import names and export items: the ledger as CSV, as the signed-in --user.
class IoCommands
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::IoCommands)

public:
    /// The import command: import items FILE (an author's or publisher's import) and import names FILE
    /// (the administrator's step before it: the names the file lacks).
    static int importItems(CliContext& context, const QStringList& args);
    static int exportItems(CliContext& context, const QStringList& args);

private:
    static int importLedger(CliContext& context, const QStringList& args);
    static int importNames(CliContext& context, const QStringList& args);
};

} // namespace gongkai::cli
