#include "reportfixture.h"
#include "scoringfixture.h"
#include "testsupport.h"

#include "catalogue/standardsformat.h"
#include "reporting/assessmentimport.h"
#include "reporting/assessmentjson.h"
#include "scoring/scorer.h"
#include "workspace/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace seqohs;

namespace {

AssessmentJson::Document roundTrip(const ScoringInput &input, bool embedSet = true)
{
    const QByteArray json =
        AssessmentJson::toJson(input, QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC), embedSet);
    Expected<AssessmentJson::Document> doc = AssessmentJson::read(json, QStringLiteral("a.json"));
    INFO(doc.errorString());
    REQUIRE(doc.ok());
    return doc.value();
}

// What the scoring rules see in a workspace, read the way the application reads it.
ScoringInput inputOf(const Workspace &ws, const QDate &asOf)
{
    ScoringInput in;
    in.set = ws.standardsSet();
    in.profile = *ws.profile();
    in.assessments = *ws.assessments();
    in.evidence = *ws.evidence();
    in.links = *ws.links();
    in.actions = *ws.actions();
    in.asOf = asOf;
    return in;
}

// The worked example's set, made a valid set file (the catalogue insists on a title).
ScoringInput titledExample()
{
    ScoringInput input = workedExample();
    input.set.title = QStringLiteral("Worked example");
    return input;
}

QByteArray edited(const QByteArray &json, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject root = QJsonDocument::fromJson(json).object();
    edit(root);
    return QJsonDocument(root).toJson();
}

} // namespace

