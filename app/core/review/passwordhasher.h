#pragma once

#include <QString>

namespace gongkai {

/// Argon2id password hashes through libsodium (crypto_pwhash_str / crypto_pwhash_str_verify), in
/// libsodium's self-describing string form ($argon2id$v=19$m=…,t=…,p=1$salt$hash), so the cost can
/// rise later without breaking stored hashes.
class PasswordHasher
{
public:
    /// Hashes with libsodium's interactive limits (64 MiB, 2 passes); throws Error when out of memory.
    static QString hash(const QString& password);
    /// True when the password matches; false for a wrong password or a malformed hash.
    static bool verify(const QString& hash, const QString& password);
    /// Tests only: the smallest limits libsodium allows, so a test suite hashing hundreds of passwords
    /// stays fast. The hashes stay Argon2id and verify as usual.
    static void setFastHashingForTests(bool fast);
};

} // namespace gongkai
