#include "mainwindow.h"

#include "dialogs/aboutdialog.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("SEQOHS Tracker %1").arg(QApplication::applicationVersion()));
    setWindowIcon(QIcon(QStringLiteral(":/icons/seqohs-tracker.svg")));
    createMenus();
    auto *placeholder = new QLabel(tr("Open or create a workspace to begin."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    resize(1200, 780);
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    help->addAction(tr("&About SEQOHS Tracker"), this, &MainWindow::showAbout);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}
