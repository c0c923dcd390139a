#pragma once

#include <QWidget>

#include <algorithm>

namespace gongkai::ui {

/// Makes a dialog tall enough for its word-wrapped labels at its current width (their height depends
/// on the width, which a plain size hint does not know), e.g. after an error message appeared.
inline void fitHeight(QWidget* dialog)
{
    const int needed = std::max(dialog->heightForWidth(dialog->width()), dialog->minimumSizeHint().height());
    if (dialog->height() < needed)
        dialog->resize(dialog->width(), needed);
}

} // namespace gongkai::ui
