#include "common/processheap.h"
#include "pdftextreader.h"
#include "translations.h"
#include "windows/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

namespace {
// Made after the translator is installed, so that --help speaks the user's language.
struct Options
{
    QCommandLineOption welcome{
        QStringLiteral("welcome"),
        QCoreApplication::translate("main", "Start on the welcome page, not the demo.")};
    QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QCoreApplication::translate(
            "main", "Save a picture of the window to FILE and quit (for documentation)."),
        QCoreApplication::translate("main", "FILE")};
    QCommandLineOption page{
        QStringLiteral("page"),
        QCoreApplication::translate(
            "main", "With --screenshot: dashboard, assessment, evidence or actions."),
        QCoreApplication::translate("main", "PAGE"), QStringLiteral("dashboard")};
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Prepare for and review SEQOHS accreditation. Give a workspace (.seqohs) to open "
                "it, or a submission pack (.zip) to review it as its assessor. With nothing "
                "named, the demo workspace opens."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QCoreApplication::translate("main", "file"),
        QCoreApplication::translate("main", "A workspace (.seqohs) or a submission pack."));
    parser.addOption(options.welcome);
    parser.addOption(options.screenshot);
    parser.addOption(options.page);
}

void name(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("seqohs-tracker"));
    QCoreApplication::setOrganizationName(QStringLiteral("seqohs-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEQOHS_VERSION));
    Translations::installForUser(app);
}

// --help and --version print and quit; they must work where there is no display, so they are
// answered before a GUI application (which needs one) is made.
bool onlyAsksForInformation(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-?" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char *argv[])
{
    seqohs::ProcessHeap::preferLargePages();
    if (onlyAsksForInformation(argc, argv)) {
        QCoreApplication app(argc, argv);
        name(app);
        const Options options;
        QCommandLineParser parser;
        describe(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    name(app);
    PdfTextReader::install();
    const Options options;
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "SEQOHS Tracker"));
    QApplication::setDesktopFileName(QStringLiteral("seqohs-tracker"));
    QCommandLineParser parser;
    describe(parser, options);
    parser.process(app);

    MainWindow window;
    window.show();
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty())
        window.openFile(args.first());
    else if (!parser.isSet(options.welcome))
        window.openDemoWorkspace();

    if (parser.isSet(options.screenshot)) {
        const QStringList pages{QStringLiteral("dashboard"), QStringLiteral("assessment"),
                                QStringLiteral("evidence"), QStringLiteral("actions")};
        window.showPage(MainWindow::Page(qMax(0, int(pages.indexOf(parser.value(options.page))))));
        const QString file = parser.value(options.screenshot);
        QTimer::singleShot(1200, &window, [&window, file] {
            const bool saved = window.grab().save(file);
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}
