#pragma once

#include <QString>
#include <QList>

#include <exception>

namespace gongkai {

/// Base of every error the core reports; the message is user-facing (translated) text.
class Error : public std::exception
{
public:
    explicit Error(QString message);
    const QString& message() const noexcept { return m_message; }
    const char* what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

/// A database operation failed; carries the SQL and the driver's text.
class DbError : public Error
{
public:
    DbError(const QString& message, QString sql, QString driverText);
    const QString& sql() const noexcept { return m_sql; }
    const QString& driverText() const noexcept { return m_driverText; }

private:
    QString m_sql;
    QString m_driverText;
};

/// Someone else changed the record since it was read (optimistic locking).
class ConflictError : public Error
{
public:
    using Error::Error;
};

/// One field of a record that failed validation.
struct FieldError
{
    QString field;   ///< machine name of the field, e.g. "title"
    QString message; ///< translated explanation
};

/// A record failed validation; lists every failing field.
class ValidationError : public Error
{
public:
    explicit ValidationError(QList<FieldError> errors);
    const QList<FieldError>& errors() const noexcept { return m_errors; }

private:
    QList<FieldError> m_errors;
};

} // namespace gongkai
