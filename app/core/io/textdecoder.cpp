#include "textdecoder.h"

#include <QStringDecoder>
#include <QTextCodec>

namespace gongkai {

namespace {
const char kUtf8Bom[] = "\xEF\xBB\xBF";

// Qt 6's QStringConverter knows GB18030 only where ICU is present; Core5Compat's QTextCodec carries
// its own GB18030 tables, so the same file opens on every platform.
QTextCodec* gb18030()
{
    return QTextCodec::codecForName("GB18030");
}
/// Undecodable bytes come out as U+FFFD; without one, the damage is at the very end.
int lineOfFirstBadCharacter(const QString& text)
{
    const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
    const QStringView upToBad = QStringView(text).left(bad >= 0 ? bad : text.size());
    return int(upToBad.count(QLatin1Char('\n'))) + 1;
}
} // namespace

bool TextDecoder::isValidUtf8(const QByteArray& data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(data);
    Q_UNUSED(text);
    return !decoder.hasError();
}

TextDecoder::Result TextDecoder::decode(const QByteArray& data)
{
    Result result;
    if (data.startsWith(kUtf8Bom)) {
        const QByteArray rest = data.mid(3);
        result.encoding = QStringLiteral("UTF-8 (BOM)");
        result.ok = isValidUtf8(rest);
        result.text = QString::fromUtf8(rest);
        if (!result.ok)
            result.badLine = lineOfFirstBadCharacter(result.text);
        return result;
    }
    if (isValidUtf8(data)) {
        result.encoding = QStringLiteral("UTF-8");
        result.text = QString::fromUtf8(data);
        return result;
    }
    result.encoding = QStringLiteral("GB18030");
    QTextCodec* codec = gb18030();
    if (!codec) {
        result.ok = false;
        result.text = QString::fromUtf8(data);
        return result;
    }
    result.text = codec->toUnicode(data);
    // Where ICU provides the codec it neither counts bad bytes nor reports a cut-off last character,
    // so test the decoding by encoding it back: GB18030 maps bytes to code points one to one.
    result.ok = codec->fromUnicode(result.text) == data;
    if (!result.ok)
        result.badLine = lineOfFirstBadCharacter(result.text);
    return result;
}

QByteArray TextDecoder::encodeGb18030(const QString& text)
{
    QTextCodec* codec = gb18030();
    return codec ? codec->fromUnicode(text) : QByteArray();
}

} // namespace gongkai
