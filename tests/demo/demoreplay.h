#pragma once

#include "domain/auditrecord.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace gongkai {
class Database;
}

namespace gongkai::test {

/// One audit record as read back, its before/after parsed.
struct TrailRecord
{
    AuditRecord record;
    QJsonObject before;
    QJsonObject after;
};

/// The whole audit trail of a database, in order.
QList<TrailRecord> trailOf(Database& db);

/// The records of one item's history: those about the item, its signatures, and each signer's password
/// check that starts a signature, send-back or attestation (the record just before, at the same time).
QList<TrailRecord> itemHistory(Database& db, const QList<TrailRecord>& trail, qint64 itemId);

/// The records as the demo test compares them: time, actor, event, object and values, with the ids
/// that differ between two databases (the item's, its round's and signatures') masked.
QStringList comparable(const QList<TrailRecord>& history);

/// The rows of an item as the demo test compares them: the item (status, times, row version), its
/// publications and submissions, its rounds with their signatures and send-backs, its paper review;
/// ids masked.
QStringList rowsOf(Database& db, qint64 itemId);

/// Does again, through the services (ItemService, ReviewService) in fresh — a database with the same
/// office and its clock set to each step's time — what the history of the demo item says was done, each
/// step signed in as the user its record names. Returns the new item's id; throws what a service throws.
qint64 replayThroughServices(Database& demo, qint64 itemId, Database& fresh, const QString& password);

} // namespace gongkai::test
