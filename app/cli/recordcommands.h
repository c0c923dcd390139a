#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gongkai::cli {

class CliContext;

/// record add|list|edit|delete|import|export: the office's work records (trainings, interviews, press
/// events, reading-room deliveries, other work). With --user the session's roles apply (WorkRecordService:
/// writers change, ledger readers list); without, the command acts as the local "cli" user like the
/// other ledger commands.
class RecordCommands
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::RecordCommands)

public:
    static int run(CliContext& context, const QStringList& args);

private:
    static int add(CliContext& context, const QStringList& args);
    static int list(CliContext& context, const QStringList& args);
    static int edit(CliContext& context, const QStringList& args);
    static int remove(CliContext& context, const QStringList& args);
    static int importFile(CliContext& context, const QStringList& args);
    static int exportFile(CliContext& context, const QStringList& args);
};

} // namespace gongkai::cli
