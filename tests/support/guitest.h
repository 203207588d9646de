#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QAction;
class QMainWindow;
class QWidget;

// Helpers for GUI tests that act as a person does: find what is on screen by its visible
// text and trigger it, never by calling a window's slots.
namespace guitest {

// Makes an empty workspace named name (a file "name.seqohs" in folder) on the bundled standards
// set, for a service that serves the NHS, for the test to open as a person would; its path.
QString makeNhsWorkspace(const QString &folder, const QString &name);

// The visible text of an action or menu without its mnemonic marker and trailing ellipsis.
QString plainText(const QString &text);

// The action reached by a menu path such as "File/Open…" (mnemonics and the ellipsis are
// ignored). Null if the path leads nowhere.
QAction *menuAction(QMainWindow *window, const QString &path);

// Every action of the menu bar with its path ("File/Open recent/x.seqohs").
QStringList menuPaths(QMainWindow *window);

// Triggers the menu action at path as a person would (enabled and visible, or the test fails).
// Fails the test if no such action exists.
void triggerMenu(QMainWindow *window, const QString &path);

// Runs fn on the next modal dialog (or message box) that opens while action() runs. The
// handler receives the dialog's top-level widget; it must accept, reject or close it.
// objectName, when given, waits for that dialog: one opened from a dialog already open.
void whenDialogOpens(const std::function<void(QWidget *)> &handler, const QString &objectName = {});

// A button of the widget tree under root whose visible text (without mnemonic) is text.
QWidget *buttonWithText(QWidget *root, const QString &text);

} // namespace guitest
