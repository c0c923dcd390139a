#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace gongkai {

/*
 * Work records as CSV: a header row, then one row per record.
 *
 * Export writes UTF-8 with a byte order mark, CRLF line ends and the Chinese headers in the order
 * below. Import reads UTF-8 (with or without BOM) or GB18030/GBK, headers in Chinese or English
 * (case-insensitive) in any order; an unknown or repeated header, or a missing required one, is an error.
 *
 *   Header    English alias         Content
 *   类型      kind                  required: 培训 / 在线访谈 / 新闻发布会 / 公共查阅室送阅 / 其他工作, or
 *                                   the codes training / interview / press / reading_room / other
 *   日期      date, held_on         required: YYYY-MM-DD (also YYYY/M/D, YYYY.M.D, YYYY年M月D日)
 *   主题      title, topic          required
 *   组织单位  organiser, organizer  optional
 *   参加人数  attendees             a whole number ≥ 0, empty means 0; a training needs more than 0
 *   文件数    documents             a whole number ≥ 0, empty means 0; a reading-room delivery needs more
 * than 0 接收单位  recipients            optional, e.g. 市档案馆、市图书馆 备注      note optional 科室
 * department            optional: a department's name
 *
 * An import adds records, all or nothing; each problem names the record's line, the column as the
 * file spells its header, and the reason.
 */

/// The columns of the work-record CSV; see the format above.
class WorkRecordCsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::WorkRecordImporter)

public:
    enum Column
    {
        Kind,
        Date,
        Title,
        Organiser,
        Attendees,
        Documents,
        Recipients,
        Note,
        Department,
    };
    static constexpr int kColumnCount = Department + 1;

    /// The Chinese header export writes.
    static QString header(Column column);
    /// The headers import accepts for the column (Chinese first), compared case-insensitively.
    static QStringList headerNames(Column column);
    static bool isRequired(Column column);
    static std::optional<Column> columnForHeader(const QString& header);
    /// The column a WorkRecord FieldError's field (e.g. "heldOn") comes from.
    static std::optional<Column> columnForField(const QString& field);
};

} // namespace gongkai
