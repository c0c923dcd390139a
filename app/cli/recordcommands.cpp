#include "recordcommands.h"

#include "clicontext.h"
#include "review/workrecordservice.h"
#include "storage/departmentrepository.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace gongkai::cli {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

/// The options add and edit share.
struct FieldOptions
{
    QCommandLineOption kind{L("kind"),
                            RecordCommands::tr("training, interview, press, reading_room or other "
                                               "(or the Chinese name, e.g. 培训)."),
                            L("KIND")};
    QCommandLineOption date{L("date"), RecordCommands::tr("When it took place, YYYY-MM-DD."), L("DATE")};
    QCommandLineOption title{L("title"), RecordCommands::tr("The topic."), L("TEXT")};
    QCommandLineOption organiser{L("organiser"), RecordCommands::tr("Who organised it."), L("TEXT")};
    QCommandLineOption attendees{L("attendees"),
                                 RecordCommands::tr("How many took part (a training needs some)."), L("N")};
    QCommandLineOption documents{
        L("documents"), RecordCommands::tr("Documents delivered (a reading-room delivery needs some)."),
        L("N")};
    QCommandLineOption recipients{L("recipients"), RecordCommands::tr("Who received the documents."),
                                  L("TEXT")};
    QCommandLineOption note{L("note"), RecordCommands::tr("A note."), L("TEXT")};
    QCommandLineOption department{L("department"),
                                  RecordCommands::tr("The department (科室); empty for none."), L("NAME")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({kind, date, title, organiser, attendees, documents, recipients, note, department});
    }

    static WorkRecordKind parseKind(const QString& text)
    {
        const std::optional<WorkRecordKind> k = workRecordKindFromString(text);
        if (!k)
            throw UsageError(
                RecordCommands::tr("unknown kind “%1” (training, interview, press, reading_room or "
                                   "other)")
                    .arg(text));
        return *k;
    }

    static int count(const QString& text, const QString& what)
    {
        bool ok = false;
        const int n = text.trimmed().toInt(&ok);
        if (!ok || n < 0)
            throw UsageError(RecordCommands::tr("bad number “%1” for %2").arg(text, what));
        return n;
    }

    /// Applies the options given on the command line to record.
    void apply(CliContext& context, const QCommandLineParser& parser, WorkRecord& record) const
    {
        if (parser.isSet(kind))
            record.kind = parseKind(parser.value(kind));
        if (parser.isSet(date))
            record.heldOn = CliContext::date(parser.value(date), L("--date"));
        if (parser.isSet(title))
            record.title = parser.value(title);
        if (parser.isSet(organiser))
            record.organiser = parser.value(organiser);
        if (parser.isSet(attendees))
            record.attendees = count(parser.value(attendees), L("--attendees"));
        if (parser.isSet(documents))
            record.documents = count(parser.value(documents), L("--documents"));
        if (parser.isSet(recipients))
            record.recipients = parser.value(recipients);
        if (parser.isSet(note))
            record.note = parser.value(note);
        if (parser.isSet(department)) {
            const QString name = parser.value(department).trimmed();
            record.departmentId = name.isEmpty() ? 0 : context.departmentId(name);
        }
    }
};

const QString kFieldSynopsis = L("[--organiser TEXT] [--attendees N] [--documents N] [--recipients TEXT] "
                                 "[--note TEXT] [--department NAME]");

QJsonObject toJson(const WorkRecord& r, const QHash<qint64, QString>& departments)
{
    return QJsonObject{{L("id"), r.id},
                       {L("kind"), workRecordKindCode(r.kind)},
                       {L("date"), r.heldOn.toString(Qt::ISODate)},
                       {L("title"), r.title},
                       {L("organiser"), r.organiser},
                       {L("attendees"), r.attendees},
                       {L("documents"), r.documents},
                       {L("recipients"), r.recipients},
                       {L("note"), r.note},
                       {L("department"), departments.value(r.departmentId)},
                       {L("rowVersion"), r.rowVersion}};
}

WorkRecord existing(CliContext& context, qint64 id)
{
    const std::optional<WorkRecord> r = WorkRecordService(context.db()).record(context.session(), id);
    if (!r)
        throw Error(RecordCommands::tr("work record %1 does not exist").arg(id));
    return *r;
}

