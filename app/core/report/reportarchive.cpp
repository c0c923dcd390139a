#include "reportarchive.h"

#include "../domain/user.h"
#include "../error.h"
#include "../storage/auditlog.h"
#include "../storage/database.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace gongkai {

QuarterlyReport FinalizedReport::report() const
{
    QuarterlyReport r;
    r.figures = QuarterlyFigures::fromJson(QJsonDocument::fromJson(figuresJson.toUtf8()).object());
    r.body = body;
    return r;
}

ReportArchive::ReportArchive(Database& db) : m_db(db) {}

QString ReportArchive::contentHash(const FinalizedReport& r)
{
    const QJsonArray canonical{QStringLiteral("gongkai-report-1"),
                               r.periodKey,
                               QString::number(r.version),
                               r.unit,
                               r.figuresJson,
                               r.body};
    const QByteArray bytes = QJsonDocument(canonical).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool ReportArchive::verify(const FinalizedReport& report)
{
    return report.contentHash == contentHash(report);
}

FinalizedReport ReportArchive::add(const QuarterlyReport& report, const User& by)
{
    const ReportPeriod& p = report.figures.period;
    if (!p.isValid())
        throw Error(tr("The report period is not valid."));
    TransactionGuard guard(m_db, TransactionMode::Immediate);
    FinalizedReport r;
    r.periodKey = p.key();
    r.version = m_db.scalar(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM finalized_reports"
                                           " WHERE period_key = :k"),
                            {{QStringLiteral("k"), r.periodKey}})
                    .toInt() +
                1;
    r.label = p.label();
    r.from = p.from();
    r.to = p.to();
    r.unit = report.figures.unit;
    r.figuresJson = QString::fromUtf8(QJsonDocument(report.figures.toJson()).toJson(QJsonDocument::Compact));
    r.body = report.body;
    r.contentHash = contentHash(r);
    // Milliseconds as stored, so the returned row equals the one read back.
    r.finalizedAt = Database::timeFrom(m_db.toDb(m_db.nowUtc()));
    r.finalizedBy = by.id;
    r.finalizedLogin = by.login;
    r.finalizedName = by.name;
    r.id = m_db.insert(
        QStringLiteral(
            "INSERT INTO finalized_reports (period_key, version, label, date_from, date_to, unit_name,"
            " figures, body, content_hash, finalized_at, finalized_by, finalized_login, finalized_name)"
            " VALUES (:k, :v, :l, :f, :t, :u, :fig, :b, :h, :at, :by, :login, :name) RETURNING id"),
        {{QStringLiteral("k"), r.periodKey},
         {QStringLiteral("v"), r.version},
         {QStringLiteral("l"), r.label},
         {QStringLiteral("f"), m_db.toDb(r.from)},
         {QStringLiteral("t"), m_db.toDb(r.to)},
         {QStringLiteral("u"), r.unit},
         {QStringLiteral("fig"), r.figuresJson},
         {QStringLiteral("b"), r.body},
         {QStringLiteral("h"), r.contentHash},
         {QStringLiteral("at"), m_db.toDb(r.finalizedAt)},
         {QStringLiteral("by"), by.id > 0 ? QVariant(by.id) : QVariant(QMetaType::fromType<qint64>())},
         {QStringLiteral("login"), r.finalizedLogin},
         {QStringLiteral("name"), r.finalizedName}});
    AuditLog(m_db).append({AuditEvent::ReportFinalized,
                           true,
                           QStringLiteral("finalized_report"),
                           r.id,
                           {},
                           QJsonObject{{QStringLiteral("period"), r.periodKey},
                                       {QStringLiteral("version"), r.version},
                                       {QStringLiteral("contentHash"), r.contentHash}}});
    guard.commit();
    return r;
}

QList<FinalizedReport> ReportArchive::select(const QString& where, const QVariantMap& binds) const
{
    QSqlQuery q = m_db.exec(
        QStringLiteral(
            "SELECT r.id, r.period_key, r.version, r.label, r.date_from, r.date_to, r.unit_name, r.figures,"
            " r.body, r.content_hash, r.finalized_at, r.finalized_by, r.finalized_login, r.finalized_name,"
            " (SELECT MAX(v.version) FROM finalized_reports v WHERE v.period_key = r.period_key)"
            " FROM finalized_reports r %1 ORDER BY r.date_to DESC, r.date_from DESC, r.period_key,"
            " r.version DESC")
            .arg(where),
        binds);
    QList<FinalizedReport> out;
    while (q.next()) {
        FinalizedReport r;
        r.id = q.value(0).toLongLong();
        r.periodKey = q.value(1).toString();
        r.version = q.value(2).toInt();
        r.label = q.value(3).toString();
        r.from = Database::dateFrom(q.value(4));
        r.to = Database::dateFrom(q.value(5));
        r.unit = q.value(6).toString();
        r.figuresJson = q.value(7).toString();
        r.body = q.value(8).toString();
        r.contentHash = q.value(9).toString();
        r.finalizedAt = Database::timeFrom(q.value(10));
        r.finalizedBy = q.value(11).toLongLong();
        r.finalizedLogin = q.value(12).toString();
        r.finalizedName = q.value(13).toString();
        r.superseded = q.value(14).toInt() > r.version;
        out << r;
    }
    q.finish();
    return out;
}

std::optional<FinalizedReport> ReportArchive::get(qint64 id) const
{
    const QList<FinalizedReport> rows =
        select(QStringLiteral("WHERE r.id = :id"), {{QStringLiteral("id"), id}});
    if (rows.isEmpty())
        return std::nullopt;
    return rows.constFirst();
}

QList<FinalizedReport> ReportArchive::list(const QString& periodKey) const
{
    if (periodKey.isEmpty())
        return select(QString(), {});
    return select(QStringLiteral("WHERE r.period_key = :k"), {{QStringLiteral("k"), periodKey}});
}

} // namespace gongkai
