// The "standards" command group: list, show and validate standards sets and crosswalks, write
// the spreadsheet template and import a filled-in spreadsheet.

#include "command.h"
#include "workspacecli.h"

#include "catalogue/crosswalkformat.h"
#include "catalogue/spreadsheetimport.h"
#include "catalogue/standardsformat.h"
#include "catalogue/standardslibrary.h"
#include "common/savefile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <optional>

using namespace seqohs;

namespace {

enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

const QString programName = QStringLiteral("seqohs-tracker-cli");

QString synopsis()
{
    return QStringLiteral(
        "standards list [--json]                 the bundled standards sets\n"
        "standards show ID|FILE [--json]         a set's domains, standards and criteria\n"
        "standards validate FILE...              check standards and crosswalk files\n"
        "standards template --out FILE.csv       the spreadsheet template for import-csv\n"
        "standards import-csv FILE.csv --out FILE.json --id ID --title TITLE");
}

struct Subcommand
{
    QString name;
    QString usage;       // the usage line
    QString description; // what it does, for --help
};

int printErrors(QTextStream &err, const ErrorList &errors)
{
    for (const Error &e : errors)
        err << e.toString() << '\n';
    return Failure;
}

int usageError(QTextStream &err, const QString &message, const QString &usage)
{
    err << programName << ": " << message << '\n' << "Usage: " << usage << '\n';
    return Usage;
}

// Parses a sub-command's arguments (args[0] "standards", args[1] the sub-command). Returns an
// exit code when the command should stop here (help printed, or a usage error).
std::optional<int> parseArgs(QCommandLineParser &parser, const QStringList &args,
                             const Subcommand &sub, QTextStream &out, QTextStream &err)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  WorkspaceCli::tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList argv{programName + QLatin1String(" standards ") + sub.name};
    argv << args.mid(2);
    if (!parser.parse(argv))
        return usageError(err, parser.errorText(), sub.usage);
    if (parser.isSet(help)) {
        out << "Usage: " << sub.usage << "\n\n" << sub.description << '\n';
        QString options = parser.helpText();
        const qsizetype at = options.indexOf(QLatin1String("Options:"));
        if (at >= 0) {
            options = options.mid(at);
            const qsizetype argsAt = options.indexOf(QLatin1String("\nArguments:"));
            out << '\n' << (argsAt >= 0 ? options.left(argsAt + 1) : options);
        }
        return Success;
    }
    return std::nullopt;
}

QCommandLineOption jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"),
                              WorkspaceCli::tr("Print JSON instead of text."));
}

int countItems(const StandardsSet &set)
{
    return int(set.assessables().size());
}

QJsonObject summaryJson(const StandardsSet &set)
{
    int standards = 0;
    for (const Domain &d : set.domains)
        standards += int(d.standards.size());
    QJsonObject o;
    o.insert(QStringLiteral("id"), set.id);
    o.insert(QStringLiteral("title"), set.title);
    o.insert(QStringLiteral("edition"), set.edition);
    o.insert(QStringLiteral("version"), set.version);
    o.insert(QStringLiteral("provenance"), provenanceToString(set.provenance));
    o.insert(QStringLiteral("domains"), int(set.domains.size()));
    o.insert(QStringLiteral("standards"), standards);
    o.insert(QStringLiteral("assessableItems"), countItems(set));
    o.insert(QStringLiteral("contentHash"), QString::fromLatin1(StandardsFormat::contentHash(set)));
    return o;
}

