#pragma once

#include "bulkinserter.h"

#include "domain/auditrecord.h"
#include "domain/item.h"
#include "domain/reviewchain.h"
#include "domain/reviewround.h"
#include "domain/role.h"
#include "screening/itemscreening.h"
#include "storage/database.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QRandomGenerator;

namespace gongkai {

class DemoTrail;

/// The life of each demo item, written as the services would have written it: created by its author
/// (ItemService::create, with the pre-screen's record when it finds something), reviewed in the program
/// (ReviewService::submit, approve, sendBack: rounds, signatures, send-backs, each signer re-entering
/// their password) or, for older items, attested as reviewed on paper by a signer of the office
/// (ItemService::attestPaperReview), published and submitted to upper agencies by the publisher or the
/// author (addPublication, addSubmission, setDistribution for an adoption) and perhaps withdrawn by its
/// author (withdraw). Each step writes the rows and the audit records of that service call at the time
/// it happened (DemoTrail); nobody signs their own item, each step has the right role and department.
class DemoHistory
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

    /// items: the items' inserter (every other row references an item). electronicFrom: the first day
    /// reviewed in the program. end: no step lies later (now, or the end of the demo's last day).
    DemoHistory(Database& db, QRandomGenerator& rng, QList<Account> accounts, ReviewChain chain,
                const QDate& electronicFrom, const QDateTime& end, DemoTrail& trail);
    ~DemoHistory();
    DemoHistory(const DemoHistory&) = delete;
    DemoHistory& operator=(const DemoHistory&) = delete;

    /// Whether an item drafted on that day with that status gets review rounds (rather than a paper review).
    bool reviewedInProgram(const QDate& drafted, ItemStatus status) const;
    /// The author to record for an item reviewed in the program: a section chief's own item would have
    /// nobody to sign its first step, so it goes to a plain author of the department when there is one.
    qint64 authorFor(qint64 author, qint64 departmentId) const;

    /// Plans the review the item's status asks for (Draft: none; UnderReview, Rejected: a round in the
    /// program; Approved, Published, Withdrawn: a round or a paper review) for an item its author
    /// created at that time. Returns when it was approved, or an invalid time when it was not (a step
    /// without a signer: the item stays under review and item.status says so).
    QDateTime planReview(Item& item, const QDateTime& created);
    /// Writes the item planned last (its final status, publications and submissions given) and
    /// schedules every step of its history. recorder: who records its publications, submissions and
    /// adoptions (the publisher, or the author); withdrawn: its author withdraws it at the end.
    void add(Item item, qint64 recorder, bool withdrawn);
    /// Writes the rows still pending (call after the trail has run every step).
    void finish();

    qint64 rounds() const { return m_rounds; }
    qint64 signatures() const { return m_signatures; }
    qint64 paperReviews() const { return m_paperReviews; }
    qint64 publications() const { return m_publicationsWritten; }
    qint64 submissions() const { return m_submissionsWritten; }

private:
    struct Story;
    struct Paper
    {
        QString reviewers;
        const Account* attester = nullptr;
        QDate lastDay;
    };

    const Account* signerFor(const Item& item, int step, const QList<qint64>& taken) const;
    const Account* account(qint64 id) const;
    Paper paperReview(const Item& item);
    QDateTime clamp(const QDateTime& t) const { return t < m_end ? t : m_end; }
    QDateTime onDay(const QDate& day, int secondsAfterOpening) const;
    QJsonObject screeningRecord(const ItemScreeningResult& result) const;

    // The steps, run by the trail in time order.
    void created(Story& story);
    void submitted(Story& story);
    void signedStep(Story& story, int index);
    void sentBack(Story& story);
    void attested(Story& story);
    void published(Story& story, int index);
    void submittedTo(Story& story, int index);
    void adopted(Story& story, int index);
    void withdrew(Story& story);
    void setStatus(Story& story, const QDateTime& at, const Actor& actor, ItemStatus status);
    void saveChildren(Story& story, const Actor& actor, AuditEvent event, const Item& next);

    Database& m_db;
    QRandomGenerator& m_rng;
    QList<Account> m_accounts;
    ReviewChain m_chain;
    QJsonObject m_chainJson;
    QString m_chainText;
    QDate m_electronicFrom;
    QDateTime m_end;
    DemoTrail& m_trail;
    ItemScreening m_screening;
    QStringList m_sendBackReasons;
    QStringList m_comments;
    QString m_overrideReason;
    QString m_paperForm;
    QString m_paperStep;
    QString m_paperSeparator;
    QHash<int, int> m_formNumbers; ///< paper forms attested so far, by year

    BulkInserter m_items;
    BulkInserter m_publicationRows;
    BulkInserter m_submissionRows;
    BulkInserter m_roundRows;
    BulkInserter m_signatureRows;
    BulkInserter m_sendBackRows;
    BulkInserter m_paperRows;

    std::shared_ptr<Story> m_pending; ///< planned by planReview(), written by add()
    qint64 m_roundId = 0;
    qint64 m_signatureId = 0;
    qint64 m_sendBackId = 0;
    qint64 m_rounds = 0;
    qint64 m_signatures = 0;
    qint64 m_paperReviews = 0;
    qint64 m_publicationsWritten = 0;
    qint64 m_submissionsWritten = 0;
};

} // namespace gongkai
