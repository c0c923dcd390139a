#include "reviewchain.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gongkai {

namespace {
struct MeaningInfo
{
    SignatureMeaning meaning;
    const char* code;
    const char* english;
    const char* chinese;
};
const MeaningInfo kMeanings[] = {
    {SignatureMeaning::Review, "review", QT_TRANSLATE_NOOP("gongkai::ReviewChain", "Review"), "初审"},
    {SignatureMeaning::Approval, "approval", QT_TRANSLATE_NOOP("gongkai::ReviewChain", "Approval"), "审核"},
    {SignatureMeaning::SignOff, "sign_off", QT_TRANSLATE_NOOP("gongkai::ReviewChain", "Sign-off"), "签发"},
};
} // namespace

QString meaningCode(SignatureMeaning meaning)
{
    return QString::fromLatin1(kMeanings[int(meaning)].code);
}

bool meaningFromString(const QString& text, SignatureMeaning* meaning)
{
    const QString t = text.trimmed();
    for (const MeaningInfo& info : kMeanings) {
        if (t.compare(QLatin1String(info.code), Qt::CaseInsensitive) == 0 ||
            t.compare(QLatin1String(info.english), Qt::CaseInsensitive) == 0 ||
            t == QString::fromUtf8(info.chinese)) {
            *meaning = info.meaning;
            return true;
        }
    }
    return false;
}

QString meaningDisplayName(SignatureMeaning meaning)
{
    return QCoreApplication::translate("gongkai::ReviewChain", kMeanings[int(meaning)].english);
}

bool ReviewChain::isSigningRole(Role role)
{
    return role == Role::SectionChief || role == Role::LeaderInCharge || role == Role::PrincipalLeader;
}

QList<FieldError> ReviewChain::validate() const
{
    QList<FieldError> errors;
    // QCoreApplication::translate with the literal context, so that lupdate files these
    // messages under gongkai::ReviewChain (a struct without tr()).
    for (int i = 0; i < steps.size(); ++i) {
        const ReviewStep& step = steps.at(i);
        const QString field = QStringLiteral("steps[%1]").arg(i);
        if (!isSigningRole(step.role))
            errors.append(
                {field, QCoreApplication::translate("gongkai::ReviewChain",
                                                    "Step %1: only a section chief, a leader in charge "
                                                    "or a principal leader can sign a review step.")
                            .arg(i + 1)});
        if (step.label.trimmed().isEmpty())
            errors.append(
                {field, QCoreApplication::translate("gongkai::ReviewChain", "Step %1: the label is required.")
                            .arg(i + 1)});
        if (!step.optional && !step.enabled)
            errors.append(
                {field, QCoreApplication::translate("gongkai::ReviewChain",
                                                    "Step %1: only an optional step can be switched off.")
                            .arg(i + 1)});
    }
    if (active().steps.isEmpty())
        errors.append({QStringLiteral("steps"),
                       QCoreApplication::translate("gongkai::ReviewChain",
                                                   "The review chain needs at least one step.")});
    return errors;
}

ReviewChain ReviewChain::active() const
{
    ReviewChain chain;
    for (const ReviewStep& step : steps) {
        if (step.enabled)
            chain.steps << step;
    }
    return chain;
}

QByteArray ReviewChain::toJson() const
{
    QJsonArray array;
    for (const ReviewStep& step : steps)
        array.append(QJsonObject{{QStringLiteral("role"), roleCode(step.role)},
                                 {QStringLiteral("sameDepartment"), step.sameDepartment},
                                 {QStringLiteral("meaning"), meaningCode(step.meaning)},
                                 {QStringLiteral("label"), step.label},
                                 {QStringLiteral("optional"), step.optional},
                                 {QStringLiteral("enabled"), step.enabled}});
    return QJsonDocument(QJsonObject{{QStringLiteral("steps"), array}}).toJson(QJsonDocument::Compact);
}

bool ReviewChain::fromJson(const QByteArray& json, ReviewChain* chain)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("steps")).isArray())
        return false;
    ReviewChain read;
    for (const QJsonValue& v : doc.object().value(QStringLiteral("steps")).toArray()) {
        const QJsonObject o = v.toObject();
        ReviewStep step;
        if (!roleFromString(o.value(QStringLiteral("role")).toString(), &step.role) ||
            !meaningFromString(o.value(QStringLiteral("meaning")).toString(), &step.meaning))
            return false;
        step.sameDepartment = o.value(QStringLiteral("sameDepartment")).toBool();
        step.label = o.value(QStringLiteral("label")).toString();
        step.optional = o.value(QStringLiteral("optional")).toBool();
        step.enabled = o.value(QStringLiteral("enabled")).toBool(true);
        read.steps << step;
    }
    *chain = read;
    return true;
}

ReviewChain ReviewChain::defaultChain()
{
    ReviewChain chain;
    chain.steps = {
        {Role::SectionChief, true, SignatureMeaning::Review, QStringLiteral("科室负责人初审"), false, true},
        {Role::LeaderInCharge, false, SignatureMeaning::Approval, QStringLiteral("分管领导审核"), false,
         true},
        {Role::PrincipalLeader, false, SignatureMeaning::SignOff, QStringLiteral("主要领导签发"), true,
         false},
    };
    return chain;
}

} // namespace gongkai
