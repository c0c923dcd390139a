#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

class QIODevice;

namespace gongkai {

class Database;

/// Writes work records as CSV (UTF-8 with BOM, Chinese headers; see workrecordcsvformat.h), in date
/// order, in the columns WorkRecordImporter reads back.
class WorkRecordExporter
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::WorkRecordExporter)

public:
    explicit WorkRecordExporter(Database& db);
    /// The records held from from to to (inclusive; invalid: open). Returns how many were written;
    /// throws Error when the device cannot be written.
    int write(QIODevice* device, const QDate& from = {}, const QDate& to = {});
    QByteArray exportData(const QDate& from = {}, const QDate& to = {}, int* count = nullptr);
    /// Writes the file whole or not at all; throws Error.
    int exportFile(const QString& path, const QDate& from = {}, const QDate& to = {});

private:
    Database& m_db;
};

} // namespace gongkai
