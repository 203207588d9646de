#include "testsupport.h"

#include "dialogs/aboutdialog.h"
#include "windows/mainwindow.h"

#include <QApplication>
#include <QMenu>
#include <QMenuBar>

TEST_CASE("The main window shows the product name and its six menus")
{
    MainWindow window;
    window.show();
    CHECK(window.windowTitle().contains(QStringLiteral("SEQOHS Tracker")));

    QStringList titles;
    const QList<QAction *> actions = window.menuBar()->actions();
    for (QAction *a : actions)
        titles << a->text().remove(QLatin1Char('&'));
    CHECK(titles == QStringList{QStringLiteral("File"), QStringLiteral("Edit"),
                                QStringLiteral("View"), QStringLiteral("Workspace"),
                                QStringLiteral("Submission"), QStringLiteral("Help")});
}

TEST_CASE("The About box names the licence and the owner of SEQOHS")
{
    const QString text = AboutDialog::aboutText();
    CHECK(text.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(text.contains(QStringLiteral("Faculty of Occupational Medicine")));
    CHECK(text.contains(QStringLiteral("independent")));
    AboutDialog dialog;
    dialog.show();
    CHECK(dialog.isVisible());
}
