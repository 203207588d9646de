#include "windows/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("seqohs-tracker"));
    QApplication::setApplicationDisplayName(QStringLiteral("SEQOHS Tracker"));
    QApplication::setOrganizationName(QStringLiteral("seqohs-tracker"));
    QApplication::setApplicationVersion(QStringLiteral(SEQOHS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("seqohs-tracker"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Prepare for and review SEQOHS accreditation. With no workspace named, "
                       "the demo workspace opens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QStringLiteral("The workspace (.seqohs) to open."));
    const QCommandLineOption welcome(QStringLiteral("welcome"),
                                     QStringLiteral("Start on the welcome page, not the demo."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Save a picture of the window to FILE and quit (for documentation)."),
        QStringLiteral("FILE"));
    const QCommandLineOption page(QStringLiteral("page"),
                                  QStringLiteral("With --screenshot: dashboard, assessment, "
                                                 "evidence or actions."),
                                  QStringLiteral("PAGE"), QStringLiteral("dashboard"));
    parser.addOption(welcome);
    parser.addOption(screenshot);
    parser.addOption(page);
    parser.process(app);

    MainWindow window;
    window.show();
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty())
        window.openWorkspace(args.first());
    else if (!parser.isSet(welcome))
        window.openDemoWorkspace();

    if (parser.isSet(screenshot)) {
        const QStringList pages{QStringLiteral("dashboard"), QStringLiteral("assessment"),
                                QStringLiteral("evidence"), QStringLiteral("actions")};
        window.showPage(MainWindow::Page(qMax(0, int(pages.indexOf(parser.value(page))))));
        const QString file = parser.value(screenshot);
        QTimer::singleShot(1200, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
