#include "reviewcommands.h"

#include "clicontext.h"
#include "review/auditservice.h"
#include "review/auditverifier.h"
#include "review/itemservice.h"
#include "review/reviewservice.h"
#include "review/session.h"
#include "reviewjson.h"
#include "storage/auditlog.h"
#include "storage/database.h"
#include "texttable.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace gongkai::cli {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

QString local(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

void printJson(CliContext& context, const QJsonDocument& doc)
{
    context.out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

qint64 itemArgument(const QCommandLineParser& parser)
{
    return CliContext::number(parser.positionalArguments().constFirst(), QStringLiteral("ITEM"));
}

/// "同意公开" or "disclose", optionally followed by free text: "同意公开。请注意时效".
void parseOpinion(const QString& text, ReviewOpinion* opinion, QString* comment)
{
    const QString t = text.trimmed();
    for (ReviewOpinion o :
         {ReviewOpinion::DiscloseWithChanges, ReviewOpinion::Disclose, ReviewOpinion::Withhold}) {
        for (const QString& word : {opinionChinese(o), opinionCode(o), opinionDisplayName(o)}) {
            if (t.startsWith(word, Qt::CaseInsensitive)) {
                *opinion = o;
                QString rest = t.mid(word.size()).trimmed();
                while (!rest.isEmpty() && QStringLiteral("。，,.:：;；-").contains(rest.front()))
                    rest.remove(0, 1);
                *comment = rest.trimmed();
                return;
            }
        }
    }
    throw UsageError(
        ReviewCommands::tr("--opinion must start with 同意公开, 修改后公开 or 不予公开 (or disclose, "
                           "disclose_with_changes, withhold), optionally followed by free text"));
}
} // namespace

int ReviewCommands::review(CliContext& context, const QStringList& args)
{
    const QString action = args.value(0);
    const QStringList rest = args.mid(1);
    if (action == QLatin1String("submit"))
        return submit(context, rest);
    if (action == QLatin1String("approve"))
        return approve(context, rest);
    if (action == QLatin1String("reject"))
        return reject(context, rest);
    if (action == QLatin1String("recall"))
        return recall(context, rest);
    if (action == QLatin1String("attest"))
        return attest(context, rest);
    if (action == QLatin1String("status"))
        return status(context, rest);
    if (action == QLatin1String("inbox"))
        return inbox(context, rest);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        context.out()
            << tr("Usage: gongkai-cli --user LOGIN review submit|approve|reject|recall|attest|status|inbox "
                  "[options]")
            << '\n';
        return 0;
    }
    if (action.isEmpty())
        throw UsageError(
            tr("review: missing action (submit, approve, reject, recall, attest, status or inbox)"));
    throw UsageError(
        tr("review: unknown action “%1” (submit, approve, reject, recall, attest, status or inbox)")
            .arg(action));
}

int ReviewCommands::submit(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Submits an item for the confidentiality review (the --user is its "
                                        "author); it is frozen until the review ends."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), tr("The item's id."));
    const QCommandLineOption reason(QStringLiteral("override-reason"),
                                    tr("Why the item is submitted despite high findings of the pre-screen "
                                       "(kept with the round and in the audit trail)."),
                                    QStringLiteral("TEXT"));
    parser.addOption(reason);
    if (!context.parse(parser, args, QStringLiteral("review submit"), QStringLiteral("ITEM"), 1, 1))
        return 0;
    const ReviewRound round =
        ReviewService(context.db()).submit(context.session(), itemArgument(parser), parser.value(reason));
    context.out() << tr("Item %1 submitted for review: round %2, next %3.")
                         .arg(round.itemId)
                         .arg(round.number)
                         .arg(round.chain.steps.value(0).label)
                  << '\n';
    return 0;
}

int ReviewCommands::recall(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The author takes a submission back; the item is a draft again."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), tr("The item's id."));
    if (!context.parse(parser, args, QStringLiteral("review recall"), QStringLiteral("ITEM"), 1, 1))
        return 0;
    const qint64 id = itemArgument(parser);
    ReviewService(context.db()).recall(context.session(), id);
    context.out() << tr("The submission of item %1 is recalled.").arg(id) << '\n';
    return 0;
}

