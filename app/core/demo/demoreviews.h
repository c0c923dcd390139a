#pragma once

#include "../domain/item.h"
#include "../domain/reviewchain.h"
#include "../domain/role.h"
#include "../storage/auditlog.h"
#include "../storage/database.h"
#include "bulkinserter.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

class QRandomGenerator;

namespace gongkai {

class Database;

/// The review records of the demo office, written in bulk beside its items: items drafted from the
/// cut-over day on went through the program's review chain (rounds, signatures, send-backs and their
/// audit records), older approved or published items are historical records reviewed on paper. Every
/// record satisfies the rules (nobody signs their own item, one step per person, the step's role and
/// department) and AuditVerifier finds nothing to report.
class DemoReviews
{
public:
    struct Account
    {
        qint64 id = 0;
        QString login;
        QString name;
        qint64 departmentId = 0;
        QList<Role> roles;
    };

    /// items: the items' inserter (rounds and paper reviews reference items). electronicFrom: the first
    /// day reviewed in the program. now: no record lies later.
    DemoReviews(Database& db, QRandomGenerator& rng, QList<Account> accounts, ReviewChain chain,
                const QDate& electronicFrom, const QDateTime& now, BulkInserter& items);
    ~DemoReviews();
    DemoReviews(const DemoReviews&) = delete;
    DemoReviews& operator=(const DemoReviews&) = delete;

    /// Whether an item drafted on that day with that status gets review rounds (rather than a paper review).
    bool reviewedInProgram(const QDate& drafted, ItemStatus status) const;
    /// The author to record for an item reviewed in the program: a section chief's own item would have
    /// nobody to sign its first step, so it goes to a plain author of the department when there is one.
    qint64 authorFor(qint64 author, qint64 departmentId) const;
    /// Writes the review records of one item (already given to the items inserter); opened is the UTC
    /// time its author started it, firstPublished the day of its first publication (or invalid).
    void add(const Item& item, const QDateTime& opened, const QDate& firstPublished);
    /// Writes what is pending: the last rows and the audit records, in time order, chained.
    void finish();

    qint64 rounds() const { return m_roundId - m_firstRoundId; }
    qint64 signatures() const { return m_signatureId - m_firstSignatureId; }
    qint64 paperReviews() const { return m_paperReviews; }

private:
    struct Event
    {
        QDateTime at;
        Actor actor;
        AuditEntry entry;
    };
    const Account* signerFor(const Item& item, int step, const QList<qint64>& taken) const;
    QString paperText(const Item& item, const QDate& drafted);
    QDateTime clamp(const QDateTime& t) const { return t < m_now ? t : m_now; }
    const Account* account(qint64 id) const;

    Database& m_db;
    QRandomGenerator& m_rng;
    QList<Account> m_accounts;
    ReviewChain m_chain;
    QByteArray m_chainJson;
    QDate m_electronicFrom;
    QDateTime m_now;
    std::unique_ptr<BulkInserter> m_rounds;
    std::unique_ptr<BulkInserter> m_signatures;
    std::unique_ptr<BulkInserter> m_sendBacks;
    std::unique_ptr<BulkInserter> m_paper;
    QList<Event> m_events;
    qint64 m_firstRoundId = 0;
    qint64 m_roundId = 0;
    qint64 m_firstSignatureId = 0;
    qint64 m_signatureId = 0;
    qint64 m_sendBackId = 0;
    qint64 m_paperReviews = 0;
};

} // namespace gongkai
