// libFuzzer target: word-list parsing, automaton building and screening on arbitrary bytes.
// Input: an optional word list, a NUL byte, then the text (both read as UTF-8); without a NUL the
// whole input is the text, screened with the default list.
#include "error.h"
#include "screening/screener.h"

#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace gongkai;

namespace {
void check(bool condition)
{
    if (!condition)
        std::abort();
}

const Screener& defaultScreener()
{
    static const Screener screener(WordList::defaultList());
    return screener;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype nul = bytes.indexOf('\0');
    QString text;
    ScreeningResult result;
    try {
        if (nul >= 0) {
            Screener screener(WordList::fromText(QString::fromUtf8(bytes.first(nul))));
            text = QString::fromUtf8(bytes.sliced(nul + 1));
            result = screener.screen(text);
        } else {
            text = QString::fromUtf8(bytes);
            result = defaultScreener().screen(text);
        }
    } catch (const Error&) {
        return 0; // a bad word list is reported, which is all it should do
    }

    // What every result must hold, whatever the input.
    check(result.totalCount() >= result.findings.size());
    qsizetype lastOffset = 0;
    int lastLine = 1;
    for (const Finding& f : result.findings) {
        check(f.offset >= lastOffset && f.length > 0 && f.offset + f.length <= text.size());
        check(f.text == QStringView(text).mid(f.offset, f.length));
        check(f.line >= lastLine && f.column >= 1);
        check(f.contextBefore.size() <= Screener::kContextLength &&
              f.contextAfter.size() <= Screener::kContextLength);
        lastOffset = f.offset;
        lastLine = f.line;
    }
    return 0;
}
