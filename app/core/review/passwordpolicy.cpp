#include "passwordpolicy.h"

namespace gongkai {

int PasswordPolicy::classesIn(const QString& password)
{
    bool upper = false, lower = false, digit = false, other = false;
    for (const char32_t c : password.toUcs4()) {
        if (QChar::isUpper(c))
            upper = true;
        else if (QChar::isLower(c))
            lower = true;
        else if (QChar::isDigit(c))
            digit = true;
        else
            other = true;
    }
    return int(upper) + int(lower) + int(digit) + int(other);
}

QString PasswordPolicy::problem(const QString& password, const QString& login)
{
    if (password.toUcs4().size() < kMinLength)
        return tr("The password must have at least %1 characters.").arg(kMinLength);
    if (classesIn(password) < kMinClasses)
        return tr("The password must mix at least %1 of: upper-case letters, lower-case letters, digits and "
                  "other characters.")
            .arg(kMinClasses);
    const QString l = login.trimmed();
    if (l.size() >= 3 && password.contains(l, Qt::CaseInsensitive))
        return tr("The password must not contain the login.");
    return {};
}

QString PasswordPolicy::description()
{
    return tr("At least %1 characters, with at least %2 of: upper-case letters, lower-case letters, digits, "
              "other characters.")
        .arg(kMinLength)
        .arg(kMinClasses);
}

} // namespace gongkai
