#include "wheelguard.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QEvent>
#include <QWidget>

WheelGuard::WheelGuard(QObject *parent)
    : QObject(parent)
{
}

void WheelGuard::guardChildrenOf(QWidget *root)
{
    if (qobject_cast<QComboBox *>(root) || qobject_cast<QAbstractSpinBox *>(root))
        guard(root);
    for (QComboBox *box : root->findChildren<QComboBox *>())
        guard(box);
    for (QAbstractSpinBox *box : root->findChildren<QAbstractSpinBox *>())
        guard(box);
}

void WheelGuard::guard(QWidget *box)
{
    // WheelFocus would hand the focus to the box on the first turn of the wheel.
    box->setFocusPolicy(Qt::StrongFocus);
    box->removeEventFilter(this);
    box->installEventFilter(this);
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Wheel) {
        auto *box = qobject_cast<QWidget *>(watched);
        if (box && !box->hasFocus()) {
            // Ignored and filtered: the application passes it on to the parent, which scrolls.
            event->ignore();
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}
