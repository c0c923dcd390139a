#pragma once

#include "../domain/role.h"

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
    qint64 paperReviews = 0; ///< older approved or published items, reviewed on paper
    bool cancelled = false; ///< the progress callback cancelled: nothing was written, the counts are 0
    qint64 workRecords = 0; ///< trainings, interviews, press events and reading-room deliveries
};

/// One account of the demo office; every one signs in with DemoGenerator::demoPassword().
struct DemoAccount
{
    QString login;
    QString name; ///< printed name, e.g. 张伟
    QString department;
    QList<Role> roles;
};

/// Fills a migrated database with a realistic demo office: departments, users with every role, the
/// channels and upper agencies, and items with publications and submissions. Fast enough for millions
/// of items (bulk inserts in one transaction). Marks the database as a demo (gongkai_meta 'demo').
///
/// Reviews: the office has used the program's review chain for the last six months before lastDay;
/// items drafted since (and every item still under review or sent back) went through it — rounds,
/// signatures by the right people, send-backs with reasons, and their audit records — while older
/// approved or published items are historical records reviewed on paper. Every account gets the demo
/// password (a demo database says it is one, so its known password is no secret).
class DemoGenerator
{
public:
    /// progress(done, total) is called now and then; returning false cancels (everything rolls back).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    static DemoSummary generate(Database& db, const DemoOptions& options, const Progress& progress = {});
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
