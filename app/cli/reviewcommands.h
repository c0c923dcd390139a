#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gongkai::cli {

class CliContext;

/// review submit|approve|reject|recall|attest|status|inbox, audit list and verify.
class ReviewCommands
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::ReviewCommands)

public:
    static int review(CliContext& context, const QStringList& args);
    static int audit(CliContext& context, const QStringList& args);
    static int verify(CliContext& context, const QStringList& args);

private:
    static int submit(CliContext& context, const QStringList& args);
    static int recall(CliContext& context, const QStringList& args);
    static int approve(CliContext& context, const QStringList& args);
    static int reject(CliContext& context, const QStringList& args);
    static int attest(CliContext& context, const QStringList& args);
    static int status(CliContext& context, const QStringList& args);
    static int inbox(CliContext& context, const QStringList& args);
};

} // namespace gongkai::cli
