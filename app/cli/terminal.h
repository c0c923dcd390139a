#pragma once

#include <QString>

namespace gongkai::cli {

/// The little the CLI needs from the console that Qt does not offer portably: whether a stream is a
/// terminal, reading a password without echo, and UTF-8 output on Windows.
class Terminal
{
public:
    static bool stdinIsTerminal();
    static bool stderrIsTerminal();
    /// Shows the prompt on stderr and reads one line from stdin, without echo where the console allows.
    static QString readPassword(const QString& prompt);
    /// Makes the Windows console show UTF-8 output; does nothing elsewhere.
    static void useUtf8Console();
};

} // namespace gongkai::cli
