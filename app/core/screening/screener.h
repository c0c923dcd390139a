#pragma once

#include "screening/screeningresult.h"
#include "screening/wordlist.h"

#include <QDate>
#include <QStringView>

#include <memory>

namespace gongkai {

/// The confidentiality pre-screen: finds classification and internal-use markings, personal data
/// (resident IDs, mobile numbers, bank cards, e-mail addresses) and the terms of a word list in a text,
/// in one pass for all markings and terms, whatever the size of the list.
///
/// Building a screener compiles the word list (milliseconds for thousands of terms); keep it and screen
/// many texts with it. Copies share the compiled list; screen() is const and safe to call from several
/// threads at once.
class Screener
{
public:
    /// Screens for markings and personal data only.
    Screener();
    explicit Screener(const WordList& words);
    ~Screener();
    Screener(const Screener&);
    Screener& operator=(const Screener&);

    const WordList& words() const;

    /// Most findings a result lists (the counts cover all). Default 10,000.
    void setMaxFindings(qsizetype max) { m_maxFindings = max; }
    qsizetype maxFindings() const { return m_maxFindings; }
    /// The date ID numbers' birth dates must not pass; today unless set (for tests).
    void setToday(const QDate& today) { m_today = today; }

    ScreeningResult screen(QStringView text) const;

    /// Characters of context kept on each side of a finding.
    static constexpr int kContextLength = 15;

private:
    struct Compiled;
    static std::shared_ptr<const Compiled> compile(const WordList& words);

    std::shared_ptr<const Compiled> m_compiled;
    qsizetype m_maxFindings = 10000;
    QDate m_today;
};

} // namespace gongkai
