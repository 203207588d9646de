// The "evidence" command group: add files, folders, links and statements; list; export.

#include "command.h"
#include "interruption.h"
#include "workspacecli.h"

#include "common/clock.h"
#include "workspace/folderimportrule.h"
#include "workspace/personaldataguard.h"
#include "workspace/sha256.h"
#include "workspace/workspace.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <functional>

using namespace seqohs;
using Cli = WorkspaceCli;

namespace {

const QString usageAdd = QStringLiteral(
    "seqohs-tracker-cli evidence add -w FILE (FILE...|--folder DIR|--link URL|--statement TEXT) "
    "--criteria ID,... [--title T] [--description D] [--date D] [--review-by D] "
    "[--covers-from D] [--covers-to D] [--owner O] [--personal-data] [--allow-personal-data]");

// Progress on stderr for files big enough to make the user wait.
class ImportProgress
{
public:
    ImportProgress(QTextStream &err, const QString &name)
        : m_err(err)
        , m_name(name)
    {
        m_timer.start();
    }
    ~ImportProgress()
    {
        if (m_shown) {
            m_err << '\n';
            m_err.flush();
        }
    }
    bool operator()(qint64 done, qint64 total)
    {
        if (Interruption::requested())
            return false; // the file being copied is dropped whole; the ones before stay
        if (total < 32 * 1024 * 1024 || m_timer.elapsed() < m_nextMs)
            return true;
        m_nextMs = m_timer.elapsed() + 500;
        m_err << '\r'
              << WorkspaceCli::tr("Importing %1: %2%")
                     .arg(m_name)
                     .arg(total > 0 ? done * 100 / total : 100);
        m_err.flush();
        m_shown = true;
        return true;
    }

private:
    QTextStream &m_err;
    QString m_name;
    QElapsedTimer m_timer;
    qint64 m_nextMs = 500;
    bool m_shown = false;
};

// Prints what the guard found and returns false when the import must stop.
bool personalDataAllowed(const QString &what, const PersonalDataGuard::Result &scan, bool allowed,
                         QTextStream &err, QMap<QString, int> *notScanned = nullptr)
{
    if (!scan.scanned) {
        // A folder of many PDFs gets one note with the count, not one note per file.
        if (notScanned) {
            ++(*notScanned)[scan.notScannedReason];
            return true;
        }
        err << WorkspaceCli::tr("Note: %1: %2 Make sure it holds no patient-identifiable data.")
                   .arg(what, scan.notScannedReason)
            << '\n';
        return true;
    }
    if (scan.findings.isEmpty())
        return true;
    err << (allowed ? WorkspaceCli::tr("Warning: %1 seems to contain personal data:")
                    : WorkspaceCli::tr("%1 seems to contain personal data:"))
               .arg(what)
        << '\n';
    for (const PersonalDataGuard::Finding &f : scan.findings)
        err << "  " << f.description() << '\n';
    return allowed;
}

int runAdd(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("evidence add"), usageAdd,
        WorkspaceCli::tr(
            "Adds evidence and links it to criteria: files (each its own item; identical "
            "content is stored once), every file of a folder, a link (URL or path) or a "
            "written statement. Files and statements are scanned for NHS numbers and dates "
            "of birth first; patient-identifiable data does not belong in evidence, and "
            "the import is refused unless --allow-personal-data is given.")};
    QCommandLineParser parser;
    const QCommandLineOption folder(QStringLiteral("folder"),
                                    WorkspaceCli::tr("Add every file in DIR and its subfolders "
                                                     "(hidden files and workspaces are left out)."),
                                    QStringLiteral("DIR"));
    const QCommandLineOption link(QStringLiteral("link"), WorkspaceCli::tr("Add a link."),
                                  QStringLiteral("URL"));
    const QCommandLineOption statement(QStringLiteral("statement"),
                                       WorkspaceCli::tr("Add a written statement."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption criteria(QStringLiteral("criteria"),
                                      WorkspaceCli::tr("Comma-separated criterion ids."),
                                      QStringLiteral("ID,..."));
    const QCommandLineOption title(QStringLiteral("title"), WorkspaceCli::tr("Title."),
                                   QStringLiteral("T"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         WorkspaceCli::tr("Description."), QStringLiteral("D"));
    const QCommandLineOption date(QStringLiteral("date"), WorkspaceCli::tr("Document date."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption reviewBy(QStringLiteral("review-by"),
                                      WorkspaceCli::tr("Review-by or expiry date."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption coversFrom(QStringLiteral("covers-from"),
                                        WorkspaceCli::tr("Start of the period covered."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption coversTo(QStringLiteral("covers-to"),
                                      WorkspaceCli::tr("End of the period covered."),
                                      QStringLiteral("DATE"));
    const QCommandLineOption owner(QStringLiteral("owner"), WorkspaceCli::tr("Owner."),
                                   QStringLiteral("O"));
    const QCommandLineOption allow(
        QStringLiteral("allow-personal-data"),
        WorkspaceCli::tr("Add it even though it seems to hold personal data; it is then marked "
                         "as containing personal data."));
    const QCommandLineOption personal(
        QStringLiteral("personal-data"),
        WorkspaceCli::tr("Mark it as containing personal data, so that packs leave it out."));
    parser.addOptions({Cli::workspaceOption(), folder, link, statement, criteria, title,
                       description, date, reviewBy, coversFrom, coversTo, owner, personal, allow});
    parser.addPositionalArgument(QStringLiteral("FILE"), WorkspaceCli::tr("Files to add."),
                                 QStringLiteral("[FILE...]"));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;

    const QStringList files = parser.positionalArguments();
    const int sources = (files.isEmpty() ? 0 : 1) + (parser.isSet(folder) ? 1 : 0) +
                        (parser.isSet(link) ? 1 : 0) + (parser.isSet(statement) ? 1 : 0);
    if (sources != 1) {
        return Cli::usageError(
            err,
            WorkspaceCli::tr(
                "Give files, or --folder, or --link, or --statement: exactly one kind."),
            command);
    }
    if (!parser.isSet(criteria) || parser.value(criteria).trimmed().isEmpty()) {
        return Cli::usageError(
            err, WorkspaceCli::tr("Say which criteria it serves with --criteria ID,..."), command);
    }
    EvidenceItem meta;
    meta.title = parser.value(title);
    meta.description = parser.value(description);
    meta.owner = parser.value(owner);
    const auto documentDate = Cli::date(parser, QStringLiteral("date"), command, err);
    const auto review = Cli::date(parser, QStringLiteral("review-by"), command, err);
    const auto from = Cli::date(parser, QStringLiteral("covers-from"), command, err);
    const auto to = Cli::date(parser, QStringLiteral("covers-to"), command, err);
    if (!documentDate || !review || !from || !to)
        return Cli::Usage;
    meta.documentDate = *documentDate;
    meta.reviewBy = *review;
    meta.coversFrom = *from;
    meta.coversTo = *to;
    meta.personalData = parser.isSet(personal);
    QList<EvidenceLink> links;
    for (const QString &id : parser.value(criteria).split(QLatin1Char(','), Qt::SkipEmptyParts))
        links << EvidenceLink{0, id.trimmed(), QString()};

    const bool allowed = parser.isSet(allow);
    // Gone ahead with what the check found: the item is marked, so packs leave it out.
    const QList<QPair<QString, QString>> typed{
        {WorkspaceCli::tr("The title"), parser.value(title)},
        {WorkspaceCli::tr("The description"), parser.value(description)},
        {WorkspaceCli::tr("The owner"), parser.value(owner)},
        {WorkspaceCli::tr("The link"), parser.value(link)}};
    for (const auto &[label, text] : typed) {
        if (!PersonalDataGuard::scanText(text).findings.isEmpty())
            meta.personalData = true;
    }
    if (!Cli::freeTextAllowed(typed, allowed, err))
        return Cli::Failure;
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code);
    if (!ws)
        return code;

    if (parser.isSet(link)) {
        Expected<qint64> id = ws->addEvidenceLink(parser.value(link), meta, links);
        if (!id.ok())
            return Cli::printErrors(err, id.errors());
        out << WorkspaceCli::tr("Added evidence %1 (link).").arg(*id) << '\n';
        return Cli::Success;
    }
    if (parser.isSet(statement)) {
        const PersonalDataGuard::Result scan = PersonalDataGuard::scanText(parser.value(statement));
        meta.personalData = meta.personalData || !scan.findings.isEmpty();
        if (!personalDataAllowed(WorkspaceCli::tr("The statement"), scan, allowed, err)) {
            err << WorkspaceCli::tr("Nothing was added. Remove the personal data, or add "
                                    "--allow-personal-data if it must be kept.")
                << '\n';
            return Cli::Failure;
        }
        Expected<qint64> id = ws->addEvidenceStatement(parser.value(statement), meta, links);
        if (!id.ok())
            return Cli::printErrors(err, id.errors());
        out << WorkspaceCli::tr("Added evidence %1 (statement).").arg(*id) << '\n';
        return Cli::Success;
    }

    QStringList paths = files;
    if (parser.isSet(folder)) {
        const QString dir = parser.value(folder);
        if (!QFileInfo(dir).isDir()) {
            return Cli::printErrors(err, {Error{WorkspaceCli::tr("The folder does not exist."), dir,
                                                QString(), WorkspaceCli::tr("Check the path.")}});
        }
        if (Status names = FolderImportRule::checkNames(dir); !names)
            return Cli::printErrors(err, names.errors());
        paths = FolderImportRule::files(dir);
        if (paths.isEmpty()) {
            return Cli::printErrors(err,
                                    {Error{WorkspaceCli::tr("The folder holds no files."), dir,
                                           QString(), WorkspaceCli::tr("Choose another folder.")}});
        }
    }
    // Scan everything before storing anything, so a refusal leaves the workspace as it was.
    bool refused = false;
    ErrorList unreadable;
    QMap<QString, int> notScanned;
    QSet<QString> withFindings;
    for (const QString &path : std::as_const(paths)) {
        if (!QFileInfo(path).isFile()) {
            unreadable << Error{WorkspaceCli::tr("The evidence file does not exist."), path,
                                QString(), WorkspaceCli::tr("Check the path.")};
            continue;
        }
        Expected<PersonalDataGuard::Result> scan = PersonalDataGuard::scanFile(path);
        if (!scan.ok()) {
            unreadable << scan.errors();
            continue;
        }
        if (!scan->findings.isEmpty())
            withFindings.insert(path);
        if (!personalDataAllowed(path, *scan, allowed, err, &notScanned))
            refused = true;
    }
    for (auto it = notScanned.cbegin(); it != notScanned.cend(); ++it) {
        err << WorkspaceCli::tr("Note: %n file(s) were not scanned. %1 Make sure they hold no "
                                "patient-identifiable data.",
                                nullptr, it.value())
                   .arg(it.key())
            << '\n';
    }
    if (!unreadable.isEmpty())
        return Cli::printErrors(err, unreadable);
    if (refused) {
        err << WorkspaceCli::tr("Nothing was added. Remove the personal data, or add "
                                "--allow-personal-data if it must be kept.")
            << '\n';
        return Cli::Failure;
    }
    // Content already stored under the same file name: a rerun of an interrupted folder import
    // links those items instead of adding them twice.
    const std::optional<QList<EvidenceItem>> before = Cli::take(ws->evidence(), err);
    if (!before)
        return Cli::Failure;
    QHash<QByteArray, EvidenceItem> stored;
    // By name and size, to tell cheaply which files may be stored already: only those are read
    // twice (hashed here, before anything is written), so that a rerun links them without
    // adding and removing a copy, which an interruption between the two would leave behind.
    QHash<QString, QList<EvidenceItem>> storedByName;
    for (const EvidenceItem &e : *before) {
        if (e.kind == EvidenceItem::Kind::File) {
            stored.insert(e.sha256 + '/' + e.fileName.toUtf8(), e);
            storedByName[e.fileName].append(e);
        }
    }
    const auto alreadyStored = [&](const QString &path) -> std::optional<EvidenceItem> {
        const QFileInfo info(path);
        QByteArray hash;
        for (const EvidenceItem &e : storedByName.value(info.fileName())) {
            if (e.size != info.size())
                continue;
            if (hash.isEmpty())
                hash = Sha256::hexHashOfFile(path);
            if (!hash.isEmpty() && hash == e.sha256)
                return e;
        }
        return std::nullopt;
    };
    const Interruption interruption;
    int failures = 0;
    int added = 0;
    int reused = 0;
    qsizetype next = 0;
    // After a unit that failed as a whole (a full disk at its commit), its files are tried again
    // one at a time, so that those that fit are kept, as they would be one by one.
    qsizetype oneByOneUntil = 0;
    ws->readAhead(paths);
    while (next < paths.size() && !Interruption::requested()) {
        // The files go in in units of work of bounded size (Workspace::importTogether), and what
        // a unit stored is said once it is committed, so that what is printed was stored.
        QStringList said;
        int unitAdded = 0;
        int unitReused = 0;
        qint64 unitBytes = 0;
        const qsizetype unitStart = next;
        const int failuresBefore = failures;
        const QHash<QByteArray, EvidenceItem> storedBefore = stored;
        const bool oneByOne = next < oneByOneUntil;
        QElapsedTimer unitTime;
        unitTime.start();
        const Status unit = ws->importTogether([&]() -> Status {
            while (next < paths.size() && !Interruption::requested() &&
                   unitBytes < Workspace::ImportBatchBytes &&
                   unitTime.elapsed() < Workspace::ImportBatchMilliseconds &&
                   !(oneByOne && next > unitStart)) {
                const QString &path = paths.at(next++);
                unitBytes += QFileInfo(path).size();
                if (const std::optional<EvidenceItem> earlier = alreadyStored(path)) {
                    Status linked = success();
                    for (const EvidenceLink &l : std::as_const(links)) {
                        if (linked.ok())
                            linked = ws->link(EvidenceLink{earlier->id, l.itemId, l.note});
                    }
                    if (!linked.ok()) {
                        Cli::printErrors(err, linked.errors());
                        ++failures;
                        continue;
                    }
                    said << WorkspaceCli::tr("Already stored as evidence %1: %2 (linked)")
                                .arg(earlier->id)
                                .arg(QFileInfo(path).fileName());
                    ++unitReused;
                    continue;
                }
                ImportProgress progress(err, QFileInfo(path).fileName());
                EvidenceItem itemMeta = meta;
                if (paths.size() > 1)
                    itemMeta.title.clear(); // one title cannot name many files
                itemMeta.personalData = meta.personalData || withFindings.contains(path);
                Expected<qint64> id =
                    ws->addEvidenceFile(path, itemMeta, links, std::ref(progress));
                if (!id.ok()) {
                    if (Interruption::requested())
                        break;
                    Cli::printErrors(err, id.errors());
                    ++failures;
                    continue;
                }
                const Expected<std::optional<EvidenceItem>> read = ws->evidenceItem(*id);
                if (!read)
                    return read.errors();
                const std::optional<EvidenceItem> &made = *read;
                const QByteArray key =
                    made ? made->sha256 + '/' + made->fileName.toUtf8() : QByteArray();
                if (made && stored.contains(key) && stored.value(key).id != *id) {
                    // The same file was stored before: keep the earlier item and give it the
                    // links.
                    const EvidenceItem earlier = stored.value(key);
                    Status kept = ws->removeEvidence(*id);
                    for (const EvidenceLink &l : std::as_const(links)) {
                        if (kept.ok())
                            kept = ws->link(EvidenceLink{earlier.id, l.itemId, l.note});
                    }
                    if (!kept.ok()) {
                        Cli::printErrors(err, kept.errors());
                        ++failures;
                        continue;
                    }
                    said << WorkspaceCli::tr("Already stored as evidence %1: %2 (linked)")
                                .arg(earlier.id)
                                .arg(QFileInfo(path).fileName());
                    ++unitReused;
                    continue;
                }
                if (made)
                    stored.insert(key, *made);
                QString line = WorkspaceCli::tr("Added evidence %1: %2")
                                   .arg(*id)
                                   .arg(QFileInfo(path).fileName());
                if (itemMeta.personalData)
                    line +=
                        QLatin1Char(' ') + WorkspaceCli::tr("(marked as containing personal data)");
                said << line;
                ++unitAdded;
            }
            return success();
        });
        if (!unit.ok()) {
            failures = failuresBefore;
            stored = storedBefore;
            if (next - unitStart > 1) {
                oneByOneUntil = next;
                next = unitStart;
                continue;
            }
            Cli::printErrors(err, unit.errors());
            ++failures;
            continue;
        }
        for (const QString &line : std::as_const(said))
            out << line << '\n';
        out.flush();
        added += unitAdded;
        reused += unitReused;
    }
    ws->readAhead({});
    if (Interruption::requested()) {
        err << WorkspaceCli::tr(
                   "Interrupted: of %1, %2 and %3 (listed above); the rest were not. Run the "
                   "same command again to finish: files already stored are linked, not added "
                   "twice.")
                   .arg(WorkspaceCli::tr("%n file(s)", nullptr, int(paths.size())),
                        WorkspaceCli::tr("%n were added", nullptr, added),
                        WorkspaceCli::tr("%n were already stored and linked", nullptr, reused))
            << '\n';
        return Cli::Failure;
    }
    if (failures > 0) {
        err << (failures == paths.size()
                    ? WorkspaceCli::tr("None of the %n file(s) could be added.", nullptr, failures)
                    : WorkspaceCli::tr("%1 of %n file(s) could not be added; the others were.",
                                       nullptr, int(paths.size()))
                          .arg(failures))
            << '\n';
        return Cli::Failure;
    }
    return Cli::Success;
}

QJsonObject toJson(const EvidenceItem &e, const QList<EvidenceLink> &links)
{
    QJsonArray criteria;
    for (const EvidenceLink &l : links)
        criteria.append(l.itemId);
    const auto date = [](const QDate &d) {
        return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
    };
    QJsonObject o{{QStringLiteral("id"), e.id},
                  {QStringLiteral("kind"), evidenceKindToString(e.kind)},
                  {QStringLiteral("title"), e.title},
                  {QStringLiteral("description"), e.description},
                  {QStringLiteral("owner"), e.owner},
                  {QStringLiteral("documentDate"), date(e.documentDate)},
                  {QStringLiteral("coversFrom"), date(e.coversFrom)},
                  {QStringLiteral("coversTo"), date(e.coversTo)},
                  {QStringLiteral("reviewBy"), date(e.reviewBy)},
                  {QStringLiteral("current"), e.isCurrentOn(Clock::today())},
                  {QStringLiteral("added"), e.added.toString(Qt::ISODate)},
                  {QStringLiteral("criteria"), criteria},
                  {QStringLiteral("personalData"), e.personalData}};
    if (e.kind == EvidenceItem::Kind::File) {
        o.insert(QStringLiteral("fileName"), e.fileName);
        o.insert(QStringLiteral("sha256"), QString::fromLatin1(e.sha256));
        o.insert(QStringLiteral("size"), e.size);
        o.insert(QStringLiteral("version"), e.version);
    } else if (e.kind == EvidenceItem::Kind::Link) {
        o.insert(QStringLiteral("url"), e.url);
    } else {
        o.insert(QStringLiteral("statement"), e.statement);
    }
    return o;
}

int runList(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{QStringLiteral("evidence list"),
                               QStringLiteral("seqohs-tracker-cli evidence list -w FILE [--json]"),
                               WorkspaceCli::tr("Lists the evidence with its dates and criteria.")};
    QCommandLineParser parser;
    parser.addOptions({Cli::workspaceOption(), Cli::jsonOption()});
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    const std::optional<QList<EvidenceLink>> links = Cli::take(ws->links(), err);
    if (!links)
        return Cli::Failure;
    const std::optional<QList<EvidenceItem>> read = Cli::take(ws->evidence(), err);
    if (!read)
        return Cli::Failure;
    QHash<qint64, QList<EvidenceLink>> linksById;
    for (const EvidenceLink &l : *links)
        linksById[l.evidenceId] << l;
    const QList<EvidenceItem> &items = *read;
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const EvidenceItem &e : items)
            array.append(toJson(e, linksById.value(e.id)));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return Cli::Success;
    }
    const QDate today = Clock::today();
    for (const EvidenceItem &e : items) {
        QStringList criteria;
        for (const EvidenceLink &l : linksById.value(e.id))
            criteria << l.itemId;
        QString detail;
        if (e.kind == EvidenceItem::Kind::File)
            detail =
                WorkspaceCli::tr("%1, %2 bytes, v%3").arg(e.fileName).arg(e.size).arg(e.version);
        else if (e.kind == EvidenceItem::Kind::Link)
            detail = e.url;
        else
            detail = WorkspaceCli::tr("statement");
        QString review;
        if (e.reviewBy.isValid()) {
            review = (e.isCurrentOn(today) ? WorkspaceCli::tr("review by %1")
                                           : WorkspaceCli::tr("EXPIRED %1"))
                         .arg(e.reviewBy.toString(Qt::ISODate));
        }
        out << QStringLiteral("%1  %2  [%3]").arg(e.id, 4).arg(e.title, detail);
        if (!review.isEmpty())
            out << "  " << review;
        if (e.personalData)
            out << "  " << WorkspaceCli::tr("PERSONAL DATA");
        out << "  -> "
            << (criteria.isEmpty() ? WorkspaceCli::tr("(no criteria)")
                                   : criteria.join(QLatin1String(", ")))
            << '\n';
    }
    if (items.isEmpty())
        out << WorkspaceCli::tr("No evidence yet.") << '\n';
    return Cli::Success;
}

int runExport(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("evidence export"),
        QStringLiteral("seqohs-tracker-cli evidence export -w FILE ID --out PATH [--version N]"),
        WorkspaceCli::tr(
            "Writes a file evidence item's content, byte for byte, after checking its hash. "
            "Without --version, the current version.")};
    QCommandLineParser parser;
    const QCommandLineOption outOption(
        QStringLiteral("out"), WorkspaceCli::tr("Where to write it."), QStringLiteral("PATH"));
    const QCommandLineOption version(QStringLiteral("version"), WorkspaceCli::tr("Version number."),
                                     QStringLiteral("N"));
    parser.addOptions({Cli::workspaceOption(), outOption, version});
    parser.addPositionalArgument(QStringLiteral("ID"), WorkspaceCli::tr("The evidence id."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    bool idOk = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&idOk);
    if (parser.positionalArguments().size() != 1 || !idOk)
        return Cli::usageError(err, WorkspaceCli::tr("Give one evidence id (a number)."), command);
    if (!parser.isSet(outOption))
        return Cli::usageError(err, WorkspaceCli::tr("Say where to write it with --out PATH."),
                               command);
    bool versionOk = true;
    const int n = parser.isSet(version) ? parser.value(version).toInt(&versionOk) : 0;
    if (!versionOk || n < 0)
        return Cli::usageError(err, WorkspaceCli::tr("--version takes a number from 1."), command);
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code, Workspace::ReadOnly);
    if (!ws)
        return code;
    const Status written = ws->exportEvidenceFile(id, parser.value(outOption), n);
    if (!written.ok())
        return Cli::printErrors(err, written.errors());
    out << WorkspaceCli::tr("Wrote %1.").arg(QFileInfo(parser.value(outOption)).absoluteFilePath())
        << '\n';
    return Cli::Success;
}

int runPersonalData(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const Cli::Command command{
        QStringLiteral("evidence personal-data"),
        QStringLiteral("seqohs-tracker-cli evidence personal-data -w FILE ID on|off"),
        WorkspaceCli::tr("Marks an evidence item as containing personal data (on), which "
                         "submission packs then leave out unless it is included with a "
                         "reason, or takes the mark away (off).")};
    QCommandLineParser parser;
    parser.addOptions({Cli::workspaceOption()});
    parser.addPositionalArgument(QStringLiteral("ID"), WorkspaceCli::tr("The evidence item."));
    parser.addPositionalArgument(QStringLiteral("on|off"), WorkspaceCli::tr("The mark."));
    if (auto code = Cli::parse(parser, args, 2, command, out, err))
        return *code;
    const QStringList given = parser.positionalArguments();
    bool idOk = false;
    const qint64 id = given.value(0).toLongLong(&idOk);
    const QString mark = given.value(1);
    if (given.size() != 2 || !idOk || (mark != QLatin1String("on") && mark != QLatin1String("off")))
        return Cli::usageError(err, WorkspaceCli::tr("Give an evidence id and on or off."),
                               command);
    int code = Cli::Failure;
    auto ws = Cli::openWorkspace(parser, command, err, code);
    if (!ws)
        return code;
    const std::optional<std::optional<EvidenceItem>> found = Cli::take(ws->evidenceItem(id), err);
    if (!found)
        return Cli::Failure;
    if (!*found) {
        return Cli::printErrors(
            err, {Error{WorkspaceCli::tr("There is no evidence item %1.").arg(id), ws->path(),
                        QString(), WorkspaceCli::tr("List the evidence to see the ids.")}});
    }
    EvidenceItem item = **found;
    item.personalData = mark == QLatin1String("on");
    if (const Status saved = ws->updateEvidence(item); !saved)
        return Cli::printErrors(err, saved.errors());
    out << (item.personalData
                ? WorkspaceCli::tr("Evidence %1 is marked as containing personal data; packs "
                                   "leave it out.")
                : WorkspaceCli::tr("Evidence %1 is no longer marked as containing personal "
                                   "data."))
               .arg(id)
        << '\n';
    return Cli::Success;
}

int runEvidence(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return Cli::dispatch(QStringLiteral("evidence"),
                         {QStringLiteral("add"), QStringLiteral("list"), QStringLiteral("export"),
                          QStringLiteral("personal-data")},
                         QStringLiteral("seqohs-tracker-cli evidence add|list|export|personal-data "
                                        "..."),
                         {runAdd, runList, runExport, runPersonalData}, args, out, err);
}

Command evidenceGroup()
{
    return {QStringLiteral("evidence"),
            QStringLiteral("evidence add -w FILE (FILE...|--folder DIR|--link URL|--statement "
                           "TEXT) --criteria ID,...\n"
                           "evidence list -w FILE [--json]              the evidence library\n"
                           "evidence export -w FILE ID --out PATH       a stored file, byte for "
                           "byte\n"
                           "evidence personal-data -w FILE ID on|off    mark what packs leave out"),
            23, runEvidence};
}

} // namespace

SEQOHS_REGISTER_COMMAND(evidenceGroup)
