#pragma once

#include "../domain/user.h"
#include "itemimporter.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace gongkai {

class Database;

/// Turns the names an import file uses (departments, categories, channels, authors) into ids. Every
/// list is read once up front, so ten thousand rows cost no per-row lookups. A name the database does
/// not know is remembered in missing(), once, in order of first appearance: what the administrator
/// creates before the import.
class ImportLookup
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ItemImporter)

public:
    explicit ImportLookup(Database& db);

    /// How the last lookup went: found, a name the database lacks (remembered in missing()), or a
    /// problem no new name would solve (a name several entries match, a name used as two kinds).
    enum class Outcome
    {
        Found,
        Missing,
        Problem
    };

    // Each gives the id, or 0 with a translated reason in *error.
    qint64 department(const QString& name, QString* error);
    qint64 category(const QString& name, QString* error);
    /// A publication channel (agency false) or an upper agency (agency true); the kind decides what a
    /// missing name is to be created as, while a known name of the wrong kind is left for the item's
    /// validation to report.
    qint64 channel(const QString& name, bool agency, QString* error);
    /// A login, or a printed name that exactly one user has. department: the row's department as
    /// written, the department a missing author would be created in.
    qint64 author(const QString& text, const QString& department, QString* error);
    Outcome lastOutcome() const { return m_outcome; }

    /// The account with this id as read when the lookup was made, or nullptr.
    const User* user(qint64 id) const;
    const MissingNames& missing() const { return m_missing; }

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

    qint64 found(qint64 id);
    qint64 missing(QStringList* list, const QString& name, const QString& reason, QString* error);
    qint64 problem(const QString& reason, QString* error);

    Index m_departments;
    Index m_categories;
    Index m_channels;
    Index m_logins;
    QHash<QString, QList<qint64>> m_userNames;
    QHash<qint64, User> m_users;
    MissingNames m_missing;
    QSet<QString> m_missingAuthors;
    Outcome m_outcome = Outcome::Found;
};

} // namespace gongkai