TEST_CASE("JSON export and import give back the same input and the same readiness")
{
    const ScoringInput input = richInput(30);
    const AssessmentJson::Document doc = roundTrip(input);
    const ScoringInput &back = doc.input;
    CHECK(back.profile == input.profile);
    CHECK(back.set == input.set);
    CHECK(back.assessments == input.assessments);
    CHECK(back.evidence == input.evidence);
    CHECK(back.links == input.links);
    CHECK(back.actions == input.actions);
    CHECK(back.asOf == input.asOf);
    CHECK(doc.setEmbedded);
    CHECK(doc.setContentHash == QString::fromLatin1(StandardsFormat::contentHash(input.set)));
    CHECK(doc.exported == QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
    CHECK(Scorer::score(back) == Scorer::score(input));
}

TEST_CASE("The worked example round-trips with its own embedded set")
{
    const ScoringInput input = titledExample();
    const AssessmentJson::Document doc = roundTrip(input);
    CHECK(doc.input.set == input.set);
    CHECK(Scorer::score(doc.input) == Scorer::score(input));
}

TEST_CASE("Without the set's content a bundled set is found by its id")
{
    const ScoringInput input = richInput(5);
    const QByteArray json = AssessmentJson::toJson(input, QDateTime(), false);
    CHECK_FALSE(QJsonDocument::fromJson(json)
                    .object()
                    .value(QStringLiteral("standardsSet"))
                    .toObject()
                    .contains(QStringLiteral("content")));
    const AssessmentJson::Document doc = roundTrip(input, false);
    CHECK_FALSE(doc.setEmbedded);
    CHECK(doc.input.set == input.set);
    CHECK(Scorer::score(doc.input) == Scorer::score(input));

    // The worked example's set is not bundled: reading must say so.
    const QByteArray unknown = AssessmentJson::toJson(titledExample(), QDateTime(), false);
    const auto refused = AssessmentJson::read(unknown, QStringLiteral("u.json"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().location == QStringLiteral("$.standardsSet.id"));
    CHECK(refused.error().file == QStringLiteral("u.json"));
}

TEST_CASE("The JSON says that evidence files are not included")
{
    const QJsonObject root = QJsonDocument::fromJson(AssessmentJson::toJson(richInput(3))).object();
    CHECK(root.value(QStringLiteral("format")).toString() == QStringLiteral("seqohs-assessment"));
    CHECK(root.value(QStringLiteral("formatVersion")).toInt() == 1);
    CHECK(root.value(QStringLiteral("evidenceContent"))
              .toString()
              .startsWith(QStringLiteral("Not included")));
    const QJsonObject first = root.value(QStringLiteral("evidence")).toArray().first().toObject();
    CHECK(first.value(QStringLiteral("sha256")).toString().size() == 64);
}

TEST_CASE("Broken or foreign JSON is refused with the place and what to do")
{
    const QByteArray good = AssessmentJson::toJson(titledExample());

    auto errorOf = [](const QByteArray &json) {
        const auto doc = AssessmentJson::read(json, QStringLiteral("x.json"));
        REQUIRE_FALSE(doc.ok());
        return doc.errors();
    };

    SECTION("a text value too long for any field: refused before it is parsed, located")
    {
        const QByteArray huge = edited(good, [](QJsonObject &root) {
            QJsonArray assessments = root.value(QStringLiteral("assessments")).toArray();
            QJsonObject first = assessments.at(0).toObject();
            first.insert(QStringLiteral("narrative"), QString(2 * 1024 * 1024, QLatin1Char('x')));
            assessments.replace(0, first);
            root.insert(QStringLiteral("assessments"), assessments);
        });
        const ErrorList errors = errorOf(huge);
        REQUIRE(errors.size() == 1);
        CHECK(errors.first().message.contains(QStringLiteral("longer than 1024 KiB")));
        const qsizetype at = huge.indexOf(QByteArray(64, 'x')) - 1; // the opening quote
        const QStringList lines = QString::fromUtf8(huge.left(at)).split(QLatin1Char('\n'));
        CHECK(errors.first().location ==
              QStringLiteral("line %1, column %2").arg(lines.size()).arg(lines.last().size() + 1));
    }
    SECTION("a field longer than any the program writes")
    {
        const ErrorList errors = errorOf(edited(good, [](QJsonObject &root) {
            QJsonArray assessments = root.value(QStringLiteral("assessments")).toArray();
            QJsonObject first = assessments.at(0).toObject();
            first.insert(QStringLiteral("narrative"), QString(300000, QLatin1Char('y')));
            assessments.replace(0, first);
            root.insert(QStringLiteral("assessments"), assessments);
        }));
        REQUIRE(errors.size() == 1);
        CHECK(errors.first().location == QStringLiteral("$.assessments[0].narrative"));
        CHECK(errors.first().message.contains(QStringLiteral("300000 characters")));
    }
    SECTION("not JSON")
    {
        const ErrorList errors = errorOf(QByteArray("{\n  \"format\": \n"));
        CHECK(errors.first().location.startsWith(QStringLiteral("line ")));
        CHECK(errors.first().file == QStringLiteral("x.json"));
    }
    SECTION("another format")
    {
        const ErrorList errors = errorOf(edited(good, [](QJsonObject &o) {
            o.insert(QStringLiteral("format"), QStringLiteral("seqohs-standards"));
        }));
        CHECK(errors.first().location == QStringLiteral("$.format"));
    }
    SECTION("a newer format version")
    {
        const ErrorList errors = errorOf(
            edited(good, [](QJsonObject &o) { o.insert(QStringLiteral("formatVersion"), 99); }));
        CHECK(errors.first().message.contains(QStringLiteral("newer version")));
        CHECK_FALSE(errors.first().hint.isEmpty());
    }
    SECTION("a set changed after the export")
    {
        const ErrorList errors = errorOf(edited(good, [](QJsonObject &o) {
            QJsonObject set = o.value(QStringLiteral("standardsSet")).toObject();
            QJsonObject content = set.value(QStringLiteral("content")).toObject();
            content.insert(QStringLiteral("title"), QStringLiteral("Tampered"));
            set.insert(QStringLiteral("content"), content);
            o.insert(QStringLiteral("standardsSet"), set);
        }));
        CHECK(errors.first().location == QStringLiteral("$.standardsSet.contentHash"));
    }
    SECTION("an unknown item, result and date, all reported at once")
    {
        const ErrorList errors = errorOf(edited(good, [](QJsonObject &o) {
            QJsonArray a = o.value(QStringLiteral("assessments")).toArray();
            QJsonObject first = a.at(0).toObject();
            first.insert(QStringLiteral("itemId"), QStringLiteral("nope"));
            QJsonObject second = a.at(1).toObject();
            second.insert(QStringLiteral("result"), QStringLiteral("brilliant"));
            a.replace(0, first);
            a.replace(1, second);
            o.insert(QStringLiteral("assessments"), a);
            QJsonArray e = o.value(QStringLiteral("evidence")).toArray();
            QJsonObject ev = e.at(0).toObject();
            ev.insert(QStringLiteral("reviewBy"), QStringLiteral("31/12/2026"));
            e.replace(0, ev);
            o.insert(QStringLiteral("evidence"), e);
        }));
        QStringList locations;
        for (const Error &e : errors)
            locations << e.location;
        CHECK(locations.contains(QStringLiteral("$.assessments[0].itemId")));
        CHECK(locations.contains(QStringLiteral("$.assessments[1].result")));
        CHECK(locations.contains(QStringLiteral("$.evidence[0].reviewBy")));
    }
}

TEST_CASE("Importing into a new workspace gives identical scores and never overwrites")
{
    test::TempDir dir;
    const ScoringInput input = richInput(25);
    const AssessmentJson::Document doc = roundTrip(input);
    const QString path = dir.filePath(QStringLiteral("imported.seqohs"));
    Expected<AssessmentImport::Result> imported = AssessmentImport::createWorkspace(doc, path);
    INFO(imported.errorString());
    REQUIRE(imported.ok());
    const Workspace &ws = *imported->workspace;
    // No file content was exported: file items become statements naming the file.
    CHECK(imported->filesPlaceholder == 17); // 25 items less 5 links and 3 statements
    CHECK(imported->notes.size() == imported->filesPlaceholder);

    const ScoringInput back = inputOf(ws, input.asOf);
    CHECK(back.profile == input.profile);
    CHECK(back.assessments.size() == input.assessments.size());
    CHECK(back.evidence.size() == input.evidence.size());
    CHECK(back.links.size() == input.links.size());
    CHECK(back.actions.size() == input.actions.size());
    CHECK(Scorer::score(back) == Scorer::score(input));

    const auto again = AssessmentImport::createWorkspace(doc, path);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().file == path);
}

TEST_CASE("Import restores file evidence found in the evidence folder")
{
    test::TempDir dir;
    ScoringInput input = richInput(3);
    // Make item 1 a real file with content on disk.
    const QString folder = dir.filePath(QStringLiteral("files"));
    REQUIRE(QDir().mkpath(folder));
    const QByteArray content("Policy text\n");
    QFile file(folder + QStringLiteral("/evidence-1.pdf"));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();
    input.evidence[0].sha256 =
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex();
    input.evidence[0].size = content.size();

    const AssessmentJson::Document doc = roundTrip(input);
    AssessmentImport::Options options;
    options.evidenceFolder = folder;
    const QString path = dir.filePath(QStringLiteral("restored.seqohs"));
    Expected<AssessmentImport::Result> imported =
        AssessmentImport::createWorkspace(doc, path, options);
    INFO(imported.errorString());
    REQUIRE(imported.ok());
    CHECK(imported->filesRestored == 1);
    const std::optional<EvidenceItem> restored = *imported->workspace->evidenceItem(1);
    REQUIRE(restored.has_value());
    CHECK(restored->kind == EvidenceItem::Kind::File);
    CHECK(restored->sha256 == input.evidence[0].sha256);
}
