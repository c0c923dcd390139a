#include "officesettings.h"

#include "../error.h"
#include "../storage/auditlog.h"
#include "../storage/database.h"

#include <QJsonObject>

namespace gongkai {

namespace {
const QString kUnitKey = QStringLiteral("unit_name");
constexpr int kMaxUnitName = 100;

QVariant stored(Database& db)
{
    return db.scalar(QStringLiteral("SELECT value FROM gongkai_meta WHERE key = :k"),
                     {{QStringLiteral("k"), kUnitKey}});
}
} // namespace

QString OfficeSettings::placeholderUnitName()
{
    return QStringLiteral("（单位名称）");
}

QString OfficeSettings::unitName(Database& db)
{
    const QString name = stored(db).toString();
    return name.isEmpty() ? placeholderUnitName() : name;
}

bool OfficeSettings::hasUnitName(Database& db)
{
    return !stored(db).toString().isEmpty();
}

void OfficeSettings::setUnitName(Database& db, const QString& name)
{
    const QString value = name.simplified();
    if (value.isEmpty() || value.size() > kMaxUnitName)
        throw ValidationError({{QStringLiteral("unit_name"),
                                tr("The unit's name must have 1 to %1 characters.").arg(kMaxUnitName)}});
    TransactionGuard guard(db, TransactionMode::Immediate);
    const QString before = stored(db).toString();
    if (before == value) {
        guard.commit();
        return;
    }
    db.exec(QStringLiteral("DELETE FROM gongkai_meta WHERE key = :k"), {{QStringLiteral("k"), kUnitKey}});
    db.exec(QStringLiteral("INSERT INTO gongkai_meta (key, value) VALUES (:k, :v)"),
            {{QStringLiteral("k"), kUnitKey}, {QStringLiteral("v"), value}});
    QJsonObject was;
    if (!before.isEmpty())
        was.insert(kUnitKey, before);
    AuditLog(db).append({AuditEvent::SettingChanged, true, QStringLiteral("setting"), 0, was,
                         QJsonObject{{kUnitKey, value}}});
    guard.commit();
}

} // namespace gongkai
