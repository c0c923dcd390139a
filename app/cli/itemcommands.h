#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gongkai::cli {

class CliContext;

/// item add|show|withdraw, publication add and submission add|adopt, through ItemService.
class ItemCommands
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::ItemCommands)

public:
    static int item(CliContext& context, const QStringList& args);
    static int publication(CliContext& context, const QStringList& args);
    static int submission(CliContext& context, const QStringList& args);

private:
    static int add(CliContext& context, const QStringList& args);
    static int show(CliContext& context, const QStringList& args);
    static int withdraw(CliContext& context, const QStringList& args);
    static int addSubmission(CliContext& context, const QStringList& args);
    static int adopt(CliContext& context, const QStringList& args);
};

} // namespace gongkai::cli
