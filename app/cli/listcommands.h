#pragma once

#include "domain/ledgerfilter.h"

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

namespace gongkai::cli {

class CliContext;

/// list items: the ledger through LedgerQuery, as a table or JSON, a page at a time.
class ListCommands
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::ListCommands)

public:
    static int run(CliContext& context, const QStringList& args);

    /// The ledger filter options shared by list items and export items.
    static void addFilterOptions(QCommandLineParser& parser);
    /// The filter those options give; names are resolved, dates checked.
    static LedgerFilter filter(CliContext& context, const QCommandLineParser& parser);
    static QString filterSynopsis();

private:
    static int items(CliContext& context, const QStringList& args);
};

} // namespace gongkai::cli