int ReviewCommands::approve(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Signs the next step of an item's review as the --user, whose password (GONGKAI_PASSWORD) confirms "
        "the signature."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), tr("The item's id."));
    const QCommandLineOption opinion(
        QStringLiteral("opinion"), tr("同意公开, 修改后公开 or 不予公开, optionally followed by free text."),
        QStringLiteral("TEXT"));
    const QCommandLineOption comment(QStringLiteral("comment"), tr("Free text added to the opinion."),
                                     QStringLiteral("TEXT"));
    const QCommandLineOption step(
        QStringLiteral("step"), tr("The step (1, 2 …) you mean to sign: refused if it is not the next one."),
        QStringLiteral("N"));
    parser.addOptions({opinion, comment, step});
    if (!context.parse(parser, args, QStringLiteral("review approve"),
                       QStringLiteral("ITEM --opinion TEXT [--comment TEXT] [--step N]"), 1, 1))
        return 0;
    ReviewOpinion chosen = ReviewOpinion::Disclose;
    QString text;
    parseOpinion(CliContext::required(parser, QStringLiteral("opinion")), &chosen, &text);
    if (parser.isSet(comment))
        text = (text + QLatin1Char(' ') + parser.value(comment)).trimmed();
    SeenRound seen;
    if (parser.isSet(step))
        seen.stepIndex = int(CliContext::number(parser.value(step), QStringLiteral("--step"))) - 1;
    const qint64 id = itemArgument(parser);
    const Session& session = context.session();
    const Signature s =
        ReviewService(context.db()).approve(session, id, context.password(), chosen, text, seen);
    context.out() << tr("Item %1: %2 signed by %3 (%4) at %5.")
                         .arg(id)
                         .arg(s.stepLabel, s.signerName, opinionChinese(s.opinion), local(s.signedAt))
                  << '\n';
    return 0;
}

int ReviewCommands::reject(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Sends an item back to its author with a reason (退回); the --user's "
                                        "password confirms it."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), tr("The item's id."));
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why it is sent back."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption step(QStringLiteral("step"), tr("The step (1, 2 …) you act on."),
                                  QStringLiteral("N"));
    parser.addOptions({reason, step});
    if (!context.parse(parser, args, QStringLiteral("review reject"),
                       QStringLiteral("ITEM --reason TEXT [--step N]"), 1, 1))
        return 0;
    SeenRound seen;
    if (parser.isSet(step))
        seen.stepIndex = int(CliContext::number(parser.value(step), QStringLiteral("--step"))) - 1;
    const qint64 id = itemArgument(parser);
    const Session& session = context.session();
    const SendBack b =
        ReviewService(context.db())
            .sendBack(session, id, context.password(), CliContext::required(parser, L("reason")), seen);
    context.out() << tr("Item %1 sent back by %2 at %3.").arg(id).arg(b.name, local(b.sentAt)) << '\n';
    return 0;
}

int ReviewCommands::attest(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr(
        "Attests that an item never reviewed in the program was reviewed on paper (纸质审查): the --user, a "
        "section chief, leader in charge or principal leader who is not its author, confirms with their "
        "password (GONGKAI_PASSWORD), naming the paper form and its reviewers. The item is then approved; "
        "the attester's name is shown wherever the paper review is."));
    parser.addPositionalArgument(QStringLiteral("ITEM"), tr("The item's id."));
    const QCommandLineOption form(QStringLiteral("form"), tr("The paper form's number or date."),
                                  QStringLiteral("REF"));
    const QCommandLineOption reviewers(
        QStringLiteral("reviewers"),
        tr("The paper reviewers and the dates they signed, as on the form, e.g. "
           "“李娜 2023-03-01；王强 2023-03-02”."),
        QStringLiteral("TEXT"));
    parser.addOptions({form, reviewers});
    if (!context.parse(parser, args, QStringLiteral("review attest"),
                       QStringLiteral("ITEM --form REF --reviewers TEXT"), 1, 1))
        return 0;
    PaperAttestation attestation;
    attestation.formRef = CliContext::required(parser, L("form"));
    attestation.reviewers = CliContext::required(parser, L("reviewers"));
    const qint64 id = itemArgument(parser);
    const Session& session = context.session();
    ItemService(context.db()).attestPaperReview(session, id, context.password(), attestation);
    context.out() << tr("Item %1: the paper review (%2) is attested by %3.")
                         .arg(id)
                         .arg(attestation.formRef, session.user().name)
                  << '\n';
    return 0;
}

