#pragma once

#include "itemimporter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace gongkai {

class Database;

/// Imports work records from CSV (the format in workrecordcsvformat.h): UTF-8 with or without BOM or
/// GB18030/GBK, Chinese or English headers. All or nothing: every problem is reported with its line,
/// column and reason, and any problem leaves the database exactly as it was. Each record added is
/// audited as the connection's actor.
class WorkRecordImporter
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::WorkRecordImporter)

public:
    explicit WorkRecordImporter(Database& db);
    /// Reads the file; a file that cannot be read gives one problem at line 0.
    ImportResult importFile(const QString& path, bool checkOnly = false);
    /// checkOnly: report every problem, import nothing.
    ImportResult importData(const QByteArray& data, bool checkOnly = false);

private:
    Database& m_db;
};

} // namespace gongkai
