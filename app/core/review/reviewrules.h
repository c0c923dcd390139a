#pragma once

#include "../domain/item.h"
#include "../domain/reviewround.h"
#include "../domain/user.h"

#include <QCoreApplication>
#include <QList>

namespace gongkai {

/// The rules of signing a step, decided from plain data (no database), so the GUI can ask them too
/// (to enable a button, or to say why not) and the tests can check each one.
///
/// In the order they are checked: the administrator never signs; a round that was sent back,
/// withdrawn or approved cannot be signed; no step before the previous one; nobody signs their own
/// item; one person signs at most one step of a round; only the role the step names, and, when the
/// step says so, only from the item's department.
class ReviewRules
{
    Q_DECLARE_TR_FUNCTIONS(gongkai::ReviewRules)

public:
    /// Throws RuleError when user may not sign (or send back) step of round.
    static void checkSigner(const User& user, const Item& item, const ReviewRound& round, int step);
    /// Whether user may sign the round's next step now (for inboxes).
    static bool canSignNext(const User& user, const Item& item, const ReviewRound& round);
    /// Whether user holds the step's role (and belongs to the item's department when the step says so).
    static bool fitsStep(const User& user, const Item& item, const ReviewStep& step);
    /// The step the user means when they do not say: the next one, or, when they fit only a later step,
    /// that one (so the answer is "not before the previous step" rather than "wrong role").
    static int intendedStep(const User& user, const Item& item, const ReviewRound& round);
    /// Problems that would leave a step without a possible signer: the steps of chain that no active
    /// account other than the author could sign. Empty when every step has someone.
    static QList<int> unsignableSteps(const ReviewChain& chain, const Item& item, const QList<User>& users);
    /// "step 1 (科室负责人初审)".
    static QString stepName(const ReviewChain& chain, int step);
};

} // namespace gongkai
