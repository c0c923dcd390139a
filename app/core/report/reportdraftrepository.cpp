#include "reportdraftrepository.h"

#include "../error.h"
#include "../storage/auditlog.h"
#include "../storage/database.h"

#include <QJsonDocument>

namespace gongkai {

ReportDraftRepository::ReportDraftRepository(Database& db) : m_db(db) {}

std::optional<ReportDraft> ReportDraftRepository::get(const QString& periodKey) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT sections, row_version, updated_at, updated_by FROM report_drafts"
                                 " WHERE period_key = :k"),
                  {{QStringLiteral("k"), periodKey}});
    if (!q.next())
        return std::nullopt;
    ReportDraft d;
    d.periodKey = periodKey;
    d.sections = ReportSections::fromJson(QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    d.rowVersion = q.value(1).toInt();
    d.updatedAt = Database::timeFrom(q.value(2));
    d.updatedBy = q.value(3).toString();
    q.finish();
    return d;
}

ReportDraft ReportDraftRepository::loadOrPrefill(const ReportPeriod& period) const
{
    if (auto stored = get(period.key()))
        return *stored;
    ReportDraft d;
    d.periodKey = period.key();
    const ReportPeriod previous = period.previous();
    if (const auto before = get(previous.key())) {
        d.sections = before->sections;
        d.sections.problems.clear();
        d.prefilledFrom = previous.key();
    }
    return d;
}

int ReportDraftRepository::save(const QString& periodKey, const ReportSections& sections,
                                int expectedRowVersion)
{
    TransactionGuard guard(m_db, TransactionMode::Immediate);
    const auto before = get(periodKey);
    const int current = before ? before->rowVersion : 0;
    if (current != expectedRowVersion)
        throw ConflictError(tr("The report text of %1 was changed by %2 meanwhile. Reload it and try again.")
                                .arg(periodKey, before ? before->updatedBy : QString()));
    const QString text = QString::fromUtf8(QJsonDocument(sections.toJson()).toJson(QJsonDocument::Compact));
    const QVariantMap binds = {{QStringLiteral("k"), periodKey},
                               {QStringLiteral("s"), text},
                               {QStringLiteral("t"), m_db.toDb(m_db.nowUtc())},
                               {QStringLiteral("u"), m_db.actor().login},
                               {QStringLiteral("v"), current + 1}};
    if (before)
        m_db.exec(QStringLiteral("UPDATE report_drafts SET sections = :s, updated_at = :t, updated_by = :u,"
                                 " row_version = :v WHERE period_key = :k"),
                  binds);
    else
        m_db.exec(QStringLiteral(
                      "INSERT INTO report_drafts (period_key, sections, updated_at, updated_by, row_version)"
                      " VALUES (:k, :s, :t, :u, :v)"),
                  binds);
    QJsonObject was = before ? before->sections.toJson() : QJsonObject{};
    AuditLog(m_db).append({AuditEvent::ReportDraftSaved, true, QStringLiteral("report_draft"), 0,
                           was.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("sections"), was}},
                           QJsonObject{{QStringLiteral("period"), periodKey},
                                       {QStringLiteral("sections"), sections.toJson()}}});
    guard.commit();
    return current + 1;
}

} // namespace gongkai
