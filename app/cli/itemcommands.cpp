#include "itemcommands.h"

#include "clicontext.h"
#include "review/itemservice.h"
#include "review/session.h"
#include "reviewjson.h"
#include "storage/categoryrepository.h"
#include "storage/channelrepository.h"
#include "storage/database.h"
#include "storage/departmentrepository.h"
#include "storage/reviewrepository.h"
#include "storage/userrepository.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace gongkai::cli {

namespace {
QString isoDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

/// The item as the signed-in user may read it (ItemService: readers of the ledger only).
Item loadItem(CliContext& context, const QString& idText)
{
    const qint64 id = CliContext::number(idText, QStringLiteral("ITEM"));
    const auto item = ItemService(context.db()).item(context.session(), id);
    if (!item)
        throw Error(ItemCommands::tr("item %1 does not exist").arg(id));
    return *item;
}

/// What the capabilities query allows, as codes for JSON and words for people, in one order.
struct Capability
{
    const char* code;
    QString words;
    bool allowed;
};

QList<Capability> capabilityList(const ItemCapabilities& c)
{
    return {
        {"edit", ItemCommands::tr("edit"), c.edit.allowed},
        {"submit", ItemCommands::tr("submit"), c.submit.allowed},
        {"recall", ItemCommands::tr("recall"), c.recall.allowed},
        {"withdraw", ItemCommands::tr("withdraw"), c.withdraw.allowed},
        {"reinstate", ItemCommands::tr("reinstate"), c.reinstate.allowed},
        {"publish", ItemCommands::tr("record a publication"), c.publish.allowed},
        {"record_submission", ItemCommands::tr("record a submission or adoption"),
         c.recordSubmission.allowed},
        {"attest_paper_review", ItemCommands::tr("attest a paper review"), c.attestPaperReview.allowed},
    };
}

/// Parses ITEM after an optional action word: "publication add 5 …" and "publication 5 …" alike.
QStringList afterAction(const QString& command, const QString& action, const QStringList& args)
{
    if (args.isEmpty())
        throw UsageError(ItemCommands::tr("%1: missing action (%2)").arg(command, action));
    if (args.value(0) == action)
        return args.mid(1);
    if (!args.value(0).startsWith(QLatin1Char('-')))
        throw UsageError(
            ItemCommands::tr("%1: unknown action “%2” (%3)").arg(command, args.value(0), action));
    return args;
}
} // namespace

int ItemCommands::item(CliContext& context, const QStringList& args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("add"))
        return add(context, args.mid(1));
    if (action == QLatin1String("show"))
        return show(context, args.mid(1));
    if (action == QLatin1String("withdraw"))
        return withdraw(context, args.mid(1));
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.out() << tr("Usage: gongkai-cli --user LOGIN item add|show|withdraw [options]") << '\n';
        return 0;
    }
    if (action.isEmpty())
        throw UsageError(tr("item: missing action (add, show or withdraw)"));
    throw UsageError(tr("item: unknown action “%1” (add, show or withdraw)").arg(action));
}

int ItemCommands::add(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds an item to the ledger as a draft, with the --user (an author) as its author, and prints its "
           "id. A paper review is attested separately (review attest), by a signer."));
    parser.addOptions({
        {QStringLiteral("title"), tr("The title."), QStringLiteral("T")},
        {QStringLiteral("category"), tr("The information category, e.g. 工作动态."), QStringLiteral("C")},
        {QStringLiteral("department"), tr("The department that wrote it."), QStringLiteral("D")},
        {QStringLiteral("author"),
         tr("The author's login; items are created by their authors, so anyone but yourself is refused."),
         QStringLiteral("LOGIN")},
        {QStringLiteral("drafted"), tr("The day it was written."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("doc-number"), tr("The document number, e.g. 某商〔2024〕32号."),
         QStringLiteral("N")},
        {QStringLiteral("summary"), tr("A summary."), QStringLiteral("S")},
        {QStringLiteral("attribute"), tr("proactive (default), on_request or withheld."),
         QStringLiteral("A")},
        {QStringLiteral("withheld-ground"), tr("The legal ground of a withheld item."), QStringLiteral("G")},
    });
    if (!context.parse(parser, args, QStringLiteral("item add"),
                       QStringLiteral("--title T --category C --department D --drafted YYYY-MM-DD "
                                      "[--author LOGIN] [--doc-number N] [--summary S] [--attribute A] "
                                      "[--withheld-ground G]"),
                       0, 0))
        return 0;
    Item item;
    item.title = CliContext::required(parser, QStringLiteral("title"));
    const QString category = CliContext::required(parser, QStringLiteral("category"));
    const QString department = CliContext::required(parser, QStringLiteral("department"));
    item.drafted = CliContext::date(CliContext::required(parser, QStringLiteral("drafted")),
                                    QStringLiteral("--drafted"));
    item.docNumber = parser.value(QStringLiteral("doc-number"));
    item.summary = parser.value(QStringLiteral("summary"));
    if (parser.isSet(QStringLiteral("attribute")) &&
        !attributeFromString(parser.value(QStringLiteral("attribute")), &item.attribute))
        throw UsageError(tr("unknown disclosure attribute “%1” (proactive, on_request or withheld)")
                             .arg(parser.value(QStringLiteral("attribute"))));
    item.withheldGround = parser.value(QStringLiteral("withheld-ground"));
    item.categoryId = context.categoryId(category);
    item.departmentId = context.departmentId(department);
    // Core decides whether the named author may be given (only oneself).
    if (parser.isSet(QStringLiteral("author")))
        item.authorId = context.userId(CliContext::required(parser, QStringLiteral("author")));
    context.out() << ItemService(context.db()).create(context.session(), item) << '\n';
    return 0;
}

