#include "blockericon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPolygonF>

#include <cmath>

namespace BlockerIcon {

QIcon icon()
{
    static const QIcon cached = [] {
        QIcon result;
        for (int size : {16, 24, 32, 48}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter p(&pixmap);
            p.setRenderHint(QPainter::Antialiasing);
            const double r = size / 2.0 - 0.5;
            const QPointF c(size / 2.0, size / 2.0);
            QPolygonF octagon;
            for (int i = 0; i < 8; ++i) {
                const double a = (22.5 + 45.0 * i) * M_PI / 180.0;
                octagon << c + QPointF(r * std::cos(a), r * std::sin(a));
            }
            p.setPen(QPen(QColor(0x7a, 0x1f, 0x16), size / 16.0));
            p.setBrush(QColor(0xb8, 0x3a, 0x2e));
            p.drawPolygon(octagon);
            const double h = size / 7.0;
            p.setPen(Qt::NoPen);
            p.setBrush(Qt::white);
            p.drawRect(QRectF(size * 0.22, c.y() - h / 2, size * 0.56, h));
            p.end();
            result.addPixmap(pixmap);
        }
        return result;
    }();
    return cached;
}

} // namespace BlockerIcon
