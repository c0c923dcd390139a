#include "finding.h"

#include <QCoreApplication>

namespace gongkai {

namespace {
struct KindKey
{
    Finding::Kind kind;
    const char* key;
};

constexpr KindKey kKeys[] = {
    {Finding::Kind::ClassificationMarking, "classification-marking"},
    {Finding::Kind::ProtectionMarking, "protection-marking"},
    {Finding::Kind::ResidentId, "resident-id"},
    {Finding::Kind::MobilePhone, "mobile-phone"},
    {Finding::Kind::BankCard, "bank-card"},
    {Finding::Kind::Email, "email"},
    {Finding::Kind::ListedWord, "listed-word"},
};
} // namespace

QString Finding::kindKey(Kind kind)
{
    for (const KindKey& k : kKeys) {
        if (k.kind == kind)
            return QLatin1String(k.key);
    }
    return QString();
}

std::optional<Finding::Kind> Finding::kindFromKey(QStringView key)
{
    for (const KindKey& k : kKeys) {
        if (key == QLatin1String(k.key))
            return k.kind;
    }
    return std::nullopt;
}

QString Finding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::ClassificationMarking:
        return QCoreApplication::translate("gongkai::Finding", "Classification marking");
    case Kind::ProtectionMarking:
        return QCoreApplication::translate("gongkai::Finding", "Internal-use marking");
    case Kind::ResidentId:
        return QCoreApplication::translate("gongkai::Finding", "Resident ID number");
    case Kind::MobilePhone:
        return QCoreApplication::translate("gongkai::Finding", "Mobile phone number");
    case Kind::BankCard:
        return QCoreApplication::translate("gongkai::Finding", "Bank card number");
    case Kind::Email:
        return QCoreApplication::translate("gongkai::Finding", "E-mail address");
    case Kind::ListedWord:
        break;
    }
    return QCoreApplication::translate("gongkai::Finding", "Listed word");
}

QJsonObject Finding::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kindKey(kind));
    o.insert(QStringLiteral("severity"), SeverityNames::key(severity));
    o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("offset"), qint64(offset));
    o.insert(QStringLiteral("length"), qint64(length));
    o.insert(QStringLiteral("line"), line);
    o.insert(QStringLiteral("column"), column);
    o.insert(QStringLiteral("before"), contextBefore);
    o.insert(QStringLiteral("after"), contextAfter);
    if (!suggestion.isEmpty())
        o.insert(QStringLiteral("suggestion"), suggestion);
    return o;
}

} // namespace gongkai
