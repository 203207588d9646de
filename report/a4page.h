#pragma once

#include <QtGlobal>

class QPaintDevice;

namespace seqohs::a4 {

// The A4 page the PDF reports lay their documents out on, at 96 units per inch: the readiness
// report, the assessor's report and the roll-up all use these, so that they look alike.
constexpr qreal Dpi = 96.0;
constexpr qreal MmToUnits = Dpi / 25.4;
constexpr qreal PageWidth = 210.0 * MmToUnits;
constexpr qreal PageHeight = 297.0 * MmToUnits;
constexpr qreal MarginSide = 18.0 * MmToUnits;
constexpr qreal MarginTop = 24.0 * MmToUnits;
constexpr qreal MarginBottom = 20.0 * MmToUnits;

// A 96-dpi device that lays a document out the same way on every machine and thread.
QPaintDevice *layoutDevice();

} // namespace seqohs::a4
