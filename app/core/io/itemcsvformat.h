#pragma once

#include "../domain/item.h"
#include "../domain/reviewround.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace gongkai {

/*
 * The ledger as CSV: one row per item, a header row first.
 *
 * Export writes UTF-8 with a byte order mark, CRLF line ends, the Chinese headers in the order below,
 * and quotes a field (RFC 4180, "" for a quote) whenever it holds a comma, a quote, a line break or
 * blanks at either end. Import reads UTF-8 (with or without BOM) or GB18030/GBK, with the headers in
 * Chinese or English (case-insensitive) in any order; an unknown or repeated header, or a missing
 * required one, is an error. Fields are trimmed, empty lines skipped, and every row must have as many
 * fields as the header (blank cells after the last column, as Excel sometimes adds, are ignored).
 * Import adds items; it never changes the ones already in the ledger.
 *
 *   Header       English alias(es)                  Content
 *   编号         id                                 the item's number; written by export, ignored by import
 *   标题         title                              required
 *   文号         doc_number, document_number        optional, e.g. 阜政办〔2017〕32号
 *   信息类别     category                           required: a category name
 *   公开属性     attribute, disclosure_attribute    主动公开 / 依申请公开 / 不予公开, or proactive /
 *                                                   on_request / withheld; empty means 主动公开
 *   不予公开依据 withheld_ground                    the legal ground, required when 不予公开
 *   科室         department                         required: a department name
 *   撰稿人       author                             required: a login, or a printed name exactly one
 *                                                   user has (export writes the printed name when it is
 *                                                   unambiguous, otherwise the login)
 *   撰稿日期     drafted, drafted_on                required: YYYY-MM-DD; also YYYY-M-D, YYYY/M/D,
 *                                                   YYYY.M.D and YYYY年M月D日, optionally followed by a
 *                                                   time of day as Excel writes it (2024/3/1 0:00)
 *   状态         status                             草稿 / 审查中 / 已审核 / 已退回 / 已发布 / 已撤回, or
 *                                                   draft / under_review / approved / rejected /
 *                                                   published / withdrawn; empty means 草稿. An item with
 *                                                   publications is stored as 已发布 unless 已撤回.
 *   摘要         summary                            optional
 *   正文         body                               optional, may span lines
 *   发布记录     publications                       entries separated by line breaks (or ；), each
 *                                                   渠道|YYYY-MM-DD|链接或期次: a channel name, the date
 *                                                   and optionally a URL or an issue reference, e.g.
 *                                                     门户网站|2024-03-02|https://www.example.gov.cn/a/1
 *                                                     报刊|2024-03-05|《商务动态》第8期
 *   报送记录     submissions                        entries separated by line breaks (or ；), each
 *                                                   报送单位|报送日期|采用日期|采用载体: an upper agency,
 *                                                   the date submitted and optionally the date it was
 *                                                   adopted and where, e.g.
 *                                                     市委办公厅《每日要情》|2024-03-02|2024-03-04|《每日要情》第52期
 *                                                     市政务公开办|2024-03-02
 *                                                   An adoption date or place means adopted; 是 in place
 *                                                   of the date marks an adoption whose date is unknown.
 *   纸质审查     reviewed_on_paper, paper_review      a historical item reviewed on paper before it was
 *                                                   entered: the reviewers' names and dates as text, e.g.
 *                                                     李娜 2023-03-01 初审；王强 2023-03-02 审核
 *                                                   A row that has publications, the status 已审核 / 已发布
 *                                                   or this cell needs its paper review attested, once for
 *                                                   the file, by a signer (ImportAttestation: the command
 *                                                   line's --attest-by and --paper-form): 先审查后公开,
 *                                                   nothing goes out unreviewed. An empty cell takes the
 *                                                   attestation's text for all such rows
 *                                                   (--reviewed-on-paper); without one it is a problem.
 *                                                   Export writes the attested record (reviewers, form and
 *                                                   attester, formatPaperReview), or for an item approved
 *                                                   in the program a summary of its signatures (电子审查：…),
 *                                                   so an export imports again into another database.
 *
 * In the entries, | may also be typed full-width (｜) and dates take the same forms as 撰稿日期. The
 * last part of an entry keeps any further |, so a URL may contain one. A reference or place cannot
 * hold a line break or ；: export writes a space and ; instead.
 *
 * An import is all or nothing. Each problem names the line its record starts on, the column as the
 * file spells its header, and the reason. A name the database does not know is an error; the
 * administrator creates the missing names of a file in one step before the import
 * (ItemImporter::createMissingNames): departments, categories, channels (an upper agency when named
 * under 报送记录) and authors — an author as an inactive account with the login author-001,
 * author-002 … in order of first appearance, the role 撰稿人 and the department of the first row that
 * names them.
 */

/// The columns of the ledger CSV and the text forms of their values; see the format above.
class ItemCsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemImporter)

public:
    enum Column
    {
        Id,
        Title,
        DocNumber,
        Category,
        Attribute,
        WithheldGround,
        Department,
        Author,
        Drafted,
        Status,
        Summary,
        Body,
        Publications,
        Submissions,
        PaperReview,
    };
    static constexpr int kColumnCount = PaperReview + 1;

    /// The Chinese header export writes.
    static QString header(Column column);
    /// The headers import accepts for the column (Chinese first), compared case-insensitively.
    static QStringList headerNames(Column column);
    static bool isRequired(Column column);
    static std::optional<Column> columnForHeader(const QString& header);
    /// The column a FieldError's field (e.g. "title", "publications[0]") comes from.
    static std::optional<Column> columnForField(const QString& field);

    /// The Chinese word export writes; import also takes the codes and English names (statusFromString).
    static QString statusWord(ItemStatus status);
    static QString attributeWord(DisclosureAttribute attribute);

    /// Accepts the date forms listed above.
    static bool parseDate(const QString& text, QDate* date);
    static QString formatDate(const QDate& date);

    struct PublicationEntry
    {
        QString channel;
        QDate date;
        QString reference;
    };
    struct SubmissionEntry
    {
        QString agency;
        QDate date;
        bool adopted = false;
        QDate adoptedOn;
        QString adoptedIn;
    };

    /// Splits a publications or submissions cell into its entries (line breaks or ；), trimmed, empty ones
    /// dropped.
    static QStringList splitEntries(const QString& cell);
    /// The channel or agency an entry names (its first part), however the rest of it reads.
    static QString entryName(const QString& entry);
    /// Parses one entry; on failure returns false and sets error to a translated reason.
    static bool parsePublication(const QString& entry, PublicationEntry* out, QString* error);
    static bool parseSubmission(const QString& entry, SubmissionEntry* out, QString* error);

    static QString formatPublication(const QString& channel, const Publication& publication);
    static QString formatSubmission(const QString& agency, const Submission& submission);
    /// The 纸质审查 cell export writes for an item's paper review: the reviewers, and for an attested
    /// record the form and the attester, e.g. 李娜 2023-03-01；周平 2023-03-02（审查单 2023-17，周平 证明）.
    static QString formatPaperReview(const gongkai::PaperReview& review);
    /// Joins entries into one cell, one per line.
    static QString joinEntries(const QStringList& entries);

    /// The reason for a date that does not parse, e.g. bad date “2024-13-01”, expected YYYY-MM-DD.
    static QString badDate(const QString& text);
};

} // namespace gongkai