int ItemCommands::show(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON object."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The item's id."));
    parser.setApplicationDescription(tr("Shows one item with its publications and submissions, and what you "
                                        "may do with it."));
    if (!context.parse(parser, args, QStringLiteral("item show"), QStringLiteral("ID [--json]"), 1, 1))
        return 0;
    const Item item = loadItem(context, parser.positionalArguments().constFirst());
    Database& db = context.db();
    const ItemCapabilities can = ItemService(db).capabilities(context.session(), item);
    const std::optional<PaperReview> paper = ReviewRepository(db).paperReview(item.id);
    QHash<qint64, QString> channels;
    for (const Channel& c : ChannelRepository(db).list())
        channels.insert(c.id, c.name);
    const auto category = CategoryRepository(db).byId(item.categoryId);
    const auto department = DepartmentRepository(db).byId(item.departmentId);
    const auto author = UserRepository(db).byId(item.authorId);

    if (parser.isSet(json)) {
        QJsonArray publications;
        for (const Publication& p : item.publications)
            publications.append(QJsonObject{{QStringLiteral("channel"), channels.value(p.channelId)},
                                            {QStringLiteral("date"), isoDate(p.date)},
                                            {QStringLiteral("reference"), p.reference}});
        QJsonArray submissions;
        for (const Submission& s : item.submissions)
            submissions.append(QJsonObject{{QStringLiteral("agency"), channels.value(s.agencyId)},
                                           {QStringLiteral("date"), isoDate(s.date)},
                                           {QStringLiteral("adopted"), s.adopted},
                                           {QStringLiteral("adoptedOn"), isoDate(s.adoptedOn)},
                                           {QStringLiteral("adoptedIn"), s.adoptedIn}});
        QJsonArray attachments;
        for (const Attachment& a : item.attachments)
            attachments.append(QJsonObject{{QStringLiteral("file"), a.fileName},
                                           {QStringLiteral("size"), a.size},
                                           {QStringLiteral("sha256"), a.sha256}});
        QJsonArray capabilities;
        for (const Capability& c : capabilityList(can)) {
            if (c.allowed)
                capabilities.append(QString::fromLatin1(c.code));
        }
        const QJsonObject o{
            {QStringLiteral("id"), item.id},
            {QStringLiteral("title"), item.title},
            {QStringLiteral("docNumber"), item.docNumber},
            {QStringLiteral("category"), category ? category->name : QString()},
            {QStringLiteral("department"), department ? department->name : QString()},
            {QStringLiteral("author"), author ? author->login : QString()},
            {QStringLiteral("authorName"), author ? author->name : QString()},
            {QStringLiteral("drafted"), isoDate(item.drafted)},
            {QStringLiteral("status"), statusCode(item.status)},
            {QStringLiteral("attribute"), attributeCode(item.attribute)},
            {QStringLiteral("withheldGround"), item.withheldGround},
            {QStringLiteral("summary"), item.summary},
            {QStringLiteral("body"), item.body},
            {QStringLiteral("createdAt"), item.createdAt.toString(Qt::ISODate)},
            {QStringLiteral("updatedAt"), item.updatedAt.toString(Qt::ISODate)},
            {QStringLiteral("rowVersion"), item.rowVersion},
            {QStringLiteral("reviewedOnPaper"), paper ? paper->describe() : QString()},
            {QStringLiteral("paperReview"),
             paper ? QJsonValue(ReviewJson::paperReview(*paper)) : QJsonValue()},
            {QStringLiteral("publications"), publications},
            {QStringLiteral("submissions"), submissions},
            {QStringLiteral("attachments"), attachments},
            {QStringLiteral("capabilities"), capabilities},
        };
        context.out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return 0;
    }

    QList<QPair<QString, QString>> fields{
        {tr("Item"), QString::number(item.id)},
        {tr("Title"), item.title},
        {tr("Document number"), item.docNumber},
        {tr("Category"), category ? category->name : QString()},
        {tr("Department"), department ? department->name : QString()},
        {tr("Author"), author ? QStringLiteral("%1 (%2)").arg(author->name, author->login) : QString()},
        {tr("Drafted"), isoDate(item.drafted)},
        {tr("Status"), statusDisplayName(item.status)},
        {tr("Disclosure"), attributeDisplayName(item.attribute)},
    };
    if (item.attribute == DisclosureAttribute::Withheld)
        fields.append({tr("Withheld ground"), item.withheldGround});
    if (paper)
        fields.append({tr("Reviewed on paper"), paper->describe()});
    fields.append({tr("Summary"), item.summary});
    fields.append({tr("Created"), item.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    fields.append({tr("Updated"), item.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))});
    int width = 0;
    for (const auto& f : fields)
        width = qMax(width, TextTable::displayWidth(f.first));
    for (const auto& f : fields)
        context.out() << TextTable::fit(f.first + QLatin1Char(':'), width + 2) << f.second << '\n';
    context.out() << tr("Publications:") << (item.publications.isEmpty() ? tr(" none") : QString()) << '\n';
    for (const Publication& p : item.publications)
        context.out() << "  " << isoDate(p.date) << "  " << channels.value(p.channelId) << "  " << p.reference
                      << '\n';
    context.out() << tr("Submissions:") << (item.submissions.isEmpty() ? tr(" none") : QString()) << '\n';
    for (const Submission& s : item.submissions) {
        const QString adoption = !s.adopted
                                     ? tr("not adopted")
                                     : tr("adopted %1 %2").arg(isoDate(s.adoptedOn), s.adoptedIn).trimmed();
        context.out() << "  " << isoDate(s.date) << "  " << channels.value(s.agencyId) << "  " << adoption
                      << '\n';
    }
    if (!item.attachments.isEmpty()) {
        context.out() << tr("Attachments:") << '\n';
        for (const Attachment& a : item.attachments)
            context.out() << "  " << a.fileName << "  " << QLocale().formattedDataSize(a.size) << '\n';
    }
    QStringList allowed;
    for (const Capability& c : capabilityList(can)) {
        if (c.allowed)
            allowed << c.words;
    }
    context.out() << (allowed.isEmpty() ? tr("You may: only read it")
                                        : tr("You may: %1").arg(allowed.join(QStringLiteral(", "))))
                  << '\n';
    return 0;
}

