#include "workrecordcsvformat.h"

namespace gongkai {

namespace {
struct ColumnInfo
{
    const char* chinese;
    const char* aliases; ///< English names, separated by |
    const char* field;   ///< WorkRecord's field name in FieldError
    bool required;
};
const ColumnInfo kColumns[] = {
    {"类型", "kind", "kind", true},
    {"日期", "date|held_on", "heldOn", true},
    {"主题", "title|topic", "title", true},
    {"组织单位", "organiser|organizer", "organiser", false},
    {"参加人数", "attendees", "attendees", false},
    {"文件数", "documents", "documents", false},
    {"接收单位", "recipients", "recipients", false},
    {"备注", "note", "note", false},
    {"科室", "department", "department", false},
};
} // namespace

QString WorkRecordCsvFormat::header(Column column)
{
    return QString::fromUtf8(kColumns[column].chinese);
}

QStringList WorkRecordCsvFormat::headerNames(Column column)
{
    QStringList names{header(column)};
    names += QString::fromLatin1(kColumns[column].aliases).split(QLatin1Char('|'));
    return names;
}

bool WorkRecordCsvFormat::isRequired(Column column)
{
    return kColumns[column].required;
}

std::optional<WorkRecordCsvFormat::Column> WorkRecordCsvFormat::columnForHeader(const QString& header)
{
    const QString h = header.trimmed();
    for (int c = 0; c < kColumnCount; ++c) {
        for (const QString& name : headerNames(Column(c))) {
            if (h.compare(name, Qt::CaseInsensitive) == 0)
                return Column(c);
        }
    }
    return std::nullopt;
}

std::optional<WorkRecordCsvFormat::Column> WorkRecordCsvFormat::columnForField(const QString& field)
{
    for (int c = 0; c < kColumnCount; ++c) {
        if (field == QLatin1String(kColumns[c].field))
            return Column(c);
    }
    return std::nullopt;
}

} // namespace gongkai
