#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gongkai::cli {

class CliContext;

/// report quarterly|finalize|list|show|trace: the quarterly self-inspection report (自查报告) as PDF,
/// PDF/A-1b, HTML or JSON, its finalized versions, and what a figure counts.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::ReportCommands)

public:
    static int run(CliContext& context, const QStringList& args);

private:
    static int quarterly(CliContext& context, const QStringList& args);
    static int finalize(CliContext& context, const QStringList& args);
    static int list(CliContext& context, const QStringList& args);
    static int show(CliContext& context, const QStringList& args);
    static int trace(CliContext& context, const QStringList& args);
};

} // namespace gongkai::cli