int ItemCommands::withdraw(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("ID"), tr("The item's id."));
    parser.setApplicationDescription(tr(
        "Withdraws an item (撤回): it stays in the ledger, marked withdrawn. Its author, the section chief "
        "of its department or a leader may."));
    if (!context.parse(parser, args, QStringLiteral("item withdraw"), QStringLiteral("ID"), 1, 1))
        return 0;
    const Item item = loadItem(context, parser.positionalArguments().constFirst());
    ItemService(context.db()).withdraw(context.session(), item.id, item.rowVersion);
    context.out() << tr("Item %1 is withdrawn.").arg(item.id) << '\n';
    return 0;
}

int ItemCommands::publication(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Records that an approved item was published on a channel: a publisher on any item, an author on "
           "their own. Never for an item marked or reviewed 不予公开, never dated in the future."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), tr("The item's id."));
    parser.addOptions({
        {QStringLiteral("channel"), tr("The channel, e.g. 门户网站."), QStringLiteral("NAME")},
        {QStringLiteral("date"), tr("The day it was published (default today)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("ref"), tr("The URL or issue, e.g. 《商务动态》第8期."), QStringLiteral("TEXT")},
    });
    if (!context.parse(parser, afterAction(QStringLiteral("publication"), QStringLiteral("add"), args),
                       QStringLiteral("publication add"),
                       QStringLiteral("ITEM --channel NAME [--date YYYY-MM-DD] [--ref TEXT]"), 1, 1))
        return 0;
    const qint64 id = CliContext::number(parser.positionalArguments().constFirst(), QStringLiteral("ITEM"));
    Publication p;
    p.channelId = context.channelId(CliContext::required(parser, QStringLiteral("channel")));
    if (parser.isSet(QStringLiteral("date")))
        p.date = CliContext::date(parser.value(QStringLiteral("date")), QStringLiteral("--date"));
    p.reference = parser.value(QStringLiteral("ref"));
    ItemService(context.db()).addPublication(context.session(), id, p);
    return 0;
}

int ItemCommands::submission(CliContext& context, const QStringList& args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("adopt"))
        return adopt(context, args.mid(1));
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.out() << tr("Usage: gongkai-cli --user LOGIN submission add|adopt ITEM [options]") << '\n';
        return 0;
    }
    if (action.isEmpty())
        throw UsageError(tr("submission: missing action (add or adopt)"));
    if (action != QLatin1String("add") && !action.startsWith(QLatin1Char('-')))
        throw UsageError(tr("submission: unknown action “%1” (add or adopt)").arg(action));
    return addSubmission(context, afterAction(QStringLiteral("submission"), QStringLiteral("add"), args));
}

