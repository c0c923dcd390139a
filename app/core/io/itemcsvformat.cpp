#include "itemcsvformat.h"

#include "../domain/publication.h"
#include "../domain/submission.h"

#include <QHash>
#include <QRegularExpression>

namespace gongkai {

namespace {
struct ColumnInfo
{
    ItemCsvFormat::Column column;
    const char* chinese;
    const char* aliases; ///< English names separated by '|'
    bool required;
};

// Export order; the Chinese text is the header and is data, not UI text.
const ColumnInfo kColumns[] = {
    {ItemCsvFormat::Id, "编号", "id", false},
    {ItemCsvFormat::Title, "标题", "title", true},
    {ItemCsvFormat::DocNumber, "文号", "doc_number|document_number", false},
    {ItemCsvFormat::Category, "信息类别", "category", true},
    {ItemCsvFormat::Attribute, "公开属性", "attribute|disclosure_attribute", false},
    {ItemCsvFormat::WithheldGround, "不予公开依据", "withheld_ground", false},
    {ItemCsvFormat::Department, "科室", "department", true},
    {ItemCsvFormat::Author, "撰稿人", "author", true},
    {ItemCsvFormat::Drafted, "撰稿日期", "drafted|drafted_on", true},
    {ItemCsvFormat::Status, "状态", "status", false},
    {ItemCsvFormat::Summary, "摘要", "summary", false},
    {ItemCsvFormat::Body, "正文", "body", false},
    {ItemCsvFormat::Publications, "发布记录", "publications", false},
    {ItemCsvFormat::Submissions, "报送记录", "submissions", false},
    {ItemCsvFormat::PaperReview, "纸质审查", "reviewed_on_paper|paper_review", false},
};
static_assert(std::size(kColumns) == ItemCsvFormat::kColumnCount);

const ColumnInfo& info(ItemCsvFormat::Column column)
{
    return kColumns[int(column)];
}

QStringList splitParts(const QString& entry, int maxParts)
{
    // The last part keeps any further separators: a URL may contain '|'.
    static const QRegularExpression separator(QStringLiteral("[|｜]"));
    QStringList parts;
    qsizetype from = 0;
    while (parts.size() < maxParts - 1) {
        const QRegularExpressionMatch m = separator.match(entry, from);
        if (!m.hasMatch())
            break;
        parts << entry.mid(from, m.capturedStart() - from).trimmed();
        from = m.capturedEnd();
    }
    parts << entry.mid(from).trimmed();
    return parts;
}

/// A reference or place as one entry can hold it: no line breaks, no full-width semicolon (both
/// separate entries), the rest as it was.
QString entryText(const QString& text)
{
    QString out = text;
    out.replace(QLatin1String("\r\n"), QLatin1String(" "));
    out.replace(QLatin1Char('\r'), QLatin1Char(' '));
    out.replace(QLatin1Char('\n'), QLatin1Char(' '));
    out.replace(QStringLiteral("；"), QStringLiteral(";"));
    return out.trimmed();
}

bool isAdoptedWord(const QString& text)
{
    return text == QStringLiteral("是") || text == QStringLiteral("采用") ||
           text == QStringLiteral("已采用") || text.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0 ||
           text.compare(QLatin1String("adopted"), Qt::CaseInsensitive) == 0;
}
} // namespace

QString ItemCsvFormat::header(Column column)
{
    return QString::fromUtf8(info(column).chinese);
}

QStringList ItemCsvFormat::headerNames(Column column)
{
    QStringList names{header(column)};
    names << QString::fromLatin1(info(column).aliases).split(QLatin1Char('|'));
    return names;
}

bool ItemCsvFormat::isRequired(Column column)
{
    return info(column).required;
}

std::optional<ItemCsvFormat::Column> ItemCsvFormat::columnForHeader(const QString& text)
{
    const QString h = text.trimmed();
    for (const ColumnInfo& c : kColumns) {
        for (const QString& name : headerNames(c.column)) {
            if (h.compare(name, Qt::CaseInsensitive) == 0)
                return c.column;
        }
    }
    return std::nullopt;
}

std::optional<ItemCsvFormat::Column> ItemCsvFormat::columnForField(const QString& field)
{
    const QString name = field.section(QLatin1Char('['), 0, 0);
    static const QHash<QString, Column> fields{
        {QStringLiteral("title"), Title},
        {QStringLiteral("docNumber"), DocNumber},
        {QStringLiteral("category"), Category},
        {QStringLiteral("attribute"), Attribute},
        {QStringLiteral("withheldGround"), WithheldGround},
        {QStringLiteral("department"), Department},
        {QStringLiteral("author"), Author},
        {QStringLiteral("drafted"), Drafted},
        {QStringLiteral("status"), Status},
        {QStringLiteral("summary"), Summary},
        {QStringLiteral("body"), Body},
        {QStringLiteral("publications"), Publications},
        {QStringLiteral("submissions"), Submissions},
        {QStringLiteral("paperReview"), PaperReview},
    };
    const auto it = fields.constFind(name);
    if (it == fields.cend())
        return std::nullopt;
    return *it;
}

QString ItemCsvFormat::statusWord(ItemStatus status)
{
    // Data, not UI text: the same words whatever language the program runs in.
    static const char* const words[] = {"草稿", "审查中", "已审核", "已退回", "已发布", "已撤回"};
    return QString::fromUtf8(words[int(status)]);
}

QString ItemCsvFormat::attributeWord(DisclosureAttribute attribute)
{
    static const char* const words[] = {"主动公开", "依申请公开", "不予公开"};
    return QString::fromUtf8(words[int(attribute)]);
}

bool ItemCsvFormat::parseDate(const QString& text, QDate* date)
{
    // ISO as exported; 2024/3/1 and 2024年3月1日 as Excel and WPS users type them; a time of day
    // as Excel appends to a date cell saved as CSV.
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:([-/.])(\\d{1,2})\\2(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)"
                       "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    const bool separated = m.capturedLength(3) > 0;
    const QDate d(m.captured(1).toInt(), m.captured(separated ? 3 : 5).toInt(),
                  m.captured(separated ? 4 : 6).toInt());
    if (!d.isValid())
        return false;
    *date = d;
    return true;
}

QString ItemCsvFormat::formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString ItemCsvFormat::badDate(const QString& text)
{
    return tr("bad date “%1”, expected YYYY-MM-DD").arg(text);
}

QStringList ItemCsvFormat::splitEntries(const QString& cell)
{
    static const QRegularExpression separator(QStringLiteral("[\\r\\n；]"));
    QStringList entries;
    for (const QString& part : cell.split(separator, Qt::SkipEmptyParts)) {
        const QString entry = part.trimmed();
        if (!entry.isEmpty())
            entries << entry;
    }
    return entries;
}

QString ItemCsvFormat::entryName(const QString& entry)
{
    return splitParts(entry, 2).constFirst();
}

bool ItemCsvFormat::parsePublication(const QString& entry, PublicationEntry* out, QString* error)
{
    const QStringList parts = splitParts(entry, 3);
    if (parts.size() < 2) {
        *error = tr("publication “%1” should read channel|YYYY-MM-DD|link or issue").arg(entry);
        return false;
    }
    if (parts.at(0).isEmpty()) {
        *error = tr("publication “%1” names no channel").arg(entry);
        return false;
    }
    if (parts.at(1).isEmpty()) {
        *error = tr("publication “%1” has no date").arg(entry);
        return false;
    }
    PublicationEntry p;
    p.channel = parts.at(0);
    if (!parseDate(parts.at(1), &p.date)) {
        *error = badDate(parts.at(1));
        return false;
    }
    p.reference = parts.value(2);
    *out = p;
    return true;
}

bool ItemCsvFormat::parseSubmission(const QString& entry, SubmissionEntry* out, QString* error)
{
    const QStringList parts = splitParts(entry, 4);
    if (parts.size() < 2) {
        *error = tr("submission “%1” should read agency|YYYY-MM-DD|adopted YYYY-MM-DD|adopted in").arg(entry);
        return false;
    }
    if (parts.at(0).isEmpty()) {
        *error = tr("submission “%1” names no upper agency").arg(entry);
        return false;
    }
    if (parts.at(1).isEmpty()) {
        *error = tr("submission “%1” has no date").arg(entry);
        return false;
    }
    SubmissionEntry s;
    s.agency = parts.at(0);
    if (!parseDate(parts.at(1), &s.date)) {
        *error = badDate(parts.at(1));
        return false;
    }
    const QString adopted = parts.value(2);
    if (isAdoptedWord(adopted)) {
        s.adopted = true;
    } else if (!adopted.isEmpty()) {
        if (!parseDate(adopted, &s.adoptedOn)) {
            *error = badDate(adopted);
            return false;
        }
        s.adopted = true;
    }
    s.adoptedIn = parts.value(3);
    if (!s.adoptedIn.isEmpty())
        s.adopted = true;
    *out = s;
    return true;
}

QString ItemCsvFormat::formatPublication(const QString& channel, const Publication& publication)
{
    QStringList parts{channel, formatDate(publication.date)};
    const QString reference = entryText(publication.reference);
    if (!reference.isEmpty())
        parts << reference;
    return parts.join(QLatin1Char('|'));
}

QString ItemCsvFormat::formatSubmission(const QString& agency, const Submission& submission)
{
    QStringList parts{agency, formatDate(submission.date)};
    const QString place = entryText(submission.adoptedIn);
    if (submission.adopted) {
        if (submission.adoptedOn.isValid())
            parts << formatDate(submission.adoptedOn);
        else
            parts << (place.isEmpty() ? QStringLiteral("是") : QString());
        if (!place.isEmpty())
            parts << place;
    }
    return parts.join(QLatin1Char('|'));
}

QString ItemCsvFormat::formatPaperReview(const gongkai::PaperReview& review)
{
    // Data, not UI text: the same words whatever language the program runs in.
    if (!review.isAttested())
        return review.reviewers;
    QStringList parts;
    if (!review.formRef.isEmpty())
        parts << QStringLiteral("审查单 ") + review.formRef;
    parts << review.attesterName + QStringLiteral(" 证明");
    return QStringLiteral("%1（%2）").arg(review.reviewers, parts.join(QStringLiteral("，")));
}

QString ItemCsvFormat::joinEntries(const QStringList& entries)
{
    return entries.join(QLatin1Char('\n'));
}

} // namespace gongkai