int runList(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Subcommand sub{
        QStringLiteral("list"), QStringLiteral("seqohs-tracker-cli standards list [--json]"),
        WorkspaceCli::tr("Lists the standards sets bundled with the program. The default set "
                         "is marked with *. A summary set is our own wording of public facts, "
                         "not the official text.")};
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    if (const auto code = parseArgs(parser, args, sub, out, err))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, WorkspaceCli::tr("'standards list' takes no arguments"), sub.usage);

    QJsonArray array;
    QStringList lines;
    ErrorList problems;
    for (const QString &id : StandardsLibrary::bundledIds()) {
        const Expected<StandardsSet> set = StandardsLibrary::bundled(id);
        if (!set) {
            problems << set.errors();
            continue;
        }
        QJsonObject o = summaryJson(*set);
        o.insert(QStringLiteral("default"), id == StandardsLibrary::defaultId());
        array << o;
        // The count right-aligned in three digits, so that the columns line up.
        const int count = countItems(*set);
        const QString items = WorkspaceCli::tr("%n item(s)", nullptr, count);
        const int padding = std::max(0, 3 - int(QString::number(count).size()));
        lines << QStringLiteral("%1 %2  %3  %4  %5")
                     .arg(id == StandardsLibrary::defaultId() ? QLatin1Char('*') : QLatin1Char(' '))
                     .arg(id, -22)
                     .arg(provenanceToString(set->provenance), -8)
                     .arg(items, int(items.size()) + padding)
                     .arg(set->title);
    }
    if (parser.isSet(json))
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    else
        out << lines.join(QLatin1Char('\n')) << '\n';
    if (!problems.isEmpty())
        return printErrors(err, problems);
    return Success;
}

