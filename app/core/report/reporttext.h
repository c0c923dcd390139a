#pragma once

#include "../domain/item.h"
#include "../domain/role.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace gongkai {

/// The Chinese words of printed reports, whatever the interface language: the paper forms are
/// Chinese documents.
namespace reporttext {

/// 2017年10月6日 (GB/T 9704: Arabic numerals, no leading zeros).
QString date(const QDate& date);
/// A UTC time in local time: 2026年11月21日 10:32.
QString dateTime(const QDateTime& utc);
QString role(Role role);
QString attribute(DisclosureAttribute attribute);
/// The placeholder of an empty field: —.
QString dash();
/// text, or — when it is empty.
QString orDash(const QString& text);

} // namespace reporttext
} // namespace gongkai
