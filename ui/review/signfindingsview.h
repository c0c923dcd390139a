#pragma once

#include <QWidget>

namespace gongkai::ui {

struct SignTarget;

/// What the pre-screen found in the item a signer is about to sign or send back: every finding, in
/// the text and the attachments, and the reason the author gave for submitting despite high ones.
/// Each signer sees the same list, so each answers for having seen it.
class SignFindingsView : public QWidget
{
    Q_OBJECT

public:
    explicit SignFindingsView(const SignTarget& target, QWidget* parent = nullptr);
};

} // namespace gongkai::ui
