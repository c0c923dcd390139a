#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace gongkai {

class Database;

/// Turns the names an import file uses (departments, categories, channels, authors) into ids. Every
/// list is read once up front, so ten thousand rows cost no per-row lookups. With createMissing, an
/// unknown name is created on first use (inside the caller's transaction) and remembered.
class ImportLookup
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemImporter)

public:
    ImportLookup(Database& db, bool createMissing);

    // Each gives the id, or 0 with a translated reason in *error.
    qint64 department(const QString& name, QString* error);
    qint64 category(const QString& name, QString* error);
    /// A publication channel (agency false) or an upper agency (agency true); the kind decides what a
    /// missing name is created as, while a wrong kind is left for the item's validation to report.
    qint64 channel(const QString& name, bool agency, QString* error);
    /// A login, or a printed name that exactly one user has. A missing author is created with the login
    /// author-NNN, the Author role and the given department.
    qint64 author(const QString& text, qint64 departmentId, QString* error);

private:
    /// Names → ids, exactly as stored and folded to lower case for a forgiving second try.
    struct Index
    {
        QHash<QString, qint64> exact;
        QHash<QString, QList<qint64>> folded;
        void add(const QString& name, qint64 id);
        /// The id for name, 0 when unknown, -1 when it matches several only case-insensitively.
        qint64 find(const QString& name) const;
    };

    QString nextAuthorLogin();

    Database& m_db;
    bool m_createMissing;
    Index m_departments;
    Index m_categories;
    Index m_channels;
    Index m_logins;
    QHash<QString, QList<qint64>> m_userNames;
    QSet<QString> m_takenLogins; ///< folded, so generated logins never collide
    int m_createdAuthors = 0;
};

} // namespace gongkai
