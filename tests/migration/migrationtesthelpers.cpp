#include "migrationtesthelpers.h"

#include "teamworkspace.h"
#include "testsupport.h"

#include "catalogue/crosswalkformat.h"
#include "catalogue/standardsformat.h"
#include "common/savefile.h"

#include <QFile>

using namespace seqohs;

namespace test {

StandardsSet oldSet()
{
    Expected<StandardsSet> set =
        StandardsFormat::readFile(dataPath(QStringLiteral("migration/old-set.json")));
    REQUIRE(set.ok());
    return *set;
}

StandardsSet newSet()
{
    Expected<StandardsSet> set =
        StandardsFormat::readFile(dataPath(QStringLiteral("migration/new-set.json")));
    REQUIRE(set.ok());
    return *set;
}

Crosswalk crosswalk()
{
    Expected<Crosswalk> c =
        CrosswalkFormat::readFile(dataPath(QStringLiteral("migration/crosswalk.json")));
    REQUIRE(c.ok());
    return *c;
}

std::unique_ptr<Workspace> createOldWorkspace(const QString &path)
{
    ServiceProfile profile;
    profile.name = QStringLiteral("Fixture OH");
    profile.plannedAssessment = QDate(2026, 9, 1);
    Expected<std::unique_ptr<Workspace>> created = Workspace::create(path, profile, oldSet());
    INFO(created.errorString());
    REQUIRE(created.ok());
    std::unique_ptr<Workspace> ws = std::move(*created);
    const auto assess = [&](const char *id, AssessmentResult r, const char *narrative,
                            const char *justification = "") {
        Assessment a;
        a.itemId = QLatin1String(id);
        a.result = r;
        a.narrative = QLatin1String(narrative);
        a.justification = QLatin1String(justification);
        a.owner = QStringLiteral("Ann");
        REQUIRE(ws->setAssessment(a).ok());
    };
    assess("o-1", AssessmentResult::Met, "Dr Lee is the lead");
    assess("o-2", AssessmentResult::PartiallyMet, "Policies kept");
    assess("o-3", AssessmentResult::Met, "Complaints log");
    assess("o-4", AssessmentResult::NotMet, "");
    assess("o-5", AssessmentResult::Met, "Training matrix");
    assess("o-6", AssessmentResult::PartiallyMet, "Appraisals partly done");
    assess("o-7", AssessmentResult::Met, "Supervision records");
    assess("o-8", AssessmentResult::NotApplicable, "", "No construction clients");
    const auto statement = [&](const char *text, const QStringList &items) {
        EvidenceItem meta;
        meta.title = QLatin1String(text);
        QList<EvidenceLink> links;
        for (const QString &item : items)
            links << EvidenceLink{0, item, QString()};
        REQUIRE(ws->addEvidenceStatement(QLatin1String(text), meta, links).ok());
    };
    statement("Our lead is named in the constitution",
              {QStringLiteral("o-1"), QStringLiteral("o-2")});
    statement("Policies on the intranet",
              {QStringLiteral("o-2"), QStringLiteral("o-3"), QStringLiteral("o-4")});
    statement("Training matrix 2026",
              {QStringLiteral("o-5"), QStringLiteral("o-6"), QStringLiteral("o-7")});
    statement("Site plan", {QStringLiteral("o-8")});
    const auto action = [&](const char *text, const char *item) {
        Action a;
        a.text = QLatin1String(text);
        a.itemId = QLatin1String(item);
        REQUIRE(ws->addAction(a).ok());
    };
    action("Review the complaints process", "o-3");
    action("Book peer review", "o-7");
    action("Write a site plan", "o-8");
    action("General tidy-up", "");
    if (!test::onServer())
        return ws;
    // The second engine: the same workspace, uploaded, as a team workspace.
    ws.reset();
    return test::openTeamWorkspace(test::workspaceLocation(path));
}

std::unique_ptr<Workspace> openWorkspaceForMigration(const QString &path)
{
    if (const QString url = test::serverUrl(path); !url.isEmpty())
        return test::openTeamWorkspace(url);
    Expected<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    INFO(ws.errorString());
    REQUIRE(ws.ok());
    return std::move(*ws);
}

QByteArray readFileForMigration(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void unpackV1Fixture(const QString &path)
{
    QFile file(dataPath(QStringLiteral("workspace/v1-migration.seqohs.qz")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = qUncompress(file.readAll());
    REQUIRE(!bytes.isEmpty());
    REQUIRE(saveFileAtomically(path, bytes).ok());
}

} // namespace test