void addPeriodOptions(QCommandLineParser& parser)
{
    parser.addOption({L("from"), RecordCommands::tr("Held on or after this date, YYYY-MM-DD."), L("DATE")});
    parser.addOption({L("to"), RecordCommands::tr("Held on or before this date, YYYY-MM-DD."), L("DATE")});
}

QDate optionalDate(const QCommandLineParser& parser, const char* option)
{
    const QString name = QString::fromLatin1(option);
    return parser.isSet(name) ? CliContext::date(parser.value(name), QStringLiteral("--") + name) : QDate();
}
} // namespace

int RecordCommands::run(CliContext& context, const QStringList& args)
{
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    if (action == QLatin1String("add"))
        return add(context, rest);
    if (action == QLatin1String("list"))
        return list(context, rest);
    if (action == QLatin1String("edit"))
        return edit(context, rest);
    if (action == QLatin1String("delete"))
        return remove(context, rest);
    if (action == QLatin1String("import"))
        return importFile(context, rest);
    if (action == QLatin1String("export"))
        return exportFile(context, rest);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.out()
            << tr("Usage: gongkai-cli --user LOGIN record add|list|edit|delete|import|export [options]")
            << '\n';
        return 0;
    }
    if (action.isEmpty())
        throw UsageError(tr("record: missing action (add, list, edit, delete, import or export)"));
    throw UsageError(
        tr("record: unknown action “%1” (add, list, edit, delete, import or export)").arg(action));
}

int RecordCommands::add(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Adds a work record: a training, an online interview, a press conference, "
           "a reading-room delivery or other disclosure work."));
    const FieldOptions options;
    options.addTo(parser);
    if (!context.parse(parser, args, L("record add"),
                       L("--kind KIND --date YYYY-MM-DD --title TEXT ") + kFieldSynopsis, 0, 0))
        return 0;
    WorkRecord record;
    record.kind = FieldOptions::parseKind(CliContext::required(parser, L("kind")));
    CliContext::required(parser, L("date"));
    CliContext::required(parser, L("title"));
    options.apply(context, parser, record);
    WorkRecordService(context.db()).add(context.session(), record);
    context.out() << tr("Work record %1 added.").arg(record.id) << '\n';
    return 0;
}

int RecordCommands::list(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Lists work records in date order."));
    addPeriodOptions(parser);
    const QCommandLineOption kind(L("kind"), tr("Only this kind; may be given more than once."), L("KIND"));
    const QCommandLineOption json(L("json"), tr("Print a JSON array of objects."));
    parser.addOptions({kind, json});
    if (!context.parse(parser, args, L("record list"), L("[--from DATE] [--to DATE] [--kind KIND]… [--json]"),
                       0, 0))
        return 0;
    const QDate from = optionalDate(parser, "from");
    const QDate to = optionalDate(parser, "to");
    QList<WorkRecordKind> kinds;
    for (const QString& k : parser.values(kind))
        kinds << FieldOptions::parseKind(k);
    const QList<WorkRecord> records =
        WorkRecordService(context.db()).list(context.session(), from, to, kinds);
    QHash<qint64, QString> departments;
    for (const Department& d : DepartmentRepository(context.db()).list(true))
        departments.insert(d.id, d.name);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const WorkRecord& r : records)
            array.append(toJson(r, departments));
        context.out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return 0;
    }
    TextTable table({tr("ID"), tr("Date"), tr("Kind"), tr("Topic"), tr("Attendees"), tr("Documents"),
                     tr("Organiser / recipients"), tr("Department")});
    for (const WorkRecord& r : records) {
        const QString who = r.kind == WorkRecordKind::ReadingRoom ? r.recipients : r.organiser;
        table.addRow({QString::number(r.id), r.heldOn.toString(Qt::ISODate),
                      workRecordKindDisplayName(r.kind), r.title, QString::number(r.attendees),
                      QString::number(r.documents), who, departments.value(r.departmentId)});
    }
    table.print(context.out());
    return 0;
}

