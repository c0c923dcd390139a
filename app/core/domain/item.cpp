#include "item.h"

#include <QCoreApplication>

namespace gongkai {

namespace {
struct StatusInfo
{
    ItemStatus status;
    const char* code;
    const char* english;
    const char* chinese;
};
const StatusInfo kStatuses[] = {
    {ItemStatus::Draft, "draft", QT_TRANSLATE_NOOP("gongkai::Item", "Draft"), "草稿"},
    {ItemStatus::UnderReview, "under_review", QT_TRANSLATE_NOOP("gongkai::Item", "Under review"), "审查中"},
    {ItemStatus::Approved, "approved", QT_TRANSLATE_NOOP("gongkai::Item", "Approved"), "已审核"},
    {ItemStatus::Rejected, "rejected", QT_TRANSLATE_NOOP("gongkai::Item", "Sent back"), "已退回"},
    {ItemStatus::Published, "published", QT_TRANSLATE_NOOP("gongkai::Item", "Published"), "已发布"},
    {ItemStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("gongkai::Item", "Withdrawn"), "已撤回"},
};

struct AttributeInfo
{
    DisclosureAttribute attribute;
    const char* code;
    const char* english;
    const char* chinese;
};
const AttributeInfo kAttributes[] = {
    {DisclosureAttribute::Proactive, "proactive", QT_TRANSLATE_NOOP("gongkai::Item", "Proactive"), "主动公开"},
    {DisclosureAttribute::OnRequest, "on_request", QT_TRANSLATE_NOOP("gongkai::Item", "On request"),
     "依申请公开"},
    {DisclosureAttribute::Withheld, "withheld", QT_TRANSLATE_NOOP("gongkai::Item", "Withheld"), "不予公开"},
};

template <typename Info, typename Value>
bool parseInfo(const Info& table, const QString& text, Value* value)
{
    const QString t = text.trimmed();
    for (const auto& info : table) {
        if (t.compare(QLatin1String(info.code), Qt::CaseInsensitive) == 0
            || t.compare(QLatin1String(info.english), Qt::CaseInsensitive) == 0
            || t == QString::fromUtf8(info.chinese)) {
            if constexpr (std::is_same_v<Value, ItemStatus>)
                *value = info.status;
            else
                *value = info.attribute;
            return true;
        }
    }
    return false;
}
} // namespace

QString statusCode(ItemStatus status)
{
    return QString::fromLatin1(kStatuses[int(status)].code);
}

bool statusFromString(const QString& text, ItemStatus* status)
{
    return parseInfo(kStatuses, text, status);
}

QString statusDisplayName(ItemStatus status)
{
    return Item::tr(kStatuses[int(status)].english);
}

QList<ItemStatus> allStatuses()
{
    QList<ItemStatus> list;
    for (const auto& info : kStatuses)
        list << info.status;
    return list;
}

QString attributeCode(DisclosureAttribute attribute)
{
    return QString::fromLatin1(kAttributes[int(attribute)].code);
}

bool attributeFromString(const QString& text, DisclosureAttribute* attribute)
{
    return parseInfo(kAttributes, text, attribute);
}

QString attributeDisplayName(DisclosureAttribute attribute)
{
    return Item::tr(kAttributes[int(attribute)].english);
}

QList<DisclosureAttribute> allAttributes()
{
    QList<DisclosureAttribute> list;
    for (const auto& info : kAttributes)
        list << info.attribute;
    return list;
}

QList<FieldError> Item::validate(const QDate& today) const
{
    QList<FieldError> errors;
    const QString t = title.trimmed();
    if (t.isEmpty())
        errors.append({QStringLiteral("title"), tr("The title is required.")});
    else if (t.size() > kMaxTitleLength)
        errors.append({QStringLiteral("title"),
                       tr("The title is longer than %1 characters.").arg(kMaxTitleLength)});
    if (docNumber.trimmed().size() > kMaxDocNumberLength)
        errors.append({QStringLiteral("docNumber"),
                       tr("The document number is longer than %1 characters.").arg(kMaxDocNumberLength)});
    if (categoryId <= 0)
        errors.append({QStringLiteral("category"), tr("Choose a category.")});
    if (departmentId <= 0)
        errors.append({QStringLiteral("department"), tr("Choose a department.")});
    if (authorId <= 0)
        errors.append({QStringLiteral("author"), tr("Choose the author.")});
    if (!drafted.isValid())
        errors.append({QStringLiteral("drafted"), tr("The drafted date is required.")});
    else if (drafted > today)
        errors.append({QStringLiteral("drafted"), tr("The drafted date lies in the future.")});
    if (attribute == DisclosureAttribute::Withheld && withheldGround.trimmed().isEmpty())
        errors.append({QStringLiteral("withheldGround"),
                       tr("A withheld item needs the legal ground for withholding it.")});

    for (int i = 0; i < publications.size(); ++i) {
        const Publication& p = publications.at(i);
        const QString field = QStringLiteral("publications[%1]").arg(i);
        if (p.channelId <= 0)
            errors.append({field, tr("Publication %1: choose a channel.").arg(i + 1)});
        if (!p.date.isValid())
            errors.append({field, tr("Publication %1: the date is required.").arg(i + 1)});
        else if (drafted.isValid() && p.date < drafted)
            errors.append({field, tr("Publication %1: published before the item was drafted.").arg(i + 1)});
        else if (p.date > today)
            errors.append({field, tr("Publication %1: the date lies in the future.").arg(i + 1)});
    }
    for (int i = 0; i < submissions.size(); ++i) {
        const Submission& s = submissions.at(i);
        const QString field = QStringLiteral("submissions[%1]").arg(i);
        if (s.agencyId <= 0)
            errors.append({field, tr("Submission %1: choose an upper agency.").arg(i + 1)});
        if (!s.date.isValid())
            errors.append({field, tr("Submission %1: the date is required.").arg(i + 1)});
        else if (s.date > today)
            errors.append({field, tr("Submission %1: the date lies in the future.").arg(i + 1)});
        if (!s.adopted && (s.adoptedOn.isValid() || !s.adoptedIn.trimmed().isEmpty()))
            errors.append({field, tr("Submission %1: an adoption date or place is given but it is not "
                                     "marked as adopted.")
                                      .arg(i + 1)});
        if (s.adopted && s.adoptedOn.isValid() && s.date.isValid() && s.adoptedOn < s.date)
            errors.append({field, tr("Submission %1: adopted before it was submitted.").arg(i + 1)});
    }
    return errors;
}

} // namespace gongkai
