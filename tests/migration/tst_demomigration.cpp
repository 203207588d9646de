#include "migrationtesthelpers.h"
#include "testsupport.h"

#include "catalogue/crosswalkformat.h"
#include "catalogue/spreadsheetimport.h"
#include "catalogue/standardslibrary.h"
#include "migration/crosswalksuggester.h"
#include "migration/migrationapplier.h"
#include "migration/migrationplanner.h"
#include "migration/reconfirmationqueue.h"
#include "workspace/demoworkspace.h"

#include <QSet>

using namespace seqohs;

namespace {

QString csvField(QString text)
{
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1String("\""), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

const QString ExtraSentence = QStringLiteral(
    " In addition the service publishes a yearly report on this work, discusses it with every "
    "client organisation at contract review meetings, and keeps minutes of those meetings.");

// An "official" edition as a service would type it into the template: other codes, American
// spelling here and there, every fourth requirement reworded at length, the last criterion of
// the first standard left out and one new requirement added.
struct OfficialSheet
{
    QByteArray csv;
    QString droppedId;         // the 2023 summary item with no counterpart
    QSet<QString> rewordedIds; // 2023 summary items whose wording changed a lot
};

OfficialSheet officialSheet(const StandardsSet &summary)
{
    OfficialSheet sheet;
    QStringList lines{QStringLiteral("domain_code,domain_title,standard_code,standard_title,level,"
                                     "criterion_code,criterion_title,criterion_text,guidance,"
                                     "evidence_examples,applies_to")};
    int n = 0;
    for (qsizetype di = 0; di < summary.domains.size(); ++di) {
        const Domain &d = summary.domains.at(di);
        for (qsizetype si = 0; si < d.standards.size(); ++si) {
            const Standard &s = d.standards.at(si);
            for (qsizetype ci = 0; ci < s.criteria.size(); ++ci) {
                const Criterion &c = s.criteria.at(ci);
                if (di == 0 && si == 0 && ci == s.criteria.size() - 1) {
                    sheet.droppedId = c.id;
                    continue;
                }
                QString text = c.text;
                text.replace(QLatin1String("organisation"), QLatin1String("organization"));
                if (++n % 4 == 0) {
                    text += ExtraSentence;
                    sheet.rewordedIds.insert(c.id);
                }
                QStringList tags = d.appliesTo + s.appliesTo + c.appliesTo;
                lines << QStringList{QStringLiteral("D%1").arg(di + 1),
                                     csvField(d.title),
                                     QStringLiteral("%1.%2").arg(di + 1).arg(si + 1),
                                     csvField(s.title),
                                     levelToString(c.level),
                                     QStringLiteral("%1.%2.%3").arg(di + 1).arg(si + 1).arg(ci + 1),
                                     csvField(c.title),
                                     csvField(text),
                                     QString(),
                                     QString(),
                                     csvField(tags.join(QLatin1Char(',')))}
                             .join(QLatin1Char(','));
            }
        }
    }
    lines << QStringLiteral("D1,,1.1,,should,1.1.99,Digital records,The service keeps its "
                            "occupational health records in a secure electronic system.,,,");
    sheet.csv = lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
    return sheet;
}

} // namespace

TEST_CASE("The demo workspace moves from the 2023 summary to an imported official set")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.seqohs"));
    Expected<std::unique_ptr<Workspace>> created = DemoWorkspace::create(path, QDate(2026, 3, 1));
    INFO(created.errorString());
    REQUIRE(created.ok());
    std::unique_ptr<Workspace> ws = std::move(*created);
    const StandardsSet summary = ws->standardsSet();
    REQUIRE(summary.id == StandardsLibrary::defaultId());

    const OfficialSheet sheet = officialSheet(summary);
    SpreadsheetImport::ImportOptions options;
    options.id = QStringLiteral("seqohs-2023-official");
    options.title = QStringLiteral("SEQOHS standards 2023");
    options.edition = QStringLiteral("2023");
    options.provenance = StandardsSet::Provenance::Official;
    Expected<StandardsSet> official =
        SpreadsheetImport::import(sheet.csv, QStringLiteral("official.csv"), options);
    INFO(official.errorString());
    REQUIRE(official.ok());
    REQUIRE(official->assessables().size() == summary.assessables().size());

