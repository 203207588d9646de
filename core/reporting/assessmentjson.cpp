#include "assessmentjson.h"

#include "pack/responsefile.h"
#include "workspace/workspace.h"

#include "catalogue/standardsformat.h"
#include "catalogue/standardslibrary.h"
#include "common/clock.h"
#include "common/csvreader.h"
#include "common/savefile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace seqohs {

namespace {

// Bounds that keep an import's memory in proportion to a real workspace: an export of 5,000
// evidence items is under 3 MiB, and the parsed document takes about fifteen times its size.
// A file beyond them is refused before it is parsed.
constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
// No text the program writes comes near this; a longer one is refused, located.
constexpr qsizetype MaxTextBytes = 1024 * 1024;
constexpr qsizetype MaxTextCharacters = 200000;

// The byte offset of the first JSON string longer than MaxTextBytes, or -1. A scan of the bytes
// alone, so that a huge value is refused before anything is built from it.
qsizetype overlongString(const QByteArray &json)
{
    bool inString = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (!inString) {
            if (c == '"') {
                inString = true;
                start = i;
            }
            continue;
        }
        if (c == '\\') {
            ++i; // the escaped character, whatever it is
        } else if (c == '"') {
            inString = false;
        } else if (i - start > MaxTextBytes) {
            return start;
        }
    }
    return -1;
}

QJsonValue dateValue(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue dateTimeValue(const QDateTime &when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array.append(s);
    return array;
}

// Leaves out members that hold their default, so files stay short and diffs small.
void put(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void put(QJsonObject &object, const QString &key, const QJsonValue &value)
{
    if (!value.isNull() && !value.isUndefined())
        object.insert(key, value);
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// Collects every problem of a document, each located by its JSON path.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::Reader)

public:
    explicit Reader(QString fileName)
        : m_fileName(std::move(fileName))
    {
    }

    void error(const QString &path, const QString &message, const QString &hint = QString())
    {
        m_errors << Error{message, m_fileName, path, hint};
    }
    const ErrorList &errors() const { return m_errors; }

    QString string(const QJsonObject &o, const QString &path, const char *name,
                   bool required = false)
    {
        const QJsonValue v = o.value(key(name));
        if (v.isUndefined() || v.isNull()) {
            if (required)
                error(path + QLatin1Char('.') + key(name), tr("A required member is missing"));
            return QString();
        }
        if (!v.isString()) {
            error(path + QLatin1Char('.') + key(name), tr("Expected a string"));
            return QString();
        }
        if (required && v.toString().trimmed().isEmpty())
            error(path + QLatin1Char('.') + key(name), tr("Must not be empty"));
        if (v.toString().size() > MaxTextCharacters) {
            error(path + QLatin1Char('.') + key(name),
                  tr("Too long: %1 characters, where at most %2 are allowed")
                      .arg(v.toString().size())
                      .arg(MaxTextCharacters),
                  tr("Shorten it, or keep the full text in an evidence file."));
            return QString();
        }
        return v.toString();
    }

    QDate date(const QJsonObject &o, const QString &path, const char *name)
    {
        const QString text = string(o, path, name);
        if (text.isEmpty())
            return QDate();
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid()) {
            error(path + QLatin1Char('.') + key(name),
                  tr("\"%1\" is not a date in the form YYYY-MM-DD").arg(text));
        }
        return d;
    }

    QDateTime dateTime(const QJsonObject &o, const QString &path, const char *name)
    {
        const QString text = string(o, path, name);
        if (text.isEmpty())
            return QDateTime();
        QDateTime d = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!d.isValid()) {
            error(path + QLatin1Char('.') + key(name),
                  tr("\"%1\" is not a date and time in ISO 8601 form").arg(text));
            return QDateTime();
        }
        return d.toUTC();
    }

    qint64 integer(const QJsonObject &o, const QString &path, const char *name, qint64 fallback,
                   qint64 minimum = 0)
    {
        const QJsonValue v = o.value(key(name));
        if (v.isUndefined() || v.isNull())
            return fallback;
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || d < double(minimum) || d > 9.0e15) {
            error(path + QLatin1Char('.') + key(name),
                  tr("Expected a whole number of at least %1").arg(minimum));
            return fallback;
        }
        return qint64(d);
    }

    bool boolean(const QJsonObject &o, const QString &path, const char *name)
    {
        const QJsonValue v = o.value(key(name));
        if (v.isUndefined() || v.isNull())
            return false;
        if (!v.isBool())
            error(path + QLatin1Char('.') + key(name), tr("Expected true or false"));
        return v.toBool();
    }

    QStringList strings(const QJsonObject &o, const QString &path, const char *name)
    {
        const QJsonValue v = o.value(key(name));
        QStringList list;
        if (v.isUndefined() || v.isNull())
            return list;
        if (!v.isArray()) {
            error(path + QLatin1Char('.') + key(name), tr("Expected an array of strings"));
            return list;
        }
        const QJsonArray array = v.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isString()) {
                error(QStringLiteral("%1.%2[%3]").arg(path, key(name)).arg(i),
                      tr("Expected a string"));
                continue;
            }
            list << array.at(i).toString();
        }
        return list;
    }

    QJsonArray array(const QJsonObject &o, const QString &path, const char *name)
    {
        const QJsonValue v = o.value(key(name));
        if (v.isUndefined() || v.isNull())
            return QJsonArray();
        if (!v.isArray())
            error(path + QLatin1Char('.') + key(name), tr("Expected an array"));
        return v.toArray();
    }

    std::optional<QJsonObject> objectAt(const QJsonArray &array, const QString &path, qsizetype i)
    {
        if (!array.at(i).isObject()) {
            error(QStringLiteral("%1[%2]").arg(path).arg(i), tr("Expected an object"));
            return std::nullopt;
        }
        return array.at(i).toObject();
    }

