#include "reporttemplaterepository.h"

#include "../storage/auditlog.h"
#include "../storage/database.h"
#include "quarterlytext.h"

#include <QJsonObject>

namespace gongkai {

ReportTemplateRepository::ReportTemplateRepository(Database& db) : m_db(db) {}

std::optional<StoredTemplate> ReportTemplateRepository::get(const QString& kind) const
{
    QSqlQuery q =
        m_db.exec(QStringLiteral("SELECT body, updated_at, updated_by FROM report_templates WHERE kind = :k"),
                  {{QStringLiteral("k"), kind}});
    if (!q.next())
        return std::nullopt;
    StoredTemplate t{kind, q.value(0).toString(), Database::timeFrom(q.value(1)), q.value(2).toString()};
    q.finish();
    return t;
}

QString ReportTemplateRepository::bodyOrDefault(const QString& kind) const
{
    const auto stored = get(kind);
    return stored ? stored->body : QuarterlyText::defaultTemplate();
}

void ReportTemplateRepository::set(const QString& kind, const QString& body)
{
    TransactionGuard guard(m_db, TransactionMode::Immediate);
    const auto before = get(kind);
    const QString was = before ? before->body : QuarterlyText::defaultTemplate();
    m_db.exec(QStringLiteral("DELETE FROM report_templates WHERE kind = :k"), {{QStringLiteral("k"), kind}});
    m_db.exec(QStringLiteral("INSERT INTO report_templates (kind, body, updated_at, updated_by)"
                             " VALUES (:k, :b, :t, :u)"),
              {{QStringLiteral("k"), kind},
               {QStringLiteral("b"), body},
               {QStringLiteral("t"), m_db.toDb(m_db.nowUtc())},
               {QStringLiteral("u"), m_db.actor().login}});
    AuditLog(m_db).append({AuditEvent::ReportTemplateChanged, true, QStringLiteral("report_template"), 0,
                           QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("body"), was}},
                           QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("body"), body}}});
    guard.commit();
}

bool ReportTemplateRepository::clear(const QString& kind)
{
    TransactionGuard guard(m_db, TransactionMode::Immediate);
    const auto before = get(kind);
    if (!before) {
        guard.commit();
        return false;
    }
    m_db.exec(QStringLiteral("DELETE FROM report_templates WHERE kind = :k"), {{QStringLiteral("k"), kind}});
    AuditLog(m_db).append(
        {AuditEvent::ReportTemplateChanged, true, QStringLiteral("report_template"), 0,
         QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("body"), before->body}},
         QJsonObject{{QStringLiteral("kind"), kind}, {QStringLiteral("default"), true}}});
    guard.commit();
    return true;
}

} // namespace gongkai