int RecordCommands::edit(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Changes a work record: only the options given change."));
    parser.addPositionalArgument(L("ID"), tr("The work record's number."));
    const FieldOptions options;
    options.addTo(parser);
    if (!context.parse(parser, args, L("record edit"),
                       L("ID [--kind KIND] [--date YYYY-MM-DD] [--title TEXT] ") + kFieldSynopsis, 1, 1))
        return 0;
    const qint64 id = CliContext::number(parser.positionalArguments().constFirst(), L("ID"));
    WorkRecord record = existing(context, id);
    options.apply(context, parser, record);
    WorkRecordService(context.db()).update(context.session(), record);
    context.out() << tr("Work record %1 changed.").arg(id) << '\n';
    return 0;
}

int RecordCommands::remove(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Deletes a work record."));
    parser.addPositionalArgument(L("ID"), tr("The work record's number."));
    if (!context.parse(parser, args, L("record delete"), L("ID"), 1, 1))
        return 0;
    const qint64 id = CliContext::number(parser.positionalArguments().constFirst(), L("ID"));
    const WorkRecord record = existing(context, id);
    WorkRecordService(context.db()).remove(context.session(), id, record.rowVersion);
    context.out() << tr("Work record %1 deleted.").arg(id) << '\n';
    return 0;
}

int RecordCommands::importFile(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Imports work records from a CSV file (UTF-8 with or without BOM, or GBK/GB18030) with the columns "
        "类型,日期,主题,组织单位,参加人数,文件数,接收单位,备注,科室. All or nothing: any problem leaves the "
        "database as it was. FILE - reads standard input."));
    parser.addPositionalArgument(L("FILE"), tr("The CSV file."));
    const QCommandLineOption check(L("check"), tr("Report every problem and import nothing."));
    parser.addOption(check);
    if (!context.parse(parser, args, L("record import"), L("FILE [--check]"), 1, 1))
        return 0;
    const QString file = parser.positionalArguments().constFirst();
    QByteArray data;
    if (file == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            throw Error(tr("cannot read standard input"));
        data = in.readAll();
    } else {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            throw Error(tr("cannot read “%1”: %2").arg(QDir::toNativeSeparators(file), in.errorString()));
        data = in.readAll();
    }
    const bool checkOnly = parser.isSet(check);
    const ImportResult result = WorkRecordService(context.db()).importCsv(context.session(), data, checkOnly);
    if (!result.ok()) {
        const QString name = file == QLatin1String("-") ? file : QDir::toNativeSeparators(file);
        for (const ImportProblem& p : result.problems) {
            context.err() << name << ':' << p.line << ": ";
            if (!p.column.isEmpty())
                context.err() << p.column << ": ";
            context.err() << QString(p.reason).replace(QLatin1Char('\n'), QLatin1Char(' ')) << '\n';
        }
        return 1;
    }
    if (checkOnly)
        context.out() << tr("%1 rows checked, no problems").arg(result.rows) << '\n';
    else
        context.out() << tr("%1 work records imported").arg(result.imported) << '\n';
    return 0;
}

int RecordCommands::exportFile(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Exports work records as CSV in UTF-8 with BOM, in date order. FILE - "
           "writes to standard output."));
    parser.addPositionalArgument(L("FILE"), tr("The CSV file to write."));
    addPeriodOptions(parser);
    if (!context.parse(parser, args, L("record export"), L("FILE [--from DATE] [--to DATE]"), 1, 1))
        return 0;
    const QString file = parser.positionalArguments().constFirst();
    const QDate from = optionalDate(parser, "from");
    const QDate to = optionalDate(parser, "to");
    int count = 0;
    const QByteArray data = WorkRecordService(context.db()).exportCsv(context.session(), from, to, &count);
    if (file == QLatin1String("-")) {
        context.out().flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size())
            throw Error(tr("cannot write to standard output"));
        return 0;
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(data) != data.size() || !out.commit())
        throw Error(tr("Cannot write “%1”: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
    context.out() << tr("%1 work records exported to %2").arg(count).arg(QDir::toNativeSeparators(file))
                  << '\n';
    return 0;
}

} // namespace gongkai::cli
