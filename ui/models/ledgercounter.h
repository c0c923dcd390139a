#pragma once

#include "domain/ledgerfilter.h"

#include <QAtomicInteger>
#include <QMutex>
#include <QObject>

#include <memory>

namespace gongkai {
class Database;
}

namespace gongkai::ui {

/// Counts the ledger rows matching a filter on a worker thread, through a connection of its own
/// (cloned on that thread), so a slow COUNT(*) over a million rows never blocks the window.
/// Lives in its own QThread; the owner calls request() from the GUI thread.
class LedgerCounter : public QObject
{
    Q_OBJECT
public:
    explicit LedgerCounter(const Database& source);
    ~LedgerCounter() override;

    /// Asks for a count; only the latest request's answer matters, older ones are skipped.
    /// Thread-safe.
    void request(quint64 generation, const LedgerFilter& filter);
    /// Forgets the source database; call before the source goes away. Thread-safe.
    void detachSource();

signals:
    void counted(quint64 generation, qint64 count);
    void failed(quint64 generation, const QString& message);

private:
    void count(quint64 generation, const LedgerFilter& filter);

    QMutex m_sourceMutex;
    const Database* m_source;
    std::unique_ptr<Database> m_clone; ///< created and used on the worker thread only
    QAtomicInteger<quint64> m_latest = 0;
};

} // namespace gongkai::ui
