#include "statusicons.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using seqohs::AssessmentResult;
using seqohs::Verdict;

namespace StatusIcons {

namespace {

const QColor teal(0x2f, 0x6f, 0x73);
const QColor amber(0xd9, 0x9a, 0x1e);
const QColor red(0xb8, 0x3a, 0x2e);
const QColor slate(0x8c, 0x96, 0xa0);

enum class Shape { Tick, Half, Cross, Empty, Dash, Clock, Warning };

QPixmap draw(Shape shape, const QColor &colour, int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    const qreal pen = qMax(1.5, s / 9.0);
    const QRectF circle(pen, pen, s - 2 * pen, s - 2 * pen);
    QPen outline(colour, pen);
    outline.setCapStyle(Qt::RoundCap);
    outline.setJoinStyle(Qt::RoundJoin);
    switch (shape) {
    case Shape::Tick: {
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawEllipse(circle);
        QPen white(Qt::white, pen * 1.2);
        white.setCapStyle(Qt::RoundCap);
        white.setJoinStyle(Qt::RoundJoin);
        p.setPen(white);
        QPainterPath tick;
        tick.moveTo(s * 0.30, s * 0.52);
        tick.lineTo(s * 0.45, s * 0.66);
        tick.lineTo(s * 0.71, s * 0.36);
        p.drawPath(tick);
        break;
    }
    case Shape::Half: {
        p.setPen(outline);
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(circle);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPie(circle, 90 * 16, 180 * 16);
        break;
    }
    case Shape::Cross: {
        p.setPen(outline);
        p.drawEllipse(circle);
        p.drawLine(QPointF(s * 0.36, s * 0.36), QPointF(s * 0.64, s * 0.64));
        p.drawLine(QPointF(s * 0.64, s * 0.36), QPointF(s * 0.36, s * 0.64));
        break;
    }
    case Shape::Empty:
        p.setPen(QPen(colour, pen, Qt::DotLine));
        p.drawEllipse(circle);
        break;
    case Shape::Dash:
        p.setPen(outline);
        p.drawEllipse(circle);
        p.drawLine(QPointF(s * 0.33, s * 0.5), QPointF(s * 0.67, s * 0.5));
        break;
    case Shape::Clock:
        p.setPen(outline);
        p.drawEllipse(circle);
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.5, s * 0.3));
        p.drawLine(QPointF(s * 0.5, s * 0.5), QPointF(s * 0.66, s * 0.58));
        break;
    case Shape::Warning: {
        QPainterPath triangle;
        triangle.moveTo(s * 0.5, pen);
        triangle.lineTo(s - pen, s - pen);
        triangle.lineTo(pen, s - pen);
        triangle.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawPath(triangle);
        QPen white(Qt::white, pen * 1.1);
        white.setCapStyle(Qt::RoundCap);
        p.setPen(white);
        p.drawLine(QPointF(s * 0.5, s * 0.38), QPointF(s * 0.5, s * 0.64));
        p.drawPoint(QPointF(s * 0.5, s * 0.8));
        break;
    }
    }
    return pm;
}

QIcon icon(Shape shape, const QColor &colour)
{
    static QHash<QString, QIcon> cache;
    const QString key = QString::number(int(shape)) + colour.name();
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QIcon result;
    for (int size : {16, 24, 32, 48})
        result.addPixmap(draw(shape, colour, size));
    cache.insert(key, result);
    return result;
}

} // namespace

QColor resultColour(AssessmentResult result)
{
    switch (result) {
    case AssessmentResult::Met:
        return teal;
    case AssessmentResult::PartiallyMet:
        return amber;
    case AssessmentResult::NotMet:
        return red;
    case AssessmentResult::NotAssessed:
    case AssessmentResult::NotApplicable:
        break;
    }
    return slate;
}

QIcon resultIcon(AssessmentResult result)
{
    switch (result) {
    case AssessmentResult::Met:
        return icon(Shape::Tick, teal);
    case AssessmentResult::PartiallyMet:
        return icon(Shape::Half, amber);
    case AssessmentResult::NotMet:
        return icon(Shape::Cross, red);
    case AssessmentResult::NotApplicable:
        return icon(Shape::Dash, slate);
    case AssessmentResult::NotAssessed:
        break;
    }
    return icon(Shape::Empty, slate);
}

QColor verdictColour(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready:
        return teal;
    case Verdict::NearlyReady:
        return amber;
    case Verdict::NotReady:
        break;
    }
    return red;
}

QIcon verdictIcon(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Ready:
        return icon(Shape::Tick, teal);
    case Verdict::NearlyReady:
        return icon(Shape::Half, amber);
    case Verdict::NotReady:
        break;
    }
    return icon(Shape::Cross, red);
}

QColor currencyColour(Currency currency)
{
    switch (currency) {
    case Currency::Current:
        return teal;
    case Currency::ExpiringSoon:
        return amber;
    case Currency::Expired:
        return red;
    case Currency::None:
        break;
    }
    return slate;
}

QIcon currencyIcon(Currency currency)
{
    switch (currency) {
    case Currency::Current:
        return icon(Shape::Tick, teal);
    case Currency::ExpiringSoon:
        return icon(Shape::Clock, amber);
    case Currency::Expired:
        return icon(Shape::Warning, red);
    case Currency::None:
        break;
    }
    return icon(Shape::Empty, slate);
}

QString currencyText(Currency currency)
{
    switch (currency) {
    case Currency::Current:
        return QCoreApplication::translate("StatusIcons", "Current");
    case Currency::ExpiringSoon:
        return QCoreApplication::translate("StatusIcons", "Expires before the visit");
    case Currency::Expired:
        return QCoreApplication::translate("StatusIcons", "Expired");
    case Currency::None:
        break;
    }
    return QCoreApplication::translate("StatusIcons", "No review date");
}

QIcon mustIcon()
{
    static const QIcon cached = [] {
        QIcon result;
        for (int size : {16, 24, 32}) {
            QPixmap pm(size, size);
            pm.fill(Qt::transparent);
            QPainter p(&pm);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x4a, 0x55, 0x68));
            p.drawRoundedRect(QRectF(1, 1, size - 2, size - 2), size / 5.0, size / 5.0);
            QFont f;
            f.setBold(true);
            f.setPixelSize(int(size * 0.7));
            p.setFont(f);
            p.setPen(Qt::white);
            p.drawText(QRectF(0, 0, size, size), Qt::AlignCenter, QStringLiteral("M"));
            result.addPixmap(pm);
        }
        return result;
    }();
    return cached;
}

} // namespace StatusIcons
