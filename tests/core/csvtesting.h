#pragma once

// Helpers shared by the ledger CSV tests (test_csv, test_csv_access).

#include "reviewoffice.h"

#include "io/itemimporter.h"
#include "storage/auditlog.h"
#include "storage/database.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace gongkai::test {

inline QByteArray utf8(const char* text)
{
    return QByteArray(text);
}

inline QString sha256(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/// Row counts of every table an import may touch: equal before and after means nothing was written.
inline QList<qint64> snapshot(Database& db)
{
    QList<qint64> counts;
    for (const char* table : {"items", "publications", "submissions", "paper_reviews", "departments",
                              "categories", "channels", "users", "user_roles"})
        counts << db.scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))).toLongLong();
    return counts;
}

inline QString describe(const ImportResult& result)
{
    QStringList lines;
    for (const ImportProblem& p : result.problems)
        lines << QStringLiteral("line %1 [%2]: %3").arg(p.line).arg(p.column, p.reason);
    return lines.join(QLatin1Char('\n'));
}

inline QString describe(const NamesResult& result)
{
    QStringList lines;
    for (const ImportProblem& p : result.problems)
        lines << QStringLiteral("line %1 [%2]: %3").arg(p.line).arg(p.column, p.reason);
    return lines.join(QLatin1Char('\n'));
}

inline bool hasProblem(const QList<ImportProblem>& problems, int line, const QString& column,
                       const QString& reason)
{
    for (const ImportProblem& p : problems) {
        if (p.line == line && p.column == column && p.reason.contains(reason))
            return true;
    }
    return false;
}

inline bool hasProblem(const ImportResult& result, int line, const QString& column, const QString& reason)
{
    return hasProblem(result.problems, line, column, reason);
}

/// The signer who attests the test files' paper reviews: 周平, a section chief and leader in charge
/// who wrote none of their items.
inline ImportAttestation attestation(const QString& login = QStringLiteral("zhouping"),
                                     const QString& reviewers = {})
{
    ImportAttestation a;
    a.login = login;
    a.password = ReviewOffice::password();
    a.formRef = QStringLiteral("2023年纸质审查单");
    a.reviewers = reviewers;
    return a;
}

inline ImportOptions historical(const QString& reviewers = {})
{
    ImportOptions options;
    options.attestation = attestation(QStringLiteral("zhouping"), reviewers);
    return options;
}

inline qint64 auditCount(Database& db, const QString& login, AuditEvent event, bool failuresOnly,
                         const QString& objectType = {})
{
    AuditFilter filter;
    filter.login = login;
    filter.events = {event};
    filter.failuresOnly = failuresOnly;
    filter.objectType = objectType;
    return AuditLog(db).count(filter);
}

inline QList<qint64> itemIds(Database& db)
{
    QList<qint64> list;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id FROM items ORDER BY id"));
    while (q.next())
        list << q.value(0).toLongLong();
    return list;
}

inline constexpr const char* kHeader = "标题,信息类别,公开属性,科室,撰稿人,撰稿日期,状态,发布记录,报送记录\n";
inline constexpr const char* kGoodRow =
    "通知一,工作动态,主动公开,办公室,zhangwei,2024-03-01,,门户网站|2024-03-02,"
    "市委办公厅《每日要情》|2024-03-02\n";

inline QByteArray withHeader(const char* rows)
{
    return utf8(kHeader) + utf8(kGoodRow) + utf8(rows);
}

} // namespace gongkai::test