    // No crosswalk is bundled for this pair: suggest one, as the lead would.
    CHECK(!StandardsLibrary::bundledCrosswalk(summary.id, official->id).ok());
    const QList<CrosswalkSuggester::Suggestion> suggestions =
        CrosswalkSuggester::suggestions(summary, *official);
    QSet<QString> suggestedFrom;
    int equal = 0;
    for (const CrosswalkSuggester::Suggestion &s : suggestions) {
        suggestedFrom.insert(s.mapping.from);
        equal += s.mapping.relation == Crosswalk::Relation::Equal ? 1 : 0;
    }
    for (const AssessableItem &item : summary.assessables()) {
        if (item.id != sheet.droppedId) {
            INFO(item.id);
            CHECK(suggestedFrom.contains(item.id));
        }
    }
    CHECK(equal >= int(summary.assessables().size() - sheet.rewordedIds.size() - 1));

    // The lead rejects whatever was suggested for the dropped item, and saves the crosswalk.
    QList<CrosswalkSuggester::Suggestion> accepted;
    for (const CrosswalkSuggester::Suggestion &s : suggestions) {
        if (s.mapping.from != sheet.droppedId)
            accepted << s;
    }
    const Crosswalk suggested = CrosswalkSuggester::toCrosswalk(summary, *official, accepted);
    const QByteArray file = CrosswalkFormat::write(suggested);
    Expected<Crosswalk> reread = CrosswalkFormat::read(file, QStringLiteral("suggested.json"));
    INFO(reread.errorString());
    REQUIRE(reread.ok());
    CHECK(CrosswalkFormat::validate(*reread, summary, *official, QStringLiteral("suggested.json"))
              .isEmpty());

    // Plan: see exactly what moves before it moves.
    const QHash<QString, Assessment> before = *ws->assessments();
    const QList<EvidenceLink> linksBefore = *ws->links();
    Expected<MigrationPlan> plan = MigrationPlanner::plan(*ws, *official, *reread);
    INFO(plan.errorString());
    REQUIRE(plan.ok());
    CHECK(plan->counts.linksAddUp());
    CHECK(plan->counts.linksBefore == linksBefore.size());
    REQUIRE(plan->notCarried.size() == 1);
    CHECK(plan->notCarried.first().itemId == sheet.droppedId);
    // Left without a source: the added criterion, and 6.3.1, because the suggester sends the
    // reworded S23-NHS-10 to 6.3.2, where S23-NHS-11 goes too.
    QStringList unmapped;
    for (const MigrationPlan::Target &t : plan->unmappedTargets())
        unmapped << t.code;
    CHECK(unmapped == QStringList{QStringLiteral("1.1.99"), QStringLiteral("6.3.1")});

    // Apply: nothing is lost.
    Expected<QString> applied = MigrationApplier::apply(*ws, *plan);
    INFO(applied.errorString());
    REQUIRE(applied.ok());
    CHECK(ws->standardsSet().id == QStringLiteral("seqohs-2023-official"));
    const SetHistoryEntry old = ws->setHistory()->first();
    CHECK(ws->archivedAssessments(old.id) == before);
    CHECK(ws->archivedLinks(old.id) == linksBefore);
    CHECK(ws->links()->size() == plan->counts.linksAfter);

    // Every old result arrives where an equal mapping took it, or the target is flagged.
    const QHash<QString, Assessment> after = *ws->assessments();
    for (const Crosswalk::Mapping &m : reread->mappings) {
        const Assessment source = before.value(m.from);
        if (source.result == AssessmentResult::NotAssessed)
            continue;
        INFO(m.from.toStdString() + " -> " + m.to.toStdString());
        const bool flagged = ws->reconfirmation(m.to)->has_value();
        CHECK((after.value(m.to).result == source.result || flagged));
    }
    CHECK(ws->reconfirmations()->size() == plan->counts.needsReconfirmation);
    // The eleven reworded criteria but S23-OUT-06, which carries no result, narrative or link.
    CHECK(plan->counts.needsReconfirmation == 10);
    CHECK(ws->checkIntegrity().ok());

    // Work through the queue.
    for (const ReconfirmationQueue::Entry &e : *ReconfirmationQueue::entries(*ws)) {
        INFO(e.item.id.toStdString());
        CHECK(ReconfirmationQueue::confirm(*ws, e.item.id).ok());
    }
    CHECK(ReconfirmationQueue::entries(*ws)->isEmpty());
}
