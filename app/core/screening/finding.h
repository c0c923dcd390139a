#pragma once

#include "screening/severity.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace gongkai {

/// One place in a text that a reviewer should look at before the text is published.
struct Finding
{
    enum class Kind
    {
        ClassificationMarking, ///< 绝密 / 机密 / 秘密, usually with ★ and a period
        ProtectionMarking,     ///< 内部资料, 注意保密, 内部使用, 涉密
        ResidentId,            ///< an 18-digit (or old 15-digit) resident identity card number
        MobilePhone,           ///< a mainland mobile number
        BankCard,              ///< a 16–19 digit card number passing the Luhn check
        Email,
        ListedWord, ///< a term of the office's word list (错敏词)
    };

    Kind kind = Kind::ListedWord;
    Severity severity = Severity::Warning;
    QString text;          ///< the matched text as it stands in the document
    qsizetype offset = 0;  ///< in UTF-16 code units of the screened QString
    qsizetype length = 0;  ///< in UTF-16 code units
    int line = 1;          ///< 1-based
    int column = 1;        ///< 1-based, in characters (a CJK character or a surrogate pair counts 1)
    QString contextBefore; ///< up to about 15 characters of the same line before the match
    QString contextAfter;  ///< up to about 15 characters of the same line after it
    QString suggestion; ///< the correction of a listed word or the masked form of personal data; may be empty

    bool operator==(const Finding&) const = default;

    /// A stable key for files and JSON, e.g. "resident-id".
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(QStringView key);
    /// The translated name shown in the interface, e.g. "Resident ID number".
    static QString kindName(Kind kind);

    /// {kind, severity, text, offset, length, line, column, before, after, suggestion}.
    QJsonObject toJson() const;
};

} // namespace gongkai
