#include "palettes.h"

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QWidget>

#include <cmath>
#include <functional>

namespace Palettes {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    const QColor c = colour.toRgb();
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor &from, const QColor &to, double t)
{
    const QColor a = from.toRgb();
    const QColor b = to.toRgb();
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// The colour nearest `wanted` on the way to `safe` that still reads on `background`: a binary
// search on the mix, since contrast grows steadily towards the safe end.
QColor readable(const QColor &wanted, const QColor &safe, const QColor &background, double ratio)
{
    if (contrastRatio(wanted, background) >= ratio)
        return wanted;
    if (contrastRatio(safe, background) < ratio)
        return safe;
    double low = 0.0;  // too faint
    double high = 1.0; // readable
    for (int i = 0; i < 20; ++i) {
        const double middle = (low + high) / 2.0;
        if (contrastRatio(mix(wanted, safe, middle), background) >= ratio)
            high = middle;
        else
            low = middle;
    }
    return mix(wanted, safe, high);
}

// Keeps a widget's foreground in step with the application palette. The colour is computed from
// the application's palette for the widget, so the widget's own change does not feed back.
class Follower : public QObject
{
public:
    Follower(QWidget *widget, std::function<QColor(const QPalette &)> colour);
    ~Follower() override;

    void setColour(std::function<QColor(const QPalette &)> colour)
    {
        m_colour = std::move(colour);
        apply();
    }

    void apply()
    {
        if (!m_widget)
            return;
        const QPalette base = QApplication::palette(m_widget);
        QPalette p = m_widget->palette();
        const QColor c = m_colour(base);
        for (QPalette::ColorGroup g : {QPalette::Active, QPalette::Inactive})
            for (QPalette::ColorRole r : {QPalette::WindowText, QPalette::Text})
                p.setColor(g, r, c);
        m_widget->setPalette(p);
    }

private:
    QPointer<QWidget> m_widget;
    std::function<QColor(const QPalette &)> m_colour;
};

// One watcher on the application for every follower: the application, not each widget, is
// told when its palette changes.
class PaletteWatcher : public QObject
{
public:
    // The watcher if there is one yet (none once the application has gone).
    static QPointer<PaletteWatcher> &existing()
    {
        static QPointer<PaletteWatcher> watcher;
        return watcher;
    }

    static PaletteWatcher *instance()
    {
        QPointer<PaletteWatcher> &watcher = existing();
        if (!watcher) {
            watcher = new PaletteWatcher(qApp);
            qApp->installEventFilter(watcher);
        }
        return watcher;
    }

    QList<Follower *> followers;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            for (Follower *f : std::as_const(followers))
                f->apply();
        }
        return false;
    }

private:
    using QObject::QObject;
};

Follower::Follower(QWidget *widget, std::function<QColor(const QPalette &)> colour)
    : QObject(widget)
    , m_widget(widget)
    , m_colour(std::move(colour))
{
    setObjectName(QStringLiteral("paletteFollower"));
    PaletteWatcher::instance()->followers << this;
    apply();
}

Follower::~Follower()
{
    if (PaletteWatcher *watcher = PaletteWatcher::existing())
        watcher->followers.removeOne(this);
}

Follower *followerOf(QWidget *widget)
{
    return widget->findChild<Follower *>(QStringLiteral("paletteFollower"),
                                         Qt::FindDirectChildrenOnly);
}

void follow(QWidget *widget, std::function<QColor(const QPalette &)> colour)
{
    if (Follower *f = followerOf(widget))
        f->setColour(std::move(colour));
    else
        new Follower(widget, std::move(colour));
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor secondaryText(const QPalette &palette, QPalette::ColorRole background)
{
    const QColor bg = palette.color(QPalette::Active, background);
    const QPalette::ColorRole textRole =
        background == QPalette::Window ? QPalette::WindowText : QPalette::Text;
    const QColor text = palette.color(QPalette::Active, textRole);
    // Start halfway to the background and come back towards the text only as far as needed.
    return readable(mix(text, bg, 0.5), text, bg, MinimumTextContrast);
}

QColor statusText(const QColor &status, const QPalette &palette, QPalette::ColorRole background)
{
    const QColor bg = palette.color(QPalette::Active, background);
    const QPalette::ColorRole textRole =
        background == QPalette::Window ? QPalette::WindowText : QPalette::Text;
    return readable(status, palette.color(QPalette::Active, textRole), bg, MinimumTextContrast);
}

QColor statusCellText(const QColor &status, const QPalette &palette)
{
    return statusText(statusText(status, palette, QPalette::Base), palette,
                      QPalette::AlternateBase);
}

QColor secondaryCellText(const QPalette &palette)
{
    return statusText(secondaryText(palette, QPalette::Base), palette, QPalette::AlternateBase);
}

void makeSecondary(QWidget *widget)
{
    follow(widget, [](const QPalette &p) { return secondaryText(p); });
}

void setStatusText(QWidget *widget, const QColor &status)
{
    follow(widget, [status](const QPalette &p) { return statusText(status, p); });
}

} // namespace Palettes
