#pragma once

#include <QColor>
#include <QPalette>

class QWidget;

// Text colours derived from the palette in use, so a dark or high-contrast palette keeps working,
// and checked against WCAG 2 so secondary and status text stays readable (4.5:1 or better).
namespace Palettes {

// The WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// The ratio every text in the application keeps against its background.
constexpr double MinimumTextContrast = 4.5;

// Quieter than the palette's text but still at least MinimumTextContrast against the
// background role (Window for labels, Base for table cells). Falls back to the text colour
// itself when the palette has no room to be quieter.
QColor secondaryText(const QPalette &palette, QPalette::ColorRole background = QPalette::Window);

// A status colour (teal, amber, red) shifted towards the palette's text colour until it reads
// at MinimumTextContrast against the background role, keeping its hue as far as possible.
QColor statusText(const QColor &status, const QPalette &palette,
                  QPalette::ColorRole background = QPalette::Window);

// The same for text in item views, readable on both the Base and AlternateBase rows.
QColor statusCellText(const QColor &status, const QPalette &palette);
QColor secondaryCellText(const QPalette &palette);

// Shows a label (or any widget) in the secondary text colour, and again whenever the
// application's palette changes.
void makeSecondary(QWidget *widget);

// Shows a widget's text in the status colour, readable on its background, following palette
// changes. Calling it again replaces the colour.
void setStatusText(QWidget *widget, const QColor &status);

} // namespace Palettes
