#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gongkai::cli {

class CliContext;

/// words list|add|remove|import: the office's word list (错敏词) in the database. With --user the
/// changes need the administrator; without, they are made as the local "cli" user like the other
/// ledger commands.
class WordsCommand
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::WordsCommand)

public:
    static int run(CliContext& context, const QStringList& args);
};

} // namespace gongkai::cli
