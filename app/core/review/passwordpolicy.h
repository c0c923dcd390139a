#pragma once

#include <QCoreApplication>
#include <QString>

namespace gongkai {

/// The password rule (GB/T 22239 level 2-3 practice): at least 8 characters drawn from at least 3 of
/// the 4 classes upper-case letters, lower-case letters, digits and other characters, and not
/// containing the login.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::PasswordPolicy)

public:
    static constexpr int kMinLength = 8;
    static constexpr int kMinClasses = 3;

    /// Why the password is not acceptable (translated), or empty when it is.
    static QString problem(const QString& password, const QString& login = {});
    /// How many of the 4 classes the password uses.
    static int classesIn(const QString& password);
    /// A translated one-line description of the rule, for the password dialogs.
    static QString description();
};

} // namespace gongkai
