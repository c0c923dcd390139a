#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gongkai::cli {

class CliContext;

/// attachment add|list|remove|save: the .txt and .docx files attached to an item.
class AttachmentCommands
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::AttachmentCommands)

public:
    static int run(CliContext& context, const QStringList& args);

private:
    static int add(CliContext& context, const QStringList& args);
    static int list(CliContext& context, const QStringList& args);
    static int remove(CliContext& context, const QStringList& args);
    static int save(CliContext& context, const QStringList& args);
};

} // namespace gongkai::cli