int ReviewCommands::status(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON object."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("ITEM"), tr("The item's id."));
    parser.setApplicationDescription(
        tr("Shows an item's review: every round, its steps, signatures (and whether "
           "each still matches the content) and send-backs."));
    if (!context.parse(parser, args, QStringLiteral("review status"), QStringLiteral("ITEM [--json]"), 1, 1))
        return 0;
    const qint64 id = itemArgument(parser);
    const ReviewStatus st = ReviewService(context.db()).status(context.session(), id);
    if (parser.isSet(json)) {
        printJson(context, QJsonDocument(ReviewJson::status(st)));
        return 0;
    }
    QTextStream& out = context.out();
    out << tr("Item %1: %2").arg(id).arg(st.item.title) << '\n';
    out << tr("Status: %1").arg(statusDisplayName(st.item.status)) << '\n';
    if (st.paperReview)
        out << tr("Reviewed on paper: %1").arg(st.paperReview->describe()) << '\n';
    if (st.rounds.isEmpty() && !st.paperReview)
        out << tr("Not submitted for review.") << '\n';
    for (const ReviewRound& r : st.rounds) {
        out << tr("Round %1 (%2), submitted %3 by %4")
                   .arg(r.number)
                   .arg(roundStateDisplayName(r.state), local(r.startedAt), r.startedLogin)
            << '\n';
        if (!r.overrideReason.isEmpty())
            out << "  " << tr("Submitted despite high findings of the pre-screen: %1").arg(r.overrideReason) << '\n';
        for (int k = 0; k < r.chain.steps.size(); ++k) {
            const ReviewStep& step = r.chain.steps.at(k);
            QString line = QStringLiteral("  %1. %2: ").arg(k + 1).arg(step.label);
            if (const Signature* s = r.signatureOf(k)) {
                line += tr("%1 (%2), %3, %4")
                            .arg(s->signerName, roleDisplayName(s->role), opinionChinese(s->opinion),
                                 local(s->signedAt));
                if (!s->comment.isEmpty())
                    line += QStringLiteral(" “%1”").arg(s->comment);
                if (!st.isValid(*s))
                    line += QLatin1Char(' ') + tr("[no longer valid: the content changed]");
            } else if (r.sendBack && r.sendBack->stepIndex == k) {
                line += tr("sent back by %1 at %2: %3")
                            .arg(r.sendBack->name, local(r.sendBack->sentAt), r.sendBack->reason);
            } else if (r.state == RoundState::Open && k == r.nextStep) {
                line += tr("waiting for a %1").arg(roleDisplayName(step.role));
            } else {
                line += QStringLiteral("—");
            }
            out << line << '\n';
        }
    }
    return 0;
}

int ReviewCommands::inbox(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    parser.addOption(json);
    parser.setApplicationDescription(tr("Lists the items waiting for the --user's signature, oldest first."));
    if (!context.parse(parser, args, QStringLiteral("review inbox"), QStringLiteral("[--json]"), 0, 0))
        return 0;
    const QList<InboxEntry> entries = ReviewService(context.db()).inbox(context.session());
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const InboxEntry& e : entries)
            array.append(ReviewJson::inboxEntry(e));
        printJson(context, QJsonDocument(array));
        return 0;
    }
    TextTable table({tr("Item"), tr("Title"), tr("Department"), tr("Author"), tr("Round"), tr("Step"),
                     tr("Waiting since")});
    for (const InboxEntry& e : entries)
        table.addRow({QString::number(e.itemId), e.title, e.department, e.authorName,
                      QString::number(e.roundNumber),
                      QStringLiteral("%1 %2").arg(e.stepIndex + 1).arg(e.stepLabel), local(e.waitingSince)});
    table.print(context.out());
    return 0;
}

