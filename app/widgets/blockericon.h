#pragma once

#include <QIcon>

// The mark of an item that blocks readiness (an unmet must criterion): a red octagon with a
// white bar, a shape no result icon has, always shown beside the words "Blocks readiness".
namespace BlockerIcon {

QIcon icon();

} // namespace BlockerIcon
