#include "workrecord.h"

namespace gongkai {

namespace {
struct KindInfo
{
    WorkRecordKind kind;
    const char* code;
    const char* english;
    const char* chinese;
};
const KindInfo kKinds[] = {
    {WorkRecordKind::Training, "training", QT_TRANSLATE_NOOP("gongkai::WorkRecord", "Training"), "培训"},
    {WorkRecordKind::Interview, "interview", QT_TRANSLATE_NOOP("gongkai::WorkRecord", "Online interview"),
     "在线访谈"},
    {WorkRecordKind::Press, "press", QT_TRANSLATE_NOOP("gongkai::WorkRecord", "Press conference"),
     "新闻发布会"},
    {WorkRecordKind::ReadingRoom, "reading_room",
     QT_TRANSLATE_NOOP("gongkai::WorkRecord", "Reading-room delivery"), "公共查阅室送阅"},
    {WorkRecordKind::Other, "other", QT_TRANSLATE_NOOP("gongkai::WorkRecord", "Other work"), "其他工作"},
};
} // namespace

QString workRecordKindCode(WorkRecordKind kind)
{
    return QString::fromLatin1(kKinds[int(kind)].code);
}

QString workRecordKindDisplayName(WorkRecordKind kind)
{
    return WorkRecord::tr(kKinds[int(kind)].english);
}

QString workRecordKindChinese(WorkRecordKind kind)
{
    return QString::fromUtf8(kKinds[int(kind)].chinese);
}

std::optional<WorkRecordKind> workRecordKindFromString(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    for (const KindInfo& info : kKinds) {
        if (t.compare(QLatin1String(info.code), Qt::CaseInsensitive) == 0 ||
            t.compare(QLatin1String(info.english), Qt::CaseInsensitive) == 0 ||
            t == QString::fromUtf8(info.chinese) || t == WorkRecord::tr(info.english))
            return info.kind;
    }
    return std::nullopt;
}

QList<WorkRecordKind> allWorkRecordKinds()
{
    QList<WorkRecordKind> list;
    for (const KindInfo& info : kKinds)
        list << info.kind;
    return list;
}

QList<FieldError> WorkRecord::validate() const
{
    QList<FieldError> errors;
    if (int(kind) < 0 || int(kind) > int(WorkRecordKind::Other))
        errors.append({QStringLiteral("kind"), tr("Choose the kind of work.")});
    if (!heldOn.isValid())
        errors.append({QStringLiteral("heldOn"), tr("The date is required.")});
    const QString t = title.trimmed();
    if (t.isEmpty())
        errors.append({QStringLiteral("title"), tr("The topic is required.")});
    else if (t.size() > kMaxTitleLength)
        errors.append(
            {QStringLiteral("title"), tr("The topic is longer than %1 characters.").arg(kMaxTitleLength)});
    if (attendees < 0)
        errors.append({QStringLiteral("attendees"), tr("The number of attendees cannot be negative.")});
    else if (kind == WorkRecordKind::Training && attendees == 0)
        errors.append({QStringLiteral("attendees"), tr("A training needs the number of attendees.")});
    if (documents < 0)
        errors.append({QStringLiteral("documents"), tr("The number of documents cannot be negative.")});
    else if (kind == WorkRecordKind::ReadingRoom && documents == 0)
        errors.append({QStringLiteral("documents"),
                       tr("A reading-room delivery needs the number of documents delivered.")});
    return errors;
}

} // namespace gongkai