private:
    QString m_fileName;
    ErrorList m_errors;
};

QJsonObject profileJson(const ServiceProfile &p)
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), p.name);
    put(o, QStringLiteral("organisation"), p.organisation);
    if (!p.sites.isEmpty())
        o.insert(QStringLiteral("sites"), stringArray(p.sites));
    o.insert(QStringLiteral("servesNhs"), p.servesNhs);
    if (!p.extraTags.isEmpty())
        o.insert(QStringLiteral("extraTags"), stringArray(p.extraTags));
    put(o, QStringLiteral("plannedAssessment"), dateValue(p.plannedAssessment));
    put(o, QStringLiteral("annualReturn"), dateValue(p.annualReturn));
    return o;
}

QJsonObject evidenceJson(const EvidenceItem &e)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(e.id));
    o.insert(QStringLiteral("kind"), evidenceKindToString(e.kind));
    o.insert(QStringLiteral("title"), e.title);
    put(o, QStringLiteral("description"), e.description);
    put(o, QStringLiteral("owner"), e.owner);
    put(o, QStringLiteral("documentDate"), dateValue(e.documentDate));
    put(o, QStringLiteral("coversFrom"), dateValue(e.coversFrom));
    put(o, QStringLiteral("coversTo"), dateValue(e.coversTo));
    put(o, QStringLiteral("reviewBy"), dateValue(e.reviewBy));
    put(o, QStringLiteral("added"), dateTimeValue(e.added));
    if (e.personalData)
        o.insert(QStringLiteral("personalData"), true);
    switch (e.kind) {
    case EvidenceItem::Kind::File:
        o.insert(QStringLiteral("fileName"), e.fileName);
        o.insert(QStringLiteral("sha256"), QString::fromLatin1(e.sha256));
        o.insert(QStringLiteral("size"), double(e.size));
        o.insert(QStringLiteral("version"), e.version);
        break;
    case EvidenceItem::Kind::Link:
        o.insert(QStringLiteral("url"), e.url);
        break;
    case EvidenceItem::Kind::Statement:
        o.insert(QStringLiteral("statement"), e.statement);
        break;
    }
    return o;
}

QJsonObject assessmentJson(const Assessment &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("itemId"), a.itemId);
    o.insert(QStringLiteral("result"), resultToString(a.result));
    o.insert(QStringLiteral("workflow"), workflowToString(a.workflow));
    put(o, QStringLiteral("narrative"), a.narrative);
    put(o, QStringLiteral("justification"), a.justification);
    put(o, QStringLiteral("owner"), a.owner);
    put(o, QStringLiteral("lastReviewed"), dateTimeValue(a.lastReviewed));
    return o;
}

