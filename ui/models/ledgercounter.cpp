#include "ledgercounter.h"

#include "error.h"
#include "storage/database.h"
#include "storage/ledgerquery.h"

#include <QMutexLocker>

namespace gongkai::ui {

LedgerCounter::LedgerCounter(const Database& source) : m_source(&source) {}

// Runs on the worker thread (deleteLater after the thread finished), where the clone was made.
LedgerCounter::~LedgerCounter() = default;

void LedgerCounter::request(quint64 generation, const LedgerFilter& filter)
{
    m_latest.storeRelease(generation);
    QMetaObject::invokeMethod(
        this, [this, generation, filter] { count(generation, filter); }, Qt::QueuedConnection);
}

void LedgerCounter::detachSource()
{
    QMutexLocker lock(&m_sourceMutex);
    m_source = nullptr;
}

void LedgerCounter::count(quint64 generation, const LedgerFilter& filter)
{
    // A newer request is queued behind this one: its answer is the one that will be shown.
    if (generation != m_latest.loadAcquire())
        return;
    try {
        if (!m_clone) {
            // The lock keeps the source alive while its settings are read; the owner detaches it
            // before destroying the database.
            QMutexLocker lock(&m_sourceMutex);
            if (!m_source)
                return;
            m_clone = m_source->clone();
        }
        const qint64 n = LedgerQuery(*m_clone).count(filter);
        emit counted(generation, n);
    } catch (const Error& e) {
        emit failed(generation, e.message());
    } catch (const std::exception& e) {
        emit failed(generation, QString::fromLocal8Bit(e.what()));
    }
}

} // namespace gongkai::ui
