#include "listcommands.h"

#include "clicontext.h"
#include "review/itemservice.h"
#include "review/session.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gongkai::cli {

namespace {
QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const LedgerRow& r)
{
    QJsonArray channels;
    for (const QString& c : r.channels.split(QChar(0x3001), Qt::SkipEmptyParts)) // 、
        channels.append(c);
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("title"), r.title},
                       {QStringLiteral("docNumber"), r.docNumber},
                       {QStringLiteral("category"), r.category},
                       {QStringLiteral("department"), r.department},
                       {QStringLiteral("author"), r.author},
                       {QStringLiteral("drafted"), isoDate(r.drafted)},
                       {QStringLiteral("status"), statusCode(r.status)},
                       {QStringLiteral("attribute"), attributeCode(r.attribute)},
                       {QStringLiteral("channels"), channels},
                       {QStringLiteral("firstPublished"), isoDate(r.firstPublished)},
                       {QStringLiteral("submissions"), r.submissions},
                       {QStringLiteral("adoptions"), r.adoptions},
                       {QStringLiteral("updatedAt"), r.updatedAt.toString(Qt::ISODate)}};
}
} // namespace

int ListCommands::run(CliContext& context, const QStringList& args)
{
    const QString what = args.value(0);
    if (what == QLatin1String("items"))
        return items(context, args.mid(1));
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        context.out() << tr("Usage: gongkai-cli --user LOGIN list items [options]") << '\n';
        return 0;
    }
    throw UsageError(tr("list: say what to list (items)"));
}

void ListCommands::addFilterOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("from"), tr("Published on or after this day."), QStringLiteral("DATE")},
        {QStringLiteral("to"), tr("Published on or before this day."), QStringLiteral("DATE")},
        {QStringLiteral("channel"), tr("Published on this channel (within the dates, if given)."),
         QStringLiteral("NAME")},
        {QStringLiteral("category"), tr("Of this category."), QStringLiteral("NAME")},
        {QStringLiteral("department"), tr("Of this department."), QStringLiteral("NAME")},
        {QStringLiteral("text"), tr("Words that must all appear in the title, document number or summary."),
         QStringLiteral("WORDS")},
        {QStringLiteral("status"),
         tr("In this status: draft, under_review, approved, rejected, published or withdrawn."),
         QStringLiteral("S")},
    });
}

QString ListCommands::filterSynopsis()
{
    return QStringLiteral("[--from DATE] [--to DATE] [--channel NAME] [--category NAME] [--department NAME] "
                          "[--text WORDS] [--status S]");
}

LedgerFilter ListCommands::filter(CliContext& context, const QCommandLineParser& parser)
{
    LedgerFilter f;
    if (parser.isSet(QStringLiteral("from")))
        f.from = CliContext::date(parser.value(QStringLiteral("from")), QStringLiteral("--from"));
    if (parser.isSet(QStringLiteral("to")))
        f.to = CliContext::date(parser.value(QStringLiteral("to")), QStringLiteral("--to"));
    if (f.from.isValid() && f.to.isValid() && f.from > f.to)
        throw UsageError(tr("--from %1 lies after --to %2").arg(isoDate(f.from), isoDate(f.to)));
    if (parser.isSet(QStringLiteral("status"))) {
        ItemStatus status;
        if (!statusFromString(parser.value(QStringLiteral("status")), &status))
            throw UsageError(tr("unknown status “%1” (draft, under_review, approved, rejected, published or "
                                "withdrawn)")
                                 .arg(parser.value(QStringLiteral("status"))));
        f.status = status;
    }
    f.text = parser.value(QStringLiteral("text")).trimmed();
    if (parser.isSet(QStringLiteral("channel")))
        f.channelId = context.anyChannelId(parser.value(QStringLiteral("channel")));
    if (parser.isSet(QStringLiteral("category")))
        f.categoryId = context.categoryId(parser.value(QStringLiteral("category")));
    if (parser.isSet(QStringLiteral("department")))
        f.departmentId = context.departmentId(parser.value(QStringLiteral("department")));
    return f;
}

int ListCommands::items(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lists the ledger, newest drafted first: every matching item unless "
           "--limit is given. For readers of the ledger (not the administrator or "
           "the auditor)."));
    addFilterOptions(parser);
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("At most N items."),
                                         QStringLiteral("N"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array of objects."));
    parser.addOptions({limitOption, json});
    if (!context.parse(parser, args, QStringLiteral("list items"),
                       filterSynopsis() + QStringLiteral(" [--limit N] [--json]"), 0, 0))
        return 0;
    const LedgerFilter f = filter(context, parser);
    const qint64 limit = parser.isSet(limitOption)
                             ? CliContext::number(parser.value(limitOption), QStringLiteral("--limit"))
                             : -1;

    QTextStream& out = context.out();
    const bool asJson = parser.isSet(json);
    int statusWidth = TextTable::displayWidth(tr("Status"));
    for (ItemStatus s : allStatuses())
        statusWidth = qMax(statusWidth, TextTable::displayWidth(statusDisplayName(s)));
    constexpr int kTitleWidth = 56;

    // Pages start small, so the first rows show at once, and grow, so a huge ledger needs few queries.
    ItemService ledger(context.db());
    const Session& session = context.session();
    const LedgerSort sort;
    qint64 offset = 0;
    int page = 500;
    bool first = true;
    while (limit < 0 || offset < limit) {
        const int want = limit < 0 ? page : int(qMin<qint64>(page, limit - offset));
        const QList<LedgerRow> rows = ledger.ledgerPage(session, f, sort, offset, want);
        if (offset == 0) { // the header once the service has let the user read
            if (asJson)
                out << '[';
            else
                out << TextTable::fit(tr("ID"), 8) << "  " << TextTable::fit(tr("Drafted"), 10) << "  "
                    << TextTable::fit(tr("Status"), statusWidth) << "  "
                    << TextTable::fit(tr("Title"), kTitleWidth) << "  " << tr("Channels") << '\n';
        }
        for (const LedgerRow& r : rows) {
            if (asJson) {
                out << (first ? "\n" : ",\n")
                    << QString::fromUtf8(QJsonDocument(toJson(r)).toJson(QJsonDocument::Compact));
            } else {
                const QString id = QString::number(r.id);
                out << QString(qMax(0, 8 - int(id.size())), QLatin1Char(' ')) << id << "  "
                    << isoDate(r.drafted) << "  " << TextTable::fit(statusDisplayName(r.status), statusWidth)
                    << "  " << TextTable::fit(r.title, kTitleWidth) << "  " << r.channels << '\n';
            }
            first = false;
        }
        out.flush();
        offset += rows.size();
        if (rows.size() < want)
            break;
        page = qMin(page * 2, 50000);
    }
    if (asJson)
        out << (first ? "]\n" : "\n]\n");
    return 0;
}

} // namespace gongkai::cli
