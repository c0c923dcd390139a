#include "passwordhasher.h"

#include "../error.h"

#include <QByteArray>
#include <QCoreApplication>

#include <sodium.h>

#include <atomic>

namespace gongkai {

namespace {
std::atomic<bool> g_fast{false};

void initialise()
{
    // sodium_init() is idempotent and thread-safe; it fails only without a random source.
    static const bool ok = sodium_init() >= 0;
    if (!ok)
        throw Error(QCoreApplication::translate("gongkai::PasswordHasher",
                                                "The cryptography library could not be initialised."));
}
} // namespace

QString PasswordHasher::hash(const QString& password)
{
    initialise();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const bool fast = g_fast.load();
    const unsigned long long ops = fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const size_t mem = fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), ops, mem) != 0)
        throw Error(QCoreApplication::translate("gongkai::PasswordHasher",
                                                "Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& hash, const QString& password)
{
    initialise();
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size())) == 0;
}

void PasswordHasher::setFastHashingForTests(bool fast)
{
    g_fast.store(fast);
}

} // namespace gongkai
