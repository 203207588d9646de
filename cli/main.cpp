#include "command.h"
#include "common/processheap.h"
#include "translations.h"
#include "workspace/folderimportrule.h"
#include "workspacecli.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef SEQOHS_HAVE_REPORT
#include "pdftextreader.h"

#include <QApplication>
#endif

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    seqohs::ProcessHeap::preferLargePages();
    // An argument whose bytes are not UTF-8 (a file name from another system, say) would be
    // read with its odd bytes replaced, and name a file that does not exist: say so instead.
    for (int i = 1; i < argc; ++i) {
        const QByteArray bytes(argv[i]);
        if (QString::fromUtf8(bytes).toUtf8() != bytes) {
            QTextStream(stderr)
                << QStringLiteral("seqohs-tracker-cli: argument %1 (%2) is not valid UTF-8. If "
                                  "it names a file, rename the file (for example with the convmv "
                                  "tool), then try again.")
                       .arg(i)
                       .arg(seqohs::FolderImportRule::displayName(bytes))
                << '\n';
            return 2;
        }
    }
    std::unique_ptr<QCoreApplication> app;
#ifdef SEQOHS_HAVE_REPORT
    {
        QStringList raw;
        for (int i = 0; i < argc; ++i)
            raw << QString::fromLocal8Bit(argv[i]);
        // The command says whether it renders with Qt Gui (charts, PDF pages); everything
        // else, demo included, runs on Qt Core alone and needs no display.
        const Command *command = raw.size() > 1 ? Command::find(raw.at(1)) : nullptr;
        if (command && command->needsGui(raw.mid(1))) {
            // A headless tool: render offscreen unless the user chose a platform.
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QApplication>(argc, argv);
        }
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("seqohs-tracker-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("seqohs-tracker"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SEQOHS_VERSION));
    Translations::installForUser(*app);
#ifdef SEQOHS_HAVE_REPORT
    // The personal-data check reads PDFs where Qt PDF is built in.
    PdfTextReader::install();
#endif

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);

    if (args.isEmpty()) {
        err << Command::usageText();
        return 2;
    }
    const QString formerName = Command::forAlias(args.first());
    if (!formerName.isEmpty()) {
        // stdout stays exactly as the new name's, so scripts that read it keep working.
        err << QCoreApplication::translate("main", "seqohs-tracker-cli: '%1' is deprecated and "
                                                   "will be removed; use '%2'.")
                   .arg(args.first(), formerName)
            << '\n';
        args[0] = formerName;
    }
    const QString first = args.first();
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        out << Command::usageText();
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "seqohs-tracker-cli " << SEQOHS_VERSION << '\n';
        return 0;
    }
    if (const Command *command = Command::find(first)) {
        int code = command->run(args, out, err);
        WorkspaceCli::rememberWrittenWorkspaces();
        if (code == 0 && WorkspaceCli::hadReadFailure())
            code = 1; // what was printed may be incomplete
        out.flush();
        err.flush();
        return code;
    }
    err << QCoreApplication::translate("main", "seqohs-tracker-cli: unknown command '%1'")
               .arg(first)
        << "\n\n"
        << Command::usageText();
    return 2;
}