QJsonObject actionJson(const Action &a)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), double(a.id));
    o.insert(QStringLiteral("text"), a.text);
    put(o, QStringLiteral("itemId"), a.itemId);
    put(o, QStringLiteral("owner"), a.owner);
    put(o, QStringLiteral("due"), dateValue(a.due));
    o.insert(QStringLiteral("status"), actionStatusToString(a.status));
    put(o, QStringLiteral("completed"), dateValue(a.completed));
    put(o, QStringLiteral("source"), a.source);
    put(o, QStringLiteral("recurrence"), a.recurrence.toString());
    if (a.follows)
        o.insert(QStringLiteral("follows"), double(a.follows));
    return o;
}

} // namespace

QByteArray AssessmentJson::toJson(const ScoringInput &input, const QDateTime &exported,
                                  bool embedSet, const QList<QJsonObject> &responses)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QString::fromLatin1(FormatName));
    root.insert(QStringLiteral("formatVersion"), FormatVersion);
    root.insert(QStringLiteral("generator"),
                QStringLiteral("seqohs-tracker %1").arg(QStringLiteral(SEQOHS_VERSION)));
    root.insert(QStringLiteral("exported"),
                dateTimeValue(exported.isValid() ? exported : Clock::now()));
    put(root, QStringLiteral("asOf"), dateValue(input.asOf));
    root.insert(QStringLiteral("evidenceContent"),
                tr("Not included. File evidence is listed with its name, size and SHA-256 only; "
                   "the files themselves stay in the workspace."));
    root.insert(QStringLiteral("profile"), profileJson(input.profile));

    const QByteArray setJson = StandardsFormat::write(input.set);
    QJsonObject set;
    set.insert(QStringLiteral("id"), input.set.id);
    set.insert(QStringLiteral("version"), input.set.version);
    set.insert(QStringLiteral("title"), input.set.title);
    set.insert(QStringLiteral("provenance"), provenanceToString(input.set.provenance));
    set.insert(QStringLiteral("contentHash"),
               QString::fromLatin1(StandardsFormat::contentHash(input.set)));
    if (embedSet)
        set.insert(QStringLiteral("content"), QJsonDocument::fromJson(setJson).object());
    root.insert(QStringLiteral("standardsSet"), set);

    // Assessments in the set's document order, then any the set does not know, by id: the
    // same input always gives the same bytes.
    QJsonArray assessments;
    QSet<QString> written;
    for (const AssessableItem &item : input.set.assessables()) {
        const auto a = input.assessments.constFind(item.id);
        if (a != input.assessments.cend()) {
            assessments.append(assessmentJson(*a));
            written.insert(item.id);
        }
    }
    QStringList others;
    for (auto it = input.assessments.cbegin(); it != input.assessments.cend(); ++it) {
        if (!written.contains(it.key()))
            others << it.key();
    }
    others.sort();
    for (const QString &id : others)
        assessments.append(assessmentJson(input.assessments.value(id)));
    root.insert(QStringLiteral("assessments"), assessments);

    QJsonArray evidence;
    for (const EvidenceItem &e : input.evidence)
        evidence.append(evidenceJson(e));
    root.insert(QStringLiteral("evidence"), evidence);

    QJsonArray links;
    for (const EvidenceLink &l : input.links) {
        QJsonObject o;
        o.insert(QStringLiteral("evidenceId"), double(l.evidenceId));
        o.insert(QStringLiteral("itemId"), l.itemId);
        put(o, QStringLiteral("note"), l.note);
        links.append(o);
    }
    root.insert(QStringLiteral("links"), links);

    QJsonArray actions;
    for (const Action &a : input.actions)
        actions.append(actionJson(a));
    root.insert(QStringLiteral("actions"), actions);

    if (!responses.isEmpty()) {
        QJsonArray stored;
        for (const QJsonObject &response : responses)
            stored.append(response);
        root.insert(QStringLiteral("assessorResponses"), stored);
    }

    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status AssessmentJson::write(const ScoringInput &input, QIODevice &device, bool embedSet,
                             const QList<QJsonObject> &responses)
{
    const QByteArray bytes = toJson(input, QDateTime(), embedSet, responses);
    if (device.write(bytes) != bytes.size()) {
        return Error{tr("Writing the JSON file failed: %1").arg(device.errorString()), QString(),
                     QString(),
                     tr("Free some disk space or choose another place, then try again.")};
    }
    return success();
}

