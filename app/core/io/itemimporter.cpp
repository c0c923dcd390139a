#include "itemimporter.h"

#include "../error.h"
#include "../review/adminservice.h"
#include "../review/authservice.h"
#include "../review/itemservice.h"
#include "../review/permissions.h"
#include "../review/servicecall.h"
#include "../review/session.h"
#include "../storage/auditlog.h"
#include "../storage/database.h"
#include "../storage/itemrepository.h"
#include "../storage/publicationgate.h"
#include "../storage/reviewrepository.h"
#include "../storage/userrepository.h"
#include "importlookup.h"
#include "itemcsvfile.h"
#include "itemcsvformat.h"
#include "itemrowreader.h"

#include <QCryptographicHash>
#include <QJsonObject>

#include <functional>

namespace gongkai {

namespace {
QString L(const char* s)
{
    return QString::fromLatin1(s);
}

/// The row's fields against the header: short rows, and long ones with text beyond the last column,
/// are problems (blank cells after it, as Excel adds, are not).
bool fieldCountFits(const CsvReader::Record& row, int expected)
{
    if (row.fields.size() < expected)
        return false;
    for (qsizetype i = expected; i < row.fields.size(); ++i) {
        if (!row.fields.at(i).trimmed().isEmpty())
            return false;
    }
    return true;
}

QString firstMessage(const ValidationError& e)
{
    return e.errors().isEmpty() ? e.message() : e.errors().constFirst().message;
}
} // namespace

ItemImporter::ItemImporter(Database& db) : m_db(db) {}

ImportResult ItemImporter::importFile(const Session& session, const QString& path,
                                      const ImportOptions& options)
{
    {
        // Refused before the file is read: someone who may not import learns nothing from it.
        ServiceCall call(m_db, session, AuditEvent::ItemCreated);
        call.require(Permission::ImportLedger, L("import"));
    }
    ImportResult result;
    QByteArray data;
    if (!ItemCsvFile::load(path, &data, &result.problems))
        return result;
    return importData(session, data, options);
}

ImportResult ItemImporter::importData(const Session& session, const QByteArray& data,
                                      const ImportOptions& options)
{
    ServiceCall call(m_db, session, AuditEvent::ItemCreated);
    call.require(Permission::ImportLedger, L("import"));
    const User importer = call.user();

    ImportResult result;
    const ItemCsvFile file = ItemCsvFile::read(data, &result.problems);
    result.encoding = file.encoding();
    result.rows = int(file.rows().size());
    if (!file.hasRows())
        return result;

    // Authors import their own items; publishers the historical ledger of every author.
    ImportRowPolicy policy;
    policy.onlyAuthor = importer.hasRole(Role::Publisher) ? 0 : importer.id;
    policy.importer = importer.login;
    const ImportAttestation& given = options.attestation;
    policy.attested = given.isGiven();
    policy.defaultReviewers = given.reviewers.trimmed();
    PaperAttestation attestation;
    attestation.formRef = given.formRef.trimmed();
    attestation.importHash =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    QString attesterLogin = given.login.trimmed();
    if (policy.attested) {
        if (options.checkOnly) {
            // A check names the attester without signing them in: the password is asked for the import.
            if (attestation.formRef.isEmpty())
                result.problems.append(
                    {0, QString(), tr("the attestation names no paper form: give its number or date")});
            if (const std::optional<User> attester = UserRepository(m_db).byLogin(attesterLogin)) {
                policy.attester = attester->id;
                policy.attesterName = attester->name;
                const QString why = Permissions::refusal(*attester, Permission::AttestPaperReview);
                if (!why.isEmpty())
                    result.problems.append(
                        {0, QString(), tr("%1 cannot attest paper reviews: %2").arg(attesterLogin, why)});
            }
        } else {
            const std::optional<PaperAttestation> checked = signAttester(given, &result.problems);
            if (!checked)
                return result;
            attestation.attesterId = checked->attesterId;
            attestation.attesterName = checked->attesterName;
            attestation.attesterRole = checked->attesterRole;
            attestation.formRef = checked->formRef;
            policy.attester = checked->attesterId;
            policy.attesterName = checked->attesterName;
        }
    }

    int line = 0;
    bool notOwn = false;
    bool attesterIsAuthor = false;
    try {
        // One transaction for everything; any problem, and every check, rolls it all back. A check
        // writes like an import, so it finds what the import would.
        TransactionGuard tx(m_db, TransactionMode::Immediate);
        ImportLookup lookup(m_db);
        ItemRepository items(m_db);
        int imported = 0;
        QDate from;
        QDate to;
        for (const CsvReader::Record& row : file.rows()) {
            line = row.line;
            if (!fieldCountFits(row, file.header().fieldCount())) {
                result.problems.append({row.line, QString(),
                                        tr("wrong number of fields: %1, expected %2")
                                            .arg(row.fields.size())
                                            .arg(file.header().fieldCount())});
                continue;
            }
            ItemRowReader rowReader(file.header(), lookup, row, &result.problems, policy);
            Item item = rowReader.read();
            notOwn = notOwn || rowReader.notOwn();
            attesterIsAuthor = attesterIsAuthor || rowReader.attesterIsAuthor();
            const bool attested = rowReader.needsAttestation();
            if (attested) {
                ++result.needingAttestation;
                if (item.drafted.isValid()) {
                    from = from.isValid() ? std::min(from, item.drafted) : item.drafted;
                    to = to.isValid() ? std::max(to, item.drafted) : item.drafted;
                }
            }
            if (rowReader.hasProblems()) {
                rowReader.report(items.validate(item));
                continue;
            }
            try {
                write(item, attested ? &attestation : nullptr);
                ++imported;
            } catch (const ValidationError& e) {
                // The draft of an attested row lacks its publications: validate all of it for the full list.
                rowReader.report(attested ? items.validate(item) : e.errors());
            }
        }
        file.reportSyntaxError(&result.problems);
        result.missing = lookup.missing();
        if (result.problems.isEmpty() && !options.checkOnly) {
            if (result.needingAttestation > 0) {
                // One record for the file's attestation; each item's paper review points back to it by
                // the file's SHA-256.
                const QJsonObject after{{L("sha256"), attestation.importHash},
                                        {L("rows"), QString::number(result.needingAttestation)},
                                        {L("from"), ItemCsvFormat::formatDate(from)},
                                        {L("to"), ItemCsvFormat::formatDate(to)},
                                        {L("formRef"), attestation.formRef},
                                        {L("reviewers"), policy.defaultReviewers},
                                        {L("attester"), attesterLogin},
                                        {L("attesterName"), attestation.attesterName},
                                        {L("attesterRole"), attestation.attesterRole},
                                        {L("imported"), QString::number(imported)}};
                AuditLog(m_db).append({AuditEvent::PaperReviewRecorded, true, L("import"), 0, {}, after});
            }
            tx.commit();
            result.imported = imported;
        }
    } catch (const DbError& e) {
        result.problems.append({line, QString(), QStringLiteral("%1: %2").arg(e.message(), e.driverText())});
        result.imported = 0;
    } catch (const Error& e) {
        result.problems.append({line, QString(), e.message()});
        result.imported = 0;
    }
    // A refused attempt is on record (the transaction has rolled back by now).
    if (!options.checkOnly && notOwn)
        call.recordFailure(
            AuditEvent::ItemCreated, L("import"), 0,
            tr("%1 tried to import items of other authors; an author imports only their own items.")
                .arg(importer.login),
            RuleError::code(RuleError::Rule::NotAuthor));
    if (!options.checkOnly && attesterIsAuthor)
        call.recordFailure(AuditEvent::PaperReviewRecorded, L("import"), 0,
                           tr("%1 was to attest the paper reviews of items they wrote.").arg(attesterLogin),
                           RuleError::code(RuleError::Rule::OwnItem));
    return result;
}

std::optional<PaperAttestation> ItemImporter::signAttester(const ImportAttestation& given,
                                                           QList<ImportProblem>* problems)
{
    const QString login = given.login.trimmed();
    try {
        // A sign-in like any other: a wrong password counts toward the attester's lock-out.
        const Session attester = AuthService(m_db).login(login, given.password);
        PaperAttestation a;
        a.formRef = given.formRef;
        // The rows give their own reviewers; the check only needs to see that someone is named.
        a.reviewers = given.reviewers.trimmed().isEmpty() ? ItemCsvFormat::header(ItemCsvFormat::PaperReview)
                                                          : given.reviewers;
        return ItemService::checkedAttestation(m_db, attester, given.password, a);
    } catch (const AuthError& e) {
        problems->append(
            {0, QString(), tr("the attester %1 could not be signed in: %2").arg(login, e.message())});
    } catch (const PermissionError& e) {
        problems->append({0, QString(), tr("%1 cannot attest paper reviews: %2").arg(login, e.message())});
    } catch (const ValidationError& e) {
        for (const FieldError& f : e.errors())
            problems->append({0, QString(), f.message});
    }
    return std::nullopt;
}

void ItemImporter::write(Item& item, const PaperAttestation* attestation)
{
    ItemRepository items(m_db);
    if (!attestation) {
        items.add(item);
        return;
    }
    // A draft first, its paper review recorded against its content, then what the row says it became:
    // the publication rule then sees the stored review like any other.
    Item draft = item;
    draft.status = ItemStatus::Draft;
    draft.publications.clear();
    items.add(draft);
    PaperAttestation review = *attestation;
    review.reviewers = item.paperReview;
    ReviewRepository(m_db).recordPaperReview(PublicationGate::normalized(draft), review, false);
    if (item.status == ItemStatus::Draft && item.publications.isEmpty()) {
        item = draft;
        return;
    }
    const Item wanted = item;
    item = draft;
    item.status = wanted.status;
    item.publications = wanted.publications;
    items.update(item);
}

NamesResult ItemImporter::createMissingNamesFromFile(const Session& session, const QString& path,
                                                     bool checkOnly)
{
    {
        ServiceCall call(m_db, session, AuditEvent::ListEntryAdded);
        call.require(Permission::ManageLists, L("import"));
    }
    NamesResult result;
    QByteArray data;
    if (!ItemCsvFile::load(path, &data, &result.problems))
        return result;
    return createMissingNames(session, data, checkOnly);
}

NamesResult ItemImporter::createMissingNames(const Session& session, const QByteArray& data, bool checkOnly)
{
    ServiceCall call(m_db, session, AuditEvent::ListEntryAdded);
    call.require(Permission::ManageLists, L("import"));

    NamesResult result;
    const ItemCsvFile file = ItemCsvFile::read(data, &result.problems);
    result.encoding = file.encoding();
    result.rows = int(file.rows().size());
    if (!file.hasRows())
        return result;

    // Only the name columns are read: the administrator's step never sees the items.
    using Column = ItemCsvFormat::Column;
    const ItemCsvHeader& header = file.header();
    ImportLookup lookup(m_db);
    QHash<QString, ImportProblem> firstUse; // kind + name → where it first appears
    for (const CsvReader::Record& row : file.rows()) {
        const auto cell = [&](Column column) {
            const int i = header.index(column);
            return i >= 0 && i < row.fields.size() ? row.fields.at(i).trimmed() : QString();
        };
        const auto look = [&](Column column, const QString& kind, const QString& name,
                              const std::function<void(QString*)>& find) {
            if (name.isEmpty())
                return;
            QString error;
            find(&error);
            if (lookup.lastOutcome() == ImportLookup::Outcome::Problem)
                result.problems.append({row.line, header.name(column), error});
            else if (lookup.lastOutcome() == ImportLookup::Outcome::Missing)
                firstUse.insert(kind + QChar(0x1F) + name, {row.line, header.name(column), QString()});
        };
        const QString department = cell(ItemCsvFormat::Department);
        look(ItemCsvFormat::Department, L("department"), department,
             [&](QString* e) { lookup.department(department, e); });
        const QString category = cell(ItemCsvFormat::Category);
        look(ItemCsvFormat::Category, L("category"), category,
             [&](QString* e) { lookup.category(category, e); });
        const QString author = cell(ItemCsvFormat::Author);
        look(ItemCsvFormat::Author, L("author"), author,
             [&](QString* e) { lookup.author(author, department, e); });
        for (const QString& entry : ItemCsvFormat::splitEntries(cell(ItemCsvFormat::Publications))) {
            const QString name = ItemCsvFormat::entryName(entry);
            look(ItemCsvFormat::Publications, L("channel"), name,
                 [&](QString* e) { lookup.channel(name, false, e); });
        }
        for (const QString& entry : ItemCsvFormat::splitEntries(cell(ItemCsvFormat::Submissions))) {
            const QString name = ItemCsvFormat::entryName(entry);
            look(ItemCsvFormat::Submissions, L("agency"), name,
                 [&](QString* e) { lookup.channel(name, true, e); });
        }
    }
    file.reportSyntaxError(&result.problems);
    result.names = lookup.missing();
    if (!result.names.authors.isEmpty())
        call.require(Permission::ManageAccounts, L("user"));

    // The new authors' logins, in order of first appearance, past every login taken.
    QSet<QString> taken;
    for (const User& u : UserRepository(m_db).list(true))
        taken.insert(u.login.toCaseFolded());
    int next = 0;
    for (MissingNames::Author& a : result.names.authors) {
        do
            a.login = QStringLiteral("author-%1").arg(++next, 3, 10, QLatin1Char('0'));
        while (taken.contains(a.login));
    }
    if (!result.ok() || checkOnly || result.names.isEmpty())
        return result;

    const auto where = [&](const QString& kind, const QString& name) {
        return firstUse.value(kind + QChar(0x1F) + name);
    };
    QString kind;
    QString name;
    try {
        TransactionGuard tx(m_db, TransactionMode::Immediate);
        AdminService admin(m_db);
        kind = L("department");
        for (const QString& n : std::as_const(result.names.departments))
            admin.addDepartment(session, name = n);
        kind = L("category");
        for (const QString& n : std::as_const(result.names.categories))
            admin.addCategory(session, name = n);
        kind = L("channel");
        for (const QString& n : std::as_const(result.names.channels))
            admin.addChannel(session, name = n, false);
        kind = L("agency");
        for (const QString& n : std::as_const(result.names.agencies))
            admin.addChannel(session, name = n, true);
        kind = L("author");
        ImportLookup created(m_db); // the departments just made
        for (const MissingNames::Author& a : std::as_const(result.names.authors)) {
            name = a.name;
            // AccountService's rules for a new account, without a password: inactive until the
            // administrator activates it and sets one.
            User user;
            user.login = a.login;
            user.name = a.name;
            user.roles = {Role::Author};
            user.active = false;
            QString ignored;
            if (!a.department.isEmpty())
                user.departmentId = created.department(a.department, &ignored);
            QList<FieldError> errors = UserRepository::validate(user);
            errors << Permissions::checkRoleSet(user.roles);
            if (!errors.isEmpty())
                throw ValidationError(errors);
            UserRepository(m_db).add(user);
        }
        tx.commit();
        result.created = true;
    } catch (const ValidationError& e) {
        ImportProblem p = where(kind, name);
        const QString why = firstMessage(e);
        if (kind == L("department"))
            p.reason = tr("cannot create department “%1”: %2").arg(name, why);
        else if (kind == L("category"))
            p.reason = tr("cannot create category “%1”: %2").arg(name, why);
        else if (kind == L("channel"))
            p.reason = tr("cannot create channel “%1”: %2").arg(name, why);
        else if (kind == L("agency"))
            p.reason = tr("cannot create upper agency “%1”: %2").arg(name, why);
        else
            p.reason = tr("cannot create author “%1”: %2").arg(name, why);
        result.problems.append(p);
    }
    return result;
}

} // namespace gongkai
