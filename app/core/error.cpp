#include "error.h"

#include <QStringList>

namespace gongkai {

Error::Error(QString message) : m_message(std::move(message)), m_utf8(m_message.toUtf8()) {}

DbError::DbError(const QString& message, QString sql, QString driverText)
    : Error(driverText.isEmpty() ? message : message + QStringLiteral(": ") + driverText),
      m_sql(std::move(sql)), m_driverText(std::move(driverText))
{
}

static QString joinFieldErrors(const QList<FieldError>& errors)
{
    QStringList parts;
    for (const FieldError& e : errors)
        parts << e.message;
    return parts.join(QStringLiteral("; "));
}

ValidationError::ValidationError(QList<FieldError> errors)
    : Error(joinFieldErrors(errors)), m_errors(std::move(errors))
{
}

} // namespace gongkai