int ItemCommands::addSubmission(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Records that an item was submitted to an upper agency, and whether the agency adopted it: a "
           "publisher on any item, an author on their own."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), tr("The item's id."));
    parser.addOptions({
        {QStringLiteral("agency"), tr("The upper agency, e.g. 市委办公厅《每日要情》."),
         QStringLiteral("NAME")},
        {QStringLiteral("date"), tr("The day it was submitted (default today)."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("adopted"), tr("The day the agency adopted it."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("adopted-in"), tr("Where it was adopted, e.g. 《每日要情》第12期."),
         QStringLiteral("TEXT")},
    });
    if (!context.parse(
            parser, args, QStringLiteral("submission add"),
            QStringLiteral(
                "ITEM --agency NAME [--date YYYY-MM-DD] [--adopted YYYY-MM-DD] [--adopted-in TEXT]"),
            1, 1))
        return 0;
    const qint64 id = CliContext::number(parser.positionalArguments().constFirst(), QStringLiteral("ITEM"));
    Submission s;
    s.agencyId = context.agencyId(CliContext::required(parser, QStringLiteral("agency")));
    if (parser.isSet(QStringLiteral("date")))
        s.date = CliContext::date(parser.value(QStringLiteral("date")), QStringLiteral("--date"));
    s.adopted = parser.isSet(QStringLiteral("adopted")) || parser.isSet(QStringLiteral("adopted-in"));
    if (parser.isSet(QStringLiteral("adopted")))
        s.adoptedOn = CliContext::date(parser.value(QStringLiteral("adopted")), QStringLiteral("--adopted"));
    s.adoptedIn = parser.value(QStringLiteral("adopted-in"));
    ItemService(context.db()).addSubmission(context.session(), id, s);
    return 0;
}

int ItemCommands::adopt(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Records that an upper agency adopted an item submitted to it earlier: the latest submission to "
           "the agency that is not adopted yet (or the one of --date)."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), tr("The item's id."));
    parser.addOptions({
        {QStringLiteral("agency"), tr("The upper agency the item was submitted to."), QStringLiteral("NAME")},
        {QStringLiteral("date"), tr("The day of the submission, when there are several."),
         QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("adopted"), tr("The day the agency adopted it."), QStringLiteral("YYYY-MM-DD")},
        {QStringLiteral("adopted-in"), tr("Where it was adopted, e.g. 《每日要情》第12期."),
         QStringLiteral("TEXT")},
    });
    if (!context.parse(parser, args, QStringLiteral("submission adopt"),
                       QStringLiteral("ITEM --agency NAME --adopted YYYY-MM-DD [--adopted-in TEXT] "
                                      "[--date YYYY-MM-DD]"),
                       1, 1))
        return 0;
    const QString agencyName = CliContext::required(parser, QStringLiteral("agency"));
    const QDate adoptedOn = CliContext::date(CliContext::required(parser, QStringLiteral("adopted")),
                                             QStringLiteral("--adopted"));
    const QDate submitted =
        parser.isSet(QStringLiteral("date"))
            ? CliContext::date(parser.value(QStringLiteral("date")), QStringLiteral("--date"))
            : QDate();
    const qint64 agency = context.agencyId(agencyName);
    Item item = loadItem(context, parser.positionalArguments().constFirst());
    Submission* target = nullptr;
    bool adoptedAlready = false;
    for (Submission& s : item.submissions) {
        if (s.agencyId != agency || (submitted.isValid() && s.date != submitted))
            continue;
        if (s.adopted)
            adoptedAlready = true;
        else
            target = &s; // submissions come oldest first: the last one wins
    }
    if (!target) {
        if (adoptedAlready)
            throw Error(tr("the submission of item %1 to “%2” is recorded as adopted already")
                            .arg(item.id)
                            .arg(agencyName));
        throw Error(
            tr("item %1 has no submission to “%2”%3; record it with submission add")
                .arg(item.id)
                .arg(agencyName, submitted.isValid() ? tr(" on %1").arg(isoDate(submitted)) : QString()));
    }
    target->adopted = true;
    target->adoptedOn = adoptedOn;
    target->adoptedIn = parser.value(QStringLiteral("adopted-in"));
    ItemService(context.db())
        .setDistribution(context.session(), item.id, item.publications, item.submissions, item.rowVersion);
    context.out() << tr("Item %1: adopted by %2 on %3.").arg(item.id).arg(agencyName, isoDate(adoptedOn))
                  << '\n';
    return 0;
}

} // namespace gongkai::cli