QString tagsText(const QStringList &tags)
{
    return tags.isEmpty()
               ? QString()
               : QLatin1String("  [") + tags.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString currencyText(const CurrencyRule &rule)
{
    QStringList parts;
    if (rule.coverMonths > 0)
        parts << WorkspaceCli::tr("covers %n month(s)", nullptr, rule.coverMonths);
    if (rule.refreshMonths > 0)
        parts << WorkspaceCli::tr("refresh every %n month(s)", nullptr, rule.refreshMonths);
    return parts.isEmpty()
               ? QString()
               : QLatin1String("  (") + parts.join(QLatin1String(", ")) + QLatin1Char(')');
}

int runShow(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Subcommand sub{
        QStringLiteral("show"),
        QStringLiteral("seqohs-tracker-cli standards show ID|FILE [--json]"),
        WorkspaceCli::tr("Shows a bundled set (by id) or a set in a file: its domains, "
                         "standards and criteria with their codes, levels and tags. With "
                         "--json, prints the set in the canonical file format.")};
    QCommandLineParser parser;
    const QCommandLineOption json = jsonOption();
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("ID|FILE"),
                                 WorkspaceCli::tr("A bundled set id or a file."));
    if (const auto code = parseArgs(parser, args, sub, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return usageError(err, WorkspaceCli::tr("'standards show' needs one set id or file"),
                          sub.usage);

    const Expected<StandardsSet> set = StandardsLibrary::resolve(parser.positionalArguments()[0]);
    if (!set)
        return printErrors(err, set.errors());
    if (parser.isSet(json)) {
        out << QString::fromUtf8(StandardsFormat::write(*set));
        return Success;
    }
    out << set->title << '\n';
    out << WorkspaceCli::tr("id: %1   year: %2   version: %3   provenance: %4")
               .arg(set->id, set->edition, set->version, provenanceToString(set->provenance))
        << '\n';
    if (set->isSummary())
        out << WorkspaceCli::tr("This is a summary in our own words, not the official wording.")
            << '\n';
    if (!set->attribution.isEmpty())
        out << set->attribution << '\n';
    for (const Domain &domain : set->domains) {
        out << '\n' << domain.code << "  " << domain.title << tagsText(domain.appliesTo) << '\n';
        for (const Standard &standard : domain.standards) {
            out << "  " << standard.code << "  " << standard.title;
            if (standard.criteria.isEmpty()) {
                out << "  {" << levelToString(standard.level) << '}' << tagsText(standard.appliesTo)
                    << currencyText(standard.currency);
            } else {
                out << tagsText(standard.appliesTo);
            }
            out << '\n';
            for (const Criterion &criterion : standard.criteria) {
                out << "    " << criterion.code << "  " << criterion.title << "  {"
                    << levelToString(criterion.level) << '}' << tagsText(criterion.appliesTo)
                    << currencyText(criterion.currency) << '\n';
            }
        }
    }
    return Success;
}

// The crosswalk's sets: from the files given on the same command line first, then bundled.
std::optional<StandardsSet> findSet(const QString &id, const QList<StandardsSet> &given)
{
    for (const StandardsSet &set : given) {
        if (set.id == id)
            return set;
    }
    if (StandardsLibrary::bundledIds().contains(id)) {
        Expected<StandardsSet> set = StandardsLibrary::bundled(id);
        if (set)
            return *set;
    }
    return std::nullopt;
}

int runValidate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Subcommand sub{
        QStringLiteral("validate"), QStringLiteral("seqohs-tracker-cli standards validate FILE..."),
        WorkspaceCli::tr(
            "Checks standards set and crosswalk files (told apart by their \"format\" field) and "
            "prints every problem with the file and the place in it. A crosswalk is also checked "
            "against the two sets it names, taken from the files given or the bundled sets. "
            "Exits with 1 when any file has a problem.")};
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE..."), WorkspaceCli::tr("Files to check."));
    if (const auto code = parseArgs(parser, args, sub, out, err))
        return *code;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(err, WorkspaceCli::tr("'standards validate' needs at least one file"),
                          sub.usage);

    struct Pending
    {
        QString path;
        Crosswalk crosswalk;
    };
    QList<StandardsSet> sets;
    QList<Pending> crosswalks;
    bool failed = false;
    for (const QString &path : files) {
        // Peek at the format only to choose the reader; the reader reports any damage itself.
        QFile file(path);
        bool isCrosswalk = false;
        if (file.open(QIODevice::ReadOnly) && file.size() < 16 * 1024 * 1024) {
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
            isCrosswalk =
                doc.isObject() && doc.object().value(QStringLiteral("format")).toString() ==
                                      QLatin1String(CrosswalkFormat::FormatName);
        }
        if (isCrosswalk) {
            const Expected<Crosswalk> crosswalk = CrosswalkFormat::readFile(path);
            if (!crosswalk) {
                failed = true;
                printErrors(err, crosswalk.errors());
                continue;
            }
            crosswalks << Pending{path, *crosswalk};
            continue;
        }
        const Expected<StandardsSet> set = StandardsFormat::readFile(path);
        if (!set) {
            failed = true;
            printErrors(err, set.errors());
            continue;
        }
        sets << *set;
        out << WorkspaceCli::tr("%1: OK: standards set %2, %3, %4")
                   .arg(path, set->id,
                        WorkspaceCli::tr("%n domain(s)", nullptr, int(set->domains.size())),
                        WorkspaceCli::tr("%n assessable item(s)", nullptr, countItems(*set)))
            << '\n';
    }
    for (const Pending &pending : crosswalks) {
        const std::optional<StandardsSet> from = findSet(pending.crosswalk.fromSetId, sets);
        const std::optional<StandardsSet> to = findSet(pending.crosswalk.toSetId, sets);
        ErrorList problems;
        if (!from || !to) {
            problems << Error{
                WorkspaceCli::tr("The crosswalk refers to the set \"%1\", which is neither "
                                 "bundled nor among the valid files given")
                    .arg(!from ? pending.crosswalk.fromSetId : pending.crosswalk.toSetId),
                pending.path,
                QStringLiteral("$.") + (!from ? QLatin1String("fromSet") : QLatin1String("toSet")),
                WorkspaceCli::tr("Name the set's file on the same command line.")};
        } else {
            problems = CrosswalkFormat::validate(pending.crosswalk, *from, *to, pending.path);
        }
        if (!problems.isEmpty()) {
            failed = true;
            printErrors(err, problems);
            continue;
        }
        out << WorkspaceCli::tr("%1: OK: crosswalk %2 -> %3, %n mapping(s)", nullptr,
                                int(pending.crosswalk.mappings.size()))
                   .arg(pending.path, pending.crosswalk.fromSetId, pending.crosswalk.toSetId)
            << '\n';
    }
    return failed ? Failure : Success;
}

QCommandLineOption outOption()
{
    return QCommandLineOption({QStringLiteral("o"), QStringLiteral("out")},
                              WorkspaceCli::tr("Write to FILE (replaced only when all went well)."),
                              QStringLiteral("FILE"));
}

int runTemplate(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Subcommand sub{
        QStringLiteral("template"),
        QStringLiteral("seqohs-tracker-cli standards template --out FILE.csv"),
        WorkspaceCli::tr("Writes the spreadsheet template for 'standards import-csv': the "
                         "header row and two example rows to replace. Open it in a "
                         "spreadsheet, fill in one row per criterion and save it as CSV "
                         "(UTF-8).")};
    QCommandLineParser parser;
    const QCommandLineOption outFile = outOption();
    parser.addOption(outFile);
    if (const auto code = parseArgs(parser, args, sub, out, err))
        return *code;
    if (!parser.positionalArguments().isEmpty())
        return usageError(err, WorkspaceCli::tr("'standards template' takes no arguments"),
                          sub.usage);
    if (parser.value(outFile).isEmpty())
        return usageError(err, WorkspaceCli::tr("--out FILE.csv is required"), sub.usage);
    const Status saved =
        saveFileAtomically(parser.value(outFile), SpreadsheetImport::templateCsv());
    if (!saved)
        return printErrors(err, saved.errors());
    out << WorkspaceCli::tr("Wrote the template to %1").arg(parser.value(outFile)) << '\n';
    return Success;
}

int runImport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Subcommand sub{
        QStringLiteral("import-csv"),
        QStringLiteral("seqohs-tracker-cli standards import-csv FILE.csv --out FILE.json --id ID "
                       "--title TITLE [--year YEAR] [--publisher P] [--set-version V] "
                       "[--effective-date DATE] [--official]"),
        WorkspaceCli::tr(
            "Builds a standards set from a spreadsheet saved as CSV from the template. Every "
            "problem is listed by row and column, and nothing is written unless the whole sheet "
            "is right. Use --official when the sheet holds the owner's wording; the set is "
            "otherwise marked as a summary.")};
    QCommandLineParser parser;
    const QCommandLineOption outFile = outOption();
    const QCommandLineOption id(QStringLiteral("id"), WorkspaceCli::tr("The new set's id."),
                                QStringLiteral("ID"));
    const QCommandLineOption title(
        QStringLiteral("title"), WorkspaceCli::tr("The new set's title."), QStringLiteral("TITLE"));
    const QCommandLineOption year(
        QStringLiteral("year"),
        WorkspaceCli::tr("The year of the edition the sheet holds, e.g. 2023."),
        QStringLiteral("YEAR"));
    // The former name of --year, until the next release: "edition" means a standards set
    // elsewhere (init --edition SET), so it should not also mean a year here.
    QCommandLineOption formerYear(QStringLiteral("edition"),
                                  WorkspaceCli::tr("Former name of --year."),
                                  QStringLiteral("YEAR"));
    formerYear.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption publisher(QStringLiteral("publisher"),
                                       WorkspaceCli::tr("Who publishes the set."),
                                       QStringLiteral("P"));
    const QCommandLineOption version(QStringLiteral("set-version"),
                                     WorkspaceCli::tr("The data's own version, e.g. 1.0."),
                                     QStringLiteral("V"));
    const QCommandLineOption date(QStringLiteral("effective-date"),
                                  WorkspaceCli::tr("When the set took effect (YYYY-MM-DD)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption official(QStringLiteral("official"),
                                      WorkspaceCli::tr("The sheet holds the official wording."));
    for (const QCommandLineOption &o :
         {outFile, id, title, year, formerYear, publisher, version, date, official})
        parser.addOption(o);
    parser.addPositionalArgument(QStringLiteral("FILE.csv"),
                                 WorkspaceCli::tr("The filled-in spreadsheet."));
    if (const auto code = parseArgs(parser, args, sub, out, err))
        return *code;
    if (parser.positionalArguments().size() != 1)
        return usageError(err, WorkspaceCli::tr("'standards import-csv' needs one CSV file"),
                          sub.usage);
    if (parser.value(outFile).isEmpty())
        return usageError(err, WorkspaceCli::tr("--out FILE.json is required"), sub.usage);
    if (parser.value(id).isEmpty() || parser.value(title).isEmpty())
        return usageError(err, WorkspaceCli::tr("--id and --title are required"), sub.usage);

    SpreadsheetImport::ImportOptions options;
    options.id = parser.value(id);
    options.title = parser.value(title);
    if (parser.isSet(formerYear)) {
        if (parser.isSet(year) && parser.value(year) != parser.value(formerYear))
            return usageError(
                err, WorkspaceCli::tr("--edition is the former name of --year; give one of them"),
                sub.usage);
        err << WorkspaceCli::tr(
                   "seqohs-tracker-cli: --edition is deprecated here and will be removed; use "
                   "--year.")
            << '\n';
    }
    options.edition = parser.isSet(year) ? parser.value(year) : parser.value(formerYear);
    options.publisher = parser.value(publisher);
    options.version = parser.value(version);
    if (parser.isSet(date)) {
        options.effectiveDate = QDate::fromString(parser.value(date), Qt::ISODate);
        if (!options.effectiveDate.isValid())
            return usageError(err, WorkspaceCli::tr("--effective-date must be YYYY-MM-DD"),
                              sub.usage);
    }
    options.provenance = parser.isSet(official) ? StandardsSet::Provenance::Official
                                                : StandardsSet::Provenance::Summary;

    const QString csvPath = parser.positionalArguments()[0];
    QFile file(csvPath);
    if (!QFileInfo(csvPath).isFile() || !file.open(QIODevice::ReadOnly)) {
        return printErrors(err,
                           {Error{WorkspaceCli::tr("Cannot read the file"), csvPath, QString(),
                                  WorkspaceCli::tr("Check the name and that you may read it.")}});
    }
    if (file.size() > 16 * 1024 * 1024) {
        return printErrors(
            err, {Error{WorkspaceCli::tr("The file is too large for a standards spreadsheet"),
                        csvPath, QString(), QString()}});
    }
    const Expected<StandardsSet> set = SpreadsheetImport::import(file.readAll(), csvPath, options);
    if (!set)
        return printErrors(err, set.errors());
    const Status saved = saveFileAtomically(parser.value(outFile), StandardsFormat::write(*set));
    if (!saved)
        return printErrors(err, saved.errors());
    out << WorkspaceCli::tr("Wrote %1: standards set %2 (%3), %4, %5")
               .arg(parser.value(outFile), set->id, provenanceToString(set->provenance),
                    WorkspaceCli::tr("%n domain(s)", nullptr, int(set->domains.size())),
                    WorkspaceCli::tr("%n assessable item(s)", nullptr, countItems(*set)))
        << '\n';
    return Success;
}

int run(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const QString usage = QStringLiteral("Usage:\n") + [] {
        QString text;
        for (const QString &line : synopsis().split(QLatin1Char('\n')))
            text += QStringLiteral("  seqohs-tracker-cli %1\n").arg(line);
        return text;
    }();
    if (args.size() < 2) {
        err << usage;
        return Usage;
    }
    const QString &command = args.at(1);
    if (command == QLatin1String("--help") || command == QLatin1String("-h") ||
        command == QLatin1String("help")) {
        out << usage;
        return Success;
    }
    if (command == QLatin1String("list"))
        return runList(args, out, err);
    if (command == QLatin1String("show"))
        return runShow(args, out, err);
    if (command == QLatin1String("validate"))
        return runValidate(args, out, err);
    if (command == QLatin1String("template"))
        return runTemplate(args, out, err);
    if (command == QLatin1String("import-csv"))
        return runImport(args, out, err);
    err << programName << ": unknown standards command '" << command << "'\n" << usage;
    return Usage;
}

Command standardsGroup()
{
    return Command{QStringLiteral("standards"), synopsis(), 19, run};
}

} // namespace

SEQOHS_REGISTER_COMMAND(standardsGroup)
