#include "attachmentcommands.h"

#include "clicontext.h"
#include "review/itemservice.h"
#include "screening/itemscreening.h"
#include "storage/attachmentrepository.h"
#include "storage/database.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace gongkai::cli {

namespace {
/// The item as the signed-in user may read it (ItemService: readers of the ledger only).
Item loadItem(CliContext& context, const QString& idText)
{
    const qint64 id = CliContext::number(idText, QStringLiteral("ITEM"));
    const auto item = ItemService(context.db()).item(context.session(), id);
    if (!item)
        throw Error(AttachmentCommands::tr("item %1 does not exist").arg(id));
    return *item;
}

/// Saves the author's change through ItemService and prints what the pre-screen found.
void saveItem(CliContext& context, Item& item, const QString& overrideReason)
{
    ItemService service(context.db());
    service.update(context.session(), item, overrideReason);
    for (const ItemFinding& f : service.screening().all())
        context.err() << ItemScreening::describe(f) << '\n';
}

QCommandLineOption overrideReasonOption()
{
    return {
        QStringLiteral("override-reason"),
        AttachmentCommands::tr("For an approved item, whose change starts a new review: why it is submitted "
                               "despite high findings of the pre-screen."),
        QStringLiteral("TEXT")};
}
} // namespace

int AttachmentCommands::run(CliContext& context, const QStringList& args)
{
    const QString action = args.value(0);
    if (action == QLatin1String("add"))
        return add(context, args.mid(1));
    if (action == QLatin1String("list"))
        return list(context, args.mid(1));
    if (action == QLatin1String("remove"))
        return remove(context, args.mid(1));
    if (action == QLatin1String("save"))
        return save(context, args.mid(1));
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.out() << tr("Usage: gongkai-cli --user LOGIN attachment add|list|remove|save [options]")
                      << '\n';
        return 0;
    }
    if (action.isEmpty())
        throw UsageError(tr("attachment: missing action (add, list, remove or save)"));
    throw UsageError(tr("attachment: unknown action “%1” (add, list, remove or save)").arg(action));
}

int AttachmentCommands::add(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Attaches .txt and .docx files to an item (its author, while it is not under review). Their text is "
        "screened with the item's; attaching to an approved item starts a new review."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), tr("The item's id."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("Files to attach."));
    const QCommandLineOption reason = overrideReasonOption();
    parser.addOption(reason);
    if (!context.parse(parser, args, QStringLiteral("attachment add"),
                       QStringLiteral("ITEM FILE… [--override-reason TEXT]"), 2, 1000))
        return 0;
    const QStringList positional = parser.positionalArguments();
    Item item = loadItem(context, positional.constFirst());
    for (const QString& path : positional.mid(1))
        item.attachments.append(Attachment::fromFile(path));
    saveItem(context, item, parser.value(reason));
    context.out() << tr("Item %1 has %n attachment(s).", nullptr, int(item.attachments.size())).arg(item.id)
                  << '\n';
    return 0;
}

int AttachmentCommands::list(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    parser.addOption(json);
    parser.setApplicationDescription(tr("Lists the files attached to an item."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), tr("The item's id."));
    if (!context.parse(parser, args, QStringLiteral("attachment list"), QStringLiteral("ITEM [--json]"), 1, 1))
        return 0;
    const Item item = loadItem(context, parser.positionalArguments().constFirst());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const Attachment& a : item.attachments)
            array.append(QJsonObject{{QStringLiteral("id"), a.id},
                                     {QStringLiteral("file"), a.fileName},
                                     {QStringLiteral("size"), a.size},
                                     {QStringLiteral("sha256"), a.sha256},
                                     {QStringLiteral("addedAt"), a.addedAt.toString(Qt::ISODate)},
                                     {QStringLiteral("addedBy"), a.addedBy}});
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    if (item.attachments.isEmpty()) {
        context.out() << tr("Item %1 has no attachments.").arg(item.id) << '\n';
        return 0;
    }
    TextTable table({tr("Id"), tr("File"), tr("Size"), tr("Added"), tr("By")});
    for (const Attachment& a : item.attachments)
        table.addRow({QString::number(a.id), a.fileName, QLocale().formattedDataSize(a.size),
                      a.addedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), a.addedBy});
    table.print(context.out());
    return 0;
}

int AttachmentCommands::remove(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Removes a file from an item (its author, while it is not under review). The database keeps it for "
        "the earlier reviews that covered it."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), tr("The item's id."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The attached file's name."));
    const QCommandLineOption reason = overrideReasonOption();
    parser.addOption(reason);
    if (!context.parse(parser, args, QStringLiteral("attachment remove"),
                       QStringLiteral("ITEM NAME [--override-reason TEXT]"), 2, 2))
        return 0;
    Item item = loadItem(context, parser.positionalArguments().at(0));
    const QString name = parser.positionalArguments().at(1);
    const qsizetype before = item.attachments.size();
    item.attachments.removeIf([&](const Attachment& a) { return a.fileName == name; });
    if (item.attachments.size() == before)
        throw Error(tr("item %1 has no attachment named “%2”").arg(item.id).arg(name));
    saveItem(context, item, parser.value(reason));
    context.out() << tr("Removed %1 from item %2.").arg(name).arg(item.id) << '\n';
    return 0;
}

int AttachmentCommands::save(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"));
    parser.addOption(outOption);
    parser.setApplicationDescription(tr("Writes an attached file out as it was attached."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), tr("The item's id."));
    parser.addPositionalArgument(QStringLiteral("NAME"), tr("The attached file's name."));
    if (!context.parse(parser, args, QStringLiteral("attachment save"), QStringLiteral("ITEM NAME --out FILE"), 2,
                       2))
        return 0;
    const QString out = CliContext::required(parser, QStringLiteral("out"));
    const Item item = loadItem(context, parser.positionalArguments().at(0));
    const QString name = parser.positionalArguments().at(1);
    for (const Attachment& a : item.attachments) {
        if (a.fileName != name)
            continue;
        const auto bytes = AttachmentRepository(context.db()).content(a.id);
        QSaveFile file(out);
        if (!bytes || !file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
            throw Error(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(out), file.errorString()));
        context.out() << tr("Wrote %1.").arg(QDir::toNativeSeparators(out)) << '\n';
        return 0;
    }
    throw Error(tr("item %1 has no attachment named “%2”").arg(item.id).arg(name));
}

} // namespace gongkai::cli
