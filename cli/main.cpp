#include "commandgroup.h"
#include "translations.h"
#include "workspacecli.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef SEQOHS_HAVE_REPORT
#include <QApplication>
#endif

#include <cstdio>
#include <memory>

#ifdef SEQOHS_HAVE_REPORT
namespace {

bool needsGui(const QStringList &args)
{
    // Rendering reports (PDF, charts) needs Qt Gui, and Qt Charts need a QApplication: report
    // renders the readiness report, pack create puts it into the pack, review writes the
    // assessor's report. Everything else, demo included (its sample PDFs are written by hand
    // in the core), runs on Qt Core alone.
    static const QStringList guiGroups{QStringLiteral("report"), QStringLiteral("pack"),
                                       QStringLiteral("review")};
    return args.size() > 1 && guiGroups.contains(args.at(1));
}

} // namespace
#endif

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
#ifdef SEQOHS_HAVE_REPORT
    {
        QStringList raw;
        for (int i = 0; i < argc; ++i)
            raw << QString::fromLocal8Bit(argv[i]);
        if (needsGui(raw)) {
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

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);

    if (args.isEmpty()) {
        err << usageText();
        return 2;
    }
    const QString formerName = commandForAlias(args.first());
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
        out << usageText();
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "seqohs-tracker-cli " << SEQOHS_VERSION << '\n';
        return 0;
    }
    for (const CommandGroup &group : commandGroups()) {
        if (group.name == first) {
            int code = group.run(args, out, err);
            if (code == 0 && WorkspaceCli::hadReadFailure())
                code = 1; // what was printed may be incomplete
            out.flush();
            err.flush();
            return code;
        }
    }
    err << QCoreApplication::translate("main", "seqohs-tracker-cli: unknown command '%1'")
               .arg(first)
        << "\n\n"
        << usageText();
    return 2;
}
