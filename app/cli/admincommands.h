#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace gongkai::cli {

class CliContext;

/// init, adding and listing departments, channels, categories and users, and passwords.
class AdminCommands
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::cli::AdminCommands)

public:
    static int init(CliContext& context, const QStringList& args);
    /// group: "department", "channel", "category" or "user"; args start with add or list.
    static int run(CliContext& context, const QString& group, const QStringList& args);

private:
    static int add(CliContext& context, const QString& group, const QStringList& args);
    static int addUser(CliContext& context, const QStringList& args);
    static int list(CliContext& context, const QString& group, const QStringList& args);
    static int listUsers(CliContext& context, const QStringList& args);
    static int passwd(CliContext& context, const QStringList& args);
    static int unlock(CliContext& context, const QStringList& args);
};

} // namespace gongkai::cli
