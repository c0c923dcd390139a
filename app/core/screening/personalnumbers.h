#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace gongkai {

/// The checks that tell a personal number from any other run of digits, and the masked forms a
/// published text may show instead. Digits are ASCII here (callers convert full-width digits).
class PersonalNumbers
{
public:
    /// An 18-character resident ID (GB 11643-1999): region code whose first digit is 1–8, a real birth
    /// date from 1900 to today, and the ISO 7064 MOD 11-2 check character (0–9 or X/x).
    static bool isResidentId18(QStringView id, const QDate& today);
    /// A 15-digit first-generation ID: region code, birth date 19YYMMDD, sequence number.
    static bool isResidentId15(QStringView id);
    /// The check character of the first 17 digits of an 18-digit ID ('0'–'9' or 'X').
    static QChar residentIdCheckCharacter(QStringView first17);
    /// A mainland mobile number: 11 digits starting 13–19.
    static bool isMobile(QStringView digits);
    /// 16–19 digits whose last digit is the Luhn check digit, with an issuer prefix used by bank cards
    /// (3, 4, 5, 6 or 9, or Mastercard's 2221–2720), so that tables of years do not pass.
    static bool isBankCard(QStringView digits);
    /// True when the Luhn (mod 10) check of all the digits passes.
    static bool luhnValid(QStringView digits);

    /// 110101********1234: the region and the last four characters kept.
    static QString maskResidentId(QStringView id);
    /// 138****5678.
    static QString maskMobile(QStringView digits);
    /// 6222 **** **** 1234: the first and last four digits kept.
    static QString maskBankCard(QStringView digits);
};

} // namespace gongkai
