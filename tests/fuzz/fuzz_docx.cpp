// libFuzzer target: the .docx reader on arbitrary bytes. An input starting with '<' is taken as one
// unpacked WordprocessingML part (so that the XML reader is reached past the zip checksums);
// anything else as a whole .docx file. Either must give text or a gongkai::Error, nothing else.
#include "error.h"
#include "screening/docxreader.h"
#include "screening/screener.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace gongkai;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    try {
        const QString text = size > 0 && data[0] == '<'
                                 ? DocxReader::partText(bytes, QStringLiteral("fuzz.docx"))
                                 : DocxReader::text(bytes, QStringLiteral("fuzz.docx"));
        static const Screener screener;
        screener.screen(text);
    } catch (const Error&) {
    }
    return 0;
}
