#include "personalnumbers.h"

namespace gongkai {

namespace {
bool allDigits(QStringView s)
{
    for (const QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

int number(QStringView digits)
{
    int n = 0;
    for (const QChar c : digits)
        n = n * 10 + (c.unicode() - u'0');
    return n;
}

/// Region codes start with 1–8 (华北 … 港澳台); 0 and 9 are not used.
bool plausibleRegion(QStringView id)
{
    return id.at(0) >= u'1' && id.at(0) <= u'8';
}
} // namespace

QChar PersonalNumbers::residentIdCheckCharacter(QStringView first17)
{
    static constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static constexpr char kCheck[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - u'0') * kWeights[i];
    return QLatin1Char(kCheck[sum % 11]);
}

bool PersonalNumbers::isResidentId18(QStringView id, const QDate& today)
{
    if (id.size() != 18 || !allDigits(id.left(17)) || !plausibleRegion(id))
        return false;
    const QChar last = id.at(17);
    if (!(last >= u'0' && last <= u'9') && last != u'X' && last != u'x')
        return false;
    const int year = number(id.mid(6, 4));
    const QDate birth(year, number(id.mid(10, 2)), number(id.mid(12, 2)));
    if (year < 1900 || !birth.isValid() || birth > today)
        return false;
    return residentIdCheckCharacter(id.left(17)) == last.toUpper();
}

bool PersonalNumbers::isResidentId15(QStringView id)
{
    if (id.size() != 15 || !allDigits(id) || !plausibleRegion(id))
        return false;
    return QDate(1900 + number(id.mid(6, 2)), number(id.mid(8, 2)), number(id.mid(10, 2))).isValid();
}

bool PersonalNumbers::isMobile(QStringView digits)
{
    return digits.size() == 11 && allDigits(digits) && digits.at(0) == u'1' && digits.at(1) >= u'3';
}

bool PersonalNumbers::luhnValid(QStringView digits)
{
    if (digits.isEmpty() || !allDigits(digits))
        return false;
    int sum = 0;
    bool doubled = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (doubled) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubled = !doubled;
    }
    return sum % 10 == 0;
}

bool PersonalNumbers::isBankCard(QStringView digits)
{
    if (digits.size() < 16 || digits.size() > 19 || !luhnValid(digits))
        return false;
    switch (digits.at(0).unicode()) {
    case u'3':
    case u'4':
    case u'5':
    case u'6':
    case u'9':
        return true;
    case u'2': {
        const int prefix = number(digits.left(4));
        return prefix >= 2221 && prefix <= 2720;
    }
    default:
        return false;
    }
}

QString PersonalNumbers::maskResidentId(QStringView id)
{
    if (id.size() <= 10)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(6).toString() + QString(id.size() - 10, QLatin1Char('*')) +
           id.right(4).toString().toUpper();
}

QString PersonalNumbers::maskMobile(QStringView digits)
{
    if (digits.size() != 11)
        return QString(digits.size(), QLatin1Char('*'));
    return digits.left(3).toString() + QStringLiteral("****") + digits.right(4).toString();
}

QString PersonalNumbers::maskBankCard(QStringView digits)
{
    if (digits.size() < 8)
        return QString(digits.size(), QLatin1Char('*'));
    // The middle is always shown as two groups, so the mask does not tell the card's length either.
    return digits.left(4).toString() + QStringLiteral(" **** **** ") + digits.right(4).toString();
}

} // namespace gongkai
