#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace gongkai {

class Database;

/// A report template as stored in report_templates.
struct StoredTemplate
{
    QString kind; ///< "quarterly"
    QString body;
    QDateTime updatedAt; ///< UTC
    QString updatedBy;   ///< login
};

/// Reads and writes report_templates; changes are audited as the connection's actor. The services
/// check who may (ReportTemplateService).
class ReportTemplateRepository
{
public:
    static constexpr const char* kQuarterly = "quarterly";

    explicit ReportTemplateRepository(Database& db);

    std::optional<StoredTemplate> get(const QString& kind) const;
    /// The stored template, or the shipped default when none is stored.
    QString bodyOrDefault(const QString& kind) const;
#ifndef GONGKAI_STORAGE_READ_ONLY // writers: for core's services only (storage/writeaccess.h)
    void set(const QString& kind, const QString& body);
    /// Removes the stored template (back to the default); false when there was none.
    bool clear(const QString& kind);
#endif

private:
    Database& m_db;
};

} // namespace gongkai