Status AssessmentJson::write(const ScoringInput &input, const QString &path, bool embedSet,
                             const QList<QJsonObject> &responses)
{
    return saveFileAtomically(
        path, [&](QIODevice &device) { return write(input, device, embedSet, responses); });
}

// A response travels in the JSON as {"id", "imported", "actionsAdded", "document"}, document
// being the signed response file as received.
Expected<QList<QJsonObject>> AssessmentJson::assessorResponsesOf(const Workspace &workspace)
{
    Expected<QList<ResponseRecord>> records = workspace.responses();
    if (!records)
        return records.errors();
    QList<QJsonObject> out;
    for (const ResponseRecord &r : *records) {
        out << QJsonObject{
            {QStringLiteral("id"), r.id},
            {QStringLiteral("imported"), r.imported.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("actionsAdded"), r.actionsAdded},
            {QStringLiteral("document"), QJsonDocument::fromJson(r.document).object()}};
    }
    return out;
}

Status AssessmentJson::storeAssessorResponses(Workspace &workspace,
                                              const QList<QJsonObject> &responses)
{
    return workspace.change(tr("Storing the assessors' responses failed"), [&]() -> Status {
        for (const QJsonObject &response : responses) {
            const QJsonObject document = response.value(QStringLiteral("document")).toObject();
            ResponseRecord r;
            r.id = response.value(QStringLiteral("id")).toString();
            r.packRootHash = document.value(QStringLiteral("response"))
                                 .toObject()
                                 .value(QStringLiteral("pack"))
                                 .toObject()
                                 .value(QStringLiteral("rootHash"))
                                 .toString();
            r.imported = QDateTime::fromString(
                response.value(QStringLiteral("imported")).toString(), Qt::ISODateWithMs);
            r.actionsAdded = response.value(QStringLiteral("actionsAdded")).toInt();
            r.document = QJsonDocument(document).toJson(QJsonDocument::Compact);
            if (Status s = workspace.putResponse(r); !s)
                return s;
        }
        return success();
    });
}