int ReviewCommands::audit(CliContext& context, const QStringList& args)
{
    const QString action = args.value(0);
    const bool exporting = action == QLatin1String("export");
    if (action != QLatin1String("list") && !exporting && !action.startsWith(QLatin1Char('-')))
        throw UsageError(action.isEmpty() ? tr("audit: missing action (list or export)")
                                          : tr("audit: unknown action “%1” (list or export)").arg(action));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        exporting ? tr("Writes the audit trail, oldest first, as CSV for Excel (the --user must be the "
                       "auditor). FILE - "
                       "writes to standard output.")
                  : tr("Lists the audit trail, newest first (the --user must be the auditor)."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print a JSON array."));
    const QCommandLineOption from(QStringLiteral("from"), tr("From this day on."),
                                  QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Up to this day."), QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption login(QStringLiteral("login"), tr("Only this user's records."),
                                   QStringLiteral("LOGIN"));
    const QCommandLineOption event(QStringLiteral("event"), tr("Only these events, e.g. review_signed."),
                                   QStringLiteral("EVENT[,EVENT…]"));
    const QCommandLineOption item(QStringLiteral("item"), tr("Only records about this item."),
                                  QStringLiteral("ID"));
    const QCommandLineOption failures(QStringLiteral("failures"), tr("Only refused or failed actions."));
    const QCommandLineOption limit(QStringLiteral("limit"), tr("At most N records (default 100)."),
                                   QStringLiteral("N"));
    parser.addOptions({from, to, login, event, item, failures});
    if (exporting)
        parser.addPositionalArgument(QStringLiteral("FILE"), tr("The CSV file."));
    else
        parser.addOptions({json, limit});
    const QStringList rest = action.startsWith(QLatin1Char('-')) ? args : args.mid(1);
    if (!context.parse(parser, rest,
                       exporting ? QStringLiteral("audit export") : QStringLiteral("audit list"),
                       exporting ? QStringLiteral("FILE [filters]") : QStringLiteral("[--json] [filters]"),
                       exporting ? 1 : 0, exporting ? 1 : 0))
        return 0;
    AuditFilter filter;
    if (parser.isSet(from))
        filter.from =
            QDateTime(CliContext::date(parser.value(from), QStringLiteral("--from")), QTime(0, 0)).toUTC();
    if (parser.isSet(to))
        filter.to =
            QDateTime(CliContext::date(parser.value(to), QStringLiteral("--to")).addDays(1), QTime(0, 0))
                .toUTC();
    filter.login = parser.value(login);
    for (const QString& code : parser.value(event).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const AuditEvent e = auditEventFromCode(code.trimmed());
        if (e == AuditEvent::Unknown)
            throw UsageError(tr("unknown event “%1”").arg(code.trimmed()));
        filter.events << e;
    }
    if (parser.isSet(item)) {
        filter.objectType = QStringLiteral("item");
        filter.objectId = CliContext::number(parser.value(item), QStringLiteral("--item"));
    }
    filter.failuresOnly = parser.isSet(failures);

    if (exporting) {
        const QString file = parser.positionalArguments().constFirst();
        qint64 written = 0;
        if (file == QLatin1String("-")) {
            QFile out;
            if (!out.open(stdout, QIODevice::WriteOnly))
                throw Error(tr("cannot write standard output"));
            written = AuditService(context.db()).exportCsv(context.session(), filter, &out);
        } else {
            QSaveFile out(file);
            if (!out.open(QIODevice::WriteOnly))
                throw Error(
                    tr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
            written = AuditService(context.db()).exportCsv(context.session(), filter, &out);
            if (!out.commit())
                throw Error(
                    tr("cannot write “%1”: %2").arg(QDir::toNativeSeparators(file), out.errorString()));
            context.out() << tr("%1 audit records exported").arg(written) << '\n';
        }
        return 0;
    }

    const int max =
        parser.isSet(limit) ? int(CliContext::number(parser.value(limit), QStringLiteral("--limit"))) : 100;
    const QList<AuditRecord> records = AuditService(context.db()).list(context.session(), filter, 0, max);
    if (parser.isSet(json)) {
        QJsonArray array;
        for (const AuditRecord& r : records)
            array.append(ReviewJson::auditRecord(r));
        printJson(context, QJsonDocument(array));
        return 0;
    }
    TextTable table({tr("Seq"), tr("Time"), tr("User"), tr("Event"), tr("OK"), tr("Object"), tr("Details")});
    for (const AuditRecord& r : records) {
        const QString object =
            r.objectType.isEmpty() ? QString() : QStringLiteral("%1 %2").arg(r.objectType).arg(r.objectId);
        table.addRow({QString::number(r.seq), local(r.at), r.login, r.eventCode,
                      r.success ? tr("yes") : tr("no"), object, TextTable::fit(r.after, 60).trimmed()});
    }
    table.print(context.out());
    return 0;
}

int ReviewCommands::verify(CliContext& context, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the report as JSON."));
    parser.addOption(json);
    parser.setApplicationDescription(tr(
        "Checks the audit trail's hash chain, every signature against its audit record, and that the content "
        "of approved and published items is what was signed. Exits with status 1 naming the first broken "
        "record."));
    if (!context.parse(parser, args, QStringLiteral("verify"), QStringLiteral("[--json]"), 0, 0))
        return 0;
    const VerifyReport report = AuditVerifier::verify(context.db());
    if (parser.isSet(json)) {
        printJson(context, QJsonDocument(ReviewJson::verifyReport(report)));
    } else if (report.ok()) {
        context.out()
            << tr("verify: OK: %1 audit records, %2 signatures, %3 items checked; last record's hash %4")
                   .arg(report.auditRecords)
                   .arg(report.signatures)
                   .arg(report.itemsChecked)
                   .arg(report.headHash)
            << '\n';
    }
    if (!report.ok()) {
        context.err() << tr("verify: FAILED: %1").arg(report.first()->message);
        if (report.problems.size() > 1)
            context.err() << ' ' << tr("(%1 problems in all)").arg(report.problems.size());
        context.err() << '\n';
        return 1;
    }
    return 0;
}

} // namespace gongkai::cli
