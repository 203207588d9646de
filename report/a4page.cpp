#include "a4page.h"

#include <QImage>

namespace seqohs::a4 {

QPaintDevice *layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(qRound(Dpi / 0.0254));
        image.setDotsPerMeterY(qRound(Dpi / 0.0254));
        return image;
    }();
    return &device;
}

} // namespace seqohs::a4
