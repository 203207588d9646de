#pragma once

#include <QObject>

class QWidget;

// Keeps the mouse wheel from changing a combo box, spin box or date box that the pointer merely
// passes over while the page scrolls: such a box takes the wheel only when it has the keyboard
// focus, and otherwise the wheel scrolls what contains it.
class WheelGuard : public QObject
{
    Q_OBJECT
public:
    explicit WheelGuard(QObject *parent = nullptr);

    // Guards every combo, spin and date box under root (root included), and gives each a focus
    // policy that a wheel cannot take (Qt::StrongFocus).
    void guardChildrenOf(QWidget *root);
    void guard(QWidget *box);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
