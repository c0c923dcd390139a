#pragma once

#include "domain/role.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace gongkai {

class Database;

struct DemoOptions
{
    qint64 items = 1500;     ///< ledger items to create
    quint32 seed = 20240101; ///< same seed, same office
    QDate lastDay =
        QDate::currentDate(); ///< items are spread over the year (or more, for many items) up to here
};

struct DemoSummary
{
    qint64 departments = 0;
    qint64 users = 0;
    qint64 items = 0;
    qint64 publications = 0;
    qint64 submissions = 0;
    qint64 reviewRounds = 0; ///< rounds of items reviewed in the program (the last six months)
    qint64 signatures = 0;
    qint64 paperReviews = 0; ///< older approved or published items, attested as reviewed on paper
    bool cancelled = false;  ///< the progress callback cancelled: nothing was written, the counts are 0
    qint64 workRecords = 0;  ///< trainings, interviews, press events and reading-room deliveries
    qint64 auditRecords = 0; ///< records the demo's history added to the audit trail
};

/// One account of the demo office; every one signs in with DemoGenerator::demoPassword().
struct DemoAccount
{
    QString login;
    QString name; ///< printed name, e.g. 张伟
    QString department;
    QList<Role> roles;
};

/// Fills a new, empty database (no account, no item) with a realistic demo office, 某市商务局: its
/// departments, accounts holding every role (among them a publisher, 信息发布员), the office's unit name,
/// work records, and ledger items with their reviews, publications and submissions, spread over two
/// years or more up to lastDay. Refuses any other database, and marks the one it filled as a demo
/// (gongkai_meta 'demo', audited as demo_generated). Every account has the demo password: a demo
/// database says it is one, so its known password is no secret.
///
/// It is the one bulk path around the services: a million items through ItemService and ReviewService
/// would take hours, so it writes the rows and the audit records itself, in bulk, inside one
/// transaction (all or nothing; the progress callback may cancel). What it writes is what the services
/// would have written had the office done all this through them, at the times the history happened:
///
/// - The office: the first administrator as AuthService::createFirstAdministrator makes one (user_created
///   and password_changed by "system"); the departments, the administrator's own department, the other
///   accounts and the unit's name by that administrator (list_entry_added, user_changed, user_created,
///   setting_changed, as AdminService and AccountService write them); then each account's own password
///   (password_changed, as AuthService::changePasswordAndLogin at the first sign-in). The channels,
///   agencies and categories are those every new database is seeded with.
/// - Each item: created by its author (item_created, and item_screened when the office's pre-screen finds
///   something, as ItemService::create). Items drafted in the last six months (in a huge ledger the last
///   20,000), and every item still under review or sent back, went through the review chain as
///   ReviewService does it: submitted by the author (item_changed to under_review, review_submitted with
///   the chain and content hash, the author's reason when the pre-screen found something high), each
///   step signed by someone holding the step's role (of the item's department where the step asks), never
///   the author, one step per person, each re-entering their password (reauthenticated, then the last
///   step's item_changed to approved, then review_signed with the signature as stored), or sent back with
///   a reason (reauthenticated, item_changed to sent back, review_sent_back). Older approved items were
///   reviewed on paper: the first signer of the paper form — a section chief or leader who is not the
///   author — attests it as ItemService::attestPaperReview does (reauthenticated, paper_review_recorded
///   with the paper reviewers, the form's number 纸质审查单〔year〕n号, the attester's id, printed name and
///   role; item_changed to approved). Only then are publications recorded, dated on or after the approval
///   and never in the future, then submissions to upper agencies and their adoptions, by the publisher or
///   by the item's author (publication_added, submission_added, item_changed, as addPublication,
///   addSubmission and setDistribution write them); no item marked 不予公开 is published. A few are
///   withdrawn by their author afterwards (item_withdrawn).
/// - Work records: entered by an author on the day each was held (work_record_added).
///
/// Rows end as those calls leave them: the item's status, creation and last-change time and row
/// version (one more for each save), rounds with their state, next step, end and row version,
/// signatures and paper reviews with the content hash they cover. Ids follow time for items, rounds,
/// signatures and send-backs; publications and submissions are numbered item by item (the services
/// renumber an item's on each of its saves: their ids mean nothing). The audit records use AuditLog's
/// canonical form and hash chain, continue the chain already in the database, run in time order
/// (ties in the order of the calls) and move audit_head to the last one. So `gongkai-cli verify`
/// (AuditVerifier) finds nothing to report, and the records of a demo item are those the services
/// write for the same item and the same steps (test_demo replays items through the services to check
/// it). What is not invented: the sign-ins (login records) the office would have made on the way.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::DemoGenerator)

public:
    /// progress(done, total) is called now and then; returning false cancels (everything rolls back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Throws Error, writing nothing, when the database holds an account or an item (refusal()).
    static DemoSummary generate(Database& db, const DemoOptions& options, const Progress& progress = {});
    /// Why the demo office cannot go into this database (it holds accounts or items), or empty when it can.
    static QString refusal(Database& db);
    /// True when the database was filled by generate().
    static bool isDemo(Database& db);
    /// The demo office's departments, in the order they are created.
    static QStringList departments();
    /// The demo office's accounts: every role is held by someone (for the README and the login screen).
    static QList<DemoAccount> accounts();
    /// The password of every demo account ("Demo2024!", which meets the password rule).
    static QString demoPassword();
};

} // namespace gongkai