Expected<AssessmentJson::Document> AssessmentJson::read(const QByteArray &json,
                                                        const QString &fileName)
{
    if (const qsizetype at = overlongString(json); at >= 0) {
        const TextPosition pos = textPositionAt(json, at);
        return Error{tr("A text value longer than %1 KiB: more than any field of an exported "
                        "assessment holds")
                         .arg(MaxTextBytes / 1024),
                     fileName, tr("line %1, column %2").arg(pos.line).arg(pos.column),
                     tr("Shorten it, or keep the full text in an evidence file.")};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition pos = textPositionAt(json, parseError.offset);
        return Error{tr("The file is not valid JSON: %1").arg(parseError.errorString()), fileName,
                     tr("line %1, column %2").arg(pos.line).arg(pos.column),
                     tr("Export the assessment again; files changed by hand must stay valid "
                        "JSON.")};
    }
    if (!doc.isObject()) {
        return Error{tr("The file does not hold a JSON object"), fileName, QStringLiteral("$"),
                     tr("Choose a file exported as JSON (File > Export in the window, or "
                        "seqohs-tracker-cli export --format json).")};
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(FormatName)) {
        return Error{tr("This is not an exported assessment (\"format\" is not \"%1\")")
                         .arg(QLatin1String(FormatName)),
                     fileName, QStringLiteral("$.format"),
                     tr("Choose a file exported as JSON (File > Export in the window, or "
                        "seqohs-tracker-cli export --format json) or "
                        "\"seqohs-tracker-cli export --format json\".")};
    }
    const int version = root.value(QStringLiteral("formatVersion")).toInt(0);
    if (version < 1) {
        return Error{tr("\"formatVersion\" is missing or not a positive whole number"), fileName,
                     QStringLiteral("$.formatVersion")};
    }
    if (version > FormatVersion) {
        return Error{tr("The file was written by a newer version of seqohs-tracker (format "
                        "version %1; this version reads up to %2)")
                         .arg(version)
                         .arg(FormatVersion),
                     fileName, QStringLiteral("$.formatVersion"),
                     tr("Update seqohs-tracker, then import the file again.")};
    }

    Reader r(fileName);
    Document result;
    ScoringInput &input = result.input;
    result.exported = r.dateTime(root, QStringLiteral("$"), "exported");
    input.asOf = r.date(root, QStringLiteral("$"), "asOf");

    const QJsonObject profile = root.value(QStringLiteral("profile")).toObject();
    if (!root.value(QStringLiteral("profile")).isObject())
        r.error(QStringLiteral("$.profile"), tr("The service profile is missing"));
    const QString pp = QStringLiteral("$.profile");
    input.profile.name = r.string(profile, pp, "name", true);
    input.profile.organisation = r.string(profile, pp, "organisation");
    input.profile.sites = r.strings(profile, pp, "sites");
    input.profile.servesNhs = r.boolean(profile, pp, "servesNhs");
    input.profile.extraTags = r.strings(profile, pp, "extraTags");
    input.profile.plannedAssessment = r.date(profile, pp, "plannedAssessment");
    input.profile.annualReturn = r.date(profile, pp, "annualReturn");

    const QString sp = QStringLiteral("$.standardsSet");
    const QJsonObject set = root.value(QStringLiteral("standardsSet")).toObject();
    if (!root.value(QStringLiteral("standardsSet")).isObject()) {
        r.error(sp, tr("The standards set is missing"));
        return r.errors();
    }
    const QString setId = r.string(set, sp, "id", true);
    const QString setVersion = r.string(set, sp, "version");
    result.setContentHash = r.string(set, sp, "contentHash", true);
    const QJsonValue content = set.value(QStringLiteral("content"));
    result.setEmbedded = content.isObject();
    if (result.setEmbedded) {
        Expected<StandardsSet> parsed =
            StandardsFormat::read(QJsonDocument(content.toObject()).toJson(QJsonDocument::Compact),
                                  tr("%1 (the standards set inside it)").arg(fileName));
        if (!parsed)
            return parsed.errors();
        input.set = std::move(parsed).value();
        if (input.set.id != setId) {
            r.error(sp + QStringLiteral(".id"),
                    tr("The set's id \"%1\" differs from the id of its content \"%2\"")
                        .arg(setId, input.set.id));
        }
    } else if (!content.isUndefined() && !content.isNull()) {
        r.error(sp + QStringLiteral(".content"), tr("Expected the standards set as an object"));
        return r.errors();
    } else {
        Expected<StandardsSet> bundled = StandardsLibrary::bundled(setId);
        if (!bundled) {
            r.error(sp + QStringLiteral(".id"),
                    tr("The file names the standards set \"%1\" without including it, and this "
                       "version of seqohs-tracker does not bundle it")
                        .arg(setId),
                    tr("Export the assessment again with the standards set included."));
            return r.errors();
        }
        input.set = std::move(bundled).value();
        if (!setVersion.isEmpty() && input.set.version != setVersion) {
            r.error(sp + QStringLiteral(".version"),
                    tr("The file was made with version %1 of \"%2\"; this program bundles "
                       "version %3")
                        .arg(setVersion, setId, input.set.version),
                    tr("Export the assessment again with the standards set included."));
        }
    }
    if (!result.setContentHash.isEmpty() &&
        QString::fromLatin1(StandardsFormat::contentHash(input.set)) != result.setContentHash) {
        r.error(sp + QStringLiteral(".contentHash"),
                tr("The standards set does not match its recorded content hash: it was changed "
                   "after the export"),
                tr("Export the assessment again from the workspace; do not edit the set inside "
                   "an exported file."));
    }

    QSet<QString> itemIds;
    for (const AssessableItem &item : input.set.assessables())
        itemIds.insert(item.id);
    const QSet<QString> actionTargets = input.set.actionTargets();

    const QJsonArray assessments = r.array(root, QStringLiteral("$"), "assessments");
    for (qsizetype i = 0; i < assessments.size(); ++i) {
        const QString path = QStringLiteral("$.assessments[%1]").arg(i);
        const auto o = r.objectAt(assessments, QStringLiteral("$.assessments"), i);
        if (!o)
            continue;
        Assessment a;
        a.itemId = r.string(*o, path, "itemId", true);
        if (!a.itemId.isEmpty() && !itemIds.contains(a.itemId)) {
            r.error(path + QStringLiteral(".itemId"),
                    tr("The standards set has no item \"%1\"").arg(a.itemId));
        }
        if (input.assessments.contains(a.itemId)) {
            r.error(path + QStringLiteral(".itemId"),
                    tr("Item \"%1\" is assessed twice").arg(a.itemId));
        }
        const QString resultText = r.string(*o, path, "result", true);
        if (const auto res = resultFromString(resultText))
            a.result = *res;
        else if (!resultText.isEmpty())
            r.error(path + QStringLiteral(".result"), tr("Unknown result \"%1\"").arg(resultText),
                    tr("Use not-assessed, not-met, partially-met, met or not-applicable."));
        const QString workflowText = r.string(*o, path, "workflow");
        if (!workflowText.isEmpty()) {
            if (const auto w = workflowFromString(workflowText))
                a.workflow = *w;
            else
                r.error(path + QStringLiteral(".workflow"),
                        tr("Unknown workflow status \"%1\"").arg(workflowText),
                        tr("Use to-do, in-progress, ready-for-review or done."));
        }
        a.narrative = r.string(*o, path, "narrative");
        a.justification = r.string(*o, path, "justification");
        a.owner = r.string(*o, path, "owner");
        a.lastReviewed = r.dateTime(*o, path, "lastReviewed");
        input.assessments.insert(a.itemId, a);
    }

    QSet<qint64> evidenceIds;
    const QJsonArray evidence = r.array(root, QStringLiteral("$"), "evidence");
    input.evidence.reserve(evidence.size());
    for (qsizetype i = 0; i < evidence.size(); ++i) {
        const QString path = QStringLiteral("$.evidence[%1]").arg(i);
        const auto o = r.objectAt(evidence, QStringLiteral("$.evidence"), i);
        if (!o)
            continue;
        EvidenceItem e;
        e.id = r.integer(*o, path, "id", 0, 1);
        if (evidenceIds.contains(e.id))
            r.error(path + QStringLiteral(".id"), tr("Evidence id %1 is used twice").arg(e.id));
        evidenceIds.insert(e.id);
        const QString kindText = r.string(*o, path, "kind", true);
        if (const auto k = evidenceKindFromString(kindText))
            e.kind = *k;
        else if (!kindText.isEmpty())
            r.error(path + QStringLiteral(".kind"), tr("Unknown kind \"%1\"").arg(kindText),
                    tr("Use file, link or statement."));
        e.title = r.string(*o, path, "title", true);
        e.description = r.string(*o, path, "description");
        e.owner = r.string(*o, path, "owner");
        e.documentDate = r.date(*o, path, "documentDate");
        e.coversFrom = r.date(*o, path, "coversFrom");
        e.coversTo = r.date(*o, path, "coversTo");
        e.reviewBy = r.date(*o, path, "reviewBy");
        e.added = r.dateTime(*o, path, "added");
        e.personalData = r.boolean(*o, path, "personalData");
        e.fileName = r.string(*o, path, "fileName");
        e.sha256 = r.string(*o, path, "sha256").toLatin1();
        e.size = r.integer(*o, path, "size", 0);
        e.version = int(r.integer(*o, path, "version", 1, 1));
        e.url = r.string(*o, path, "url");
        e.statement = r.string(*o, path, "statement");
        input.evidence << e;
    }

    const QJsonArray links = r.array(root, QStringLiteral("$"), "links");
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QString path = QStringLiteral("$.links[%1]").arg(i);
        const auto o = r.objectAt(links, QStringLiteral("$.links"), i);
        if (!o)
            continue;
        EvidenceLink l;
        l.evidenceId = r.integer(*o, path, "evidenceId", 0, 1);
        l.itemId = r.string(*o, path, "itemId", true);
        l.note = r.string(*o, path, "note");
        if (l.evidenceId > 0 && !evidenceIds.contains(l.evidenceId)) {
            r.error(path + QStringLiteral(".evidenceId"),
                    tr("No evidence item has id %1").arg(l.evidenceId));
        }
        if (!l.itemId.isEmpty() && !itemIds.contains(l.itemId)) {
            r.error(path + QStringLiteral(".itemId"),
                    tr("The standards set has no item \"%1\"").arg(l.itemId));
        }
        input.links << l;
    }

    const QJsonArray actions = r.array(root, QStringLiteral("$"), "actions");
    for (qsizetype i = 0; i < actions.size(); ++i) {
        const QString path = QStringLiteral("$.actions[%1]").arg(i);
        const auto o = r.objectAt(actions, QStringLiteral("$.actions"), i);
        if (!o)
            continue;
        Action a;
        a.id = r.integer(*o, path, "id", 0, 1);
        a.text = r.string(*o, path, "text", true);
        a.itemId = r.string(*o, path, "itemId");
        if (!a.itemId.isEmpty() && !actionTargets.contains(a.itemId)) {
            r.error(path + QStringLiteral(".itemId"),
                    tr("The standards set has no item \"%1\"").arg(a.itemId));
        }
        a.owner = r.string(*o, path, "owner");
        a.due = r.date(*o, path, "due");
        const QString statusText = r.string(*o, path, "status", true);
        if (const auto s = actionStatusFromString(statusText))
            a.status = *s;
        else if (!statusText.isEmpty())
            r.error(path + QStringLiteral(".status"),
                    tr("Unknown action status \"%1\"").arg(statusText),
                    tr("Use open, in-progress or done."));
        a.completed = r.date(*o, path, "completed");
        a.source = r.string(*o, path, "source");
        const QString recurrence = r.string(*o, path, "recurrence");
        if (const auto rule = Recurrence::fromString(recurrence))
            a.recurrence = *rule;
        else
            r.error(path + QStringLiteral(".recurrence"),
                    tr("Unknown repetition \"%1\"").arg(recurrence),
                    tr("Use every-months:N (1 to 60) or yearly:MM-DD."));
        a.follows = r.integer(*o, path, "follows", 0, 0);
        input.actions << a;
    }

    // Assessor responses: each must still verify as the signed file it was when imported.
    if (root.contains(QStringLiteral("assessorResponses"))) {
        const QJsonArray responses = r.array(root, QStringLiteral("$"), "assessorResponses");
        for (qsizetype i = 0; i < responses.size(); ++i) {
            const QString path = QStringLiteral("$.assessorResponses[%1]").arg(i);
            const auto o = r.objectAt(responses, QStringLiteral("$.assessorResponses"), i);
            if (!o)
                continue;
            const QString id = r.string(*o, path, "id", true);
            const QByteArray document =
                QJsonDocument(o->value(QStringLiteral("document")).toObject())
                    .toJson(QJsonDocument::Compact);
            const Expected<ResponseFile> response = ResponseFile::read(document);
            if (!response) {
                r.error(
                    path + QStringLiteral(".document"),
                    tr("The assessor response does not verify: %1").arg(response.error().message),
                    tr("Export the assessment again from the workspace that imported it."));
                continue;
            }
            if (response->id != id) {
                r.error(path + QStringLiteral(".id"),
                        tr("The id does not match the response's own (%1)").arg(response->id));
                continue;
            }
            result.assessorResponses << *o;
        }
    }

    if (!r.errors().isEmpty())
        return r.errors();
    return result;
}

Expected<AssessmentJson::Document> AssessmentJson::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error{tr("Cannot open the file: %1").arg(file.errorString()), path, QString(),
                     tr("Check the name and that you may read the file.")};
    }
    if (file.size() > MaxFileSize) {
        return Error{tr("The file is larger than %1 MiB, too large for an exported assessment")
                         .arg(MaxFileSize / (1024 * 1024)),
                     path, QString(),
                     tr("Choose a file exported as JSON (File > Export in the window, or "
                        "seqohs-tracker-cli export --format json).")};
    }
    return read(file.readAll(), path);
}

} // namespace seqohs
