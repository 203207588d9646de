#include "windows/mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("seqohs-tracker"));
    QApplication::setApplicationDisplayName(QStringLiteral("SEQOHS Tracker"));
    QApplication::setOrganizationName(QStringLiteral("seqohs-tracker"));
    QApplication::setApplicationVersion(QStringLiteral(SEQOHS_VERSION));

    MainWindow window;
    window.show();
    return QApplication::exec();
}
