#include "testsupport.h"

#include "catalogue/crosswalkformat.h"
#include "catalogue/standardsformat.h"
#include "catalogue/standardslibrary.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace seqohs;

namespace {

StandardsSet bundled(const QString &id)
{
    const Expected<StandardsSet> set = StandardsLibrary::bundled(id);
    INFO(set.errorString().toStdString());
    REQUIRE(set.ok());
    return *set;
}

QByteArray sourceFile(const QString &relative)
{
    QFile file(QStringLiteral(SEQOHS_STANDARDS_DIR "/") + relative);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QStringList mustItems(const StandardsSet &set)
{
    QStringList ids;
    for (const AssessableItem &item : set.assessables()) {
        if (item.level == Level::Must)
            ids << item.id;
    }
    return ids;
}

} // namespace

TEST_CASE("Both bundled sets are compiled in and load")
{
    CHECK(StandardsLibrary::bundledIds() == QStringList{QStringLiteral("seqohs-2015-summary"),
                                                        QStringLiteral("seqohs-2023-summary")});
    CHECK(StandardsLibrary::defaultId() == QStringLiteral("seqohs-2023-summary"));
    for (const QString &id : StandardsLibrary::bundledIds()) {
        const StandardsSet set = bundled(id);
        CHECK(set.id == id);
        CHECK(set.isSummary());
        CHECK(set.attribution.contains(QStringLiteral("not the Faculty's")));
        CHECK(set.domains.size() == 6);
    }
}

TEST_CASE("The bundled files are the canonical form of their sets")
{
    // If a file is edited by hand into another layout, this says so; 'standards show FILE
    // --json' prints the canonical form.
    for (const QString &id : StandardsLibrary::bundledIds()) {
        INFO(id.toStdString());
        const QByteArray bytes = sourceFile(id + QLatin1String(".json"));
        const Expected<StandardsSet> set = StandardsFormat::read(bytes, id);
        REQUIRE(set.ok());
        CHECK(StandardsFormat::write(*set) == bytes);
        CHECK(*set == bundled(id)); // the resource is the same file
    }
    const QString crosswalkPath = QStringLiteral("crosswalks/seqohs-2015-to-2023-summary.json");
    const QByteArray crosswalkBytes = sourceFile(crosswalkPath);
    const Expected<Crosswalk> crosswalk = CrosswalkFormat::read(crosswalkBytes, crosswalkPath);
    REQUIRE(crosswalk.ok());
    CHECK(CrosswalkFormat::write(*crosswalk) == crosswalkBytes);
}

TEST_CASE("The 2023 summary keeps the confirmed domains and marks NHS items")
{
    const StandardsSet set = bundled(QStringLiteral("seqohs-2023-summary"));
    const QStringList titles{QStringLiteral("Governance and Finance"),
                             QStringLiteral("Resources and Processes"),
                             QStringLiteral("Output and Outcomes"),
                             QStringLiteral("Information and Communication"),
                             QStringLiteral("Quality Assurance and Improvement"),
                             QStringLiteral("NHS")};
    for (int i = 0; i < 6; ++i) {
        CHECK(set.domains[i].code == QString::number(i + 1));
        CHECK(set.domains[i].title == titles[i]);
    }
    CHECK(set.domains[5].appliesTo == QStringList{QStringLiteral("nhs")});
    CHECK(set.effectiveDate == QDate(2023, 11, 1));

    // NHS items apply only to services that say they serve the NHS.
    const auto review = set.findAssessable(QStringLiteral("s23-nhs-07"));
    REQUIRE(review);
    CHECK_FALSE(StandardsSet::appliesTo(*review, {}));
    CHECK(StandardsSet::appliesTo(*review, {QStringLiteral("nhs")}));
    CHECK(review->currency == CurrencyRule{6, 6});
    CHECK(set.findAssessable(QStringLiteral("s23-nhs-08"))->currency.refreshMonths == 12);
    CHECK(set.findAssessable(QStringLiteral("s23-nhs-09"))->currency.refreshMonths == 12);
    CHECK(set.findAssessable(QStringLiteral("s23-nhs-12"))->currency == CurrencyRule{12, 12});
    CHECK(set.findAssessable(QStringLiteral("s23-qai-06"))->currency.refreshMonths == 12);

    // must only for the legal duties the reference names.
    CHECK(mustItems(set) == QStringList{QStringLiteral("s23-gov-02"), QStringLiteral("s23-res-06"),
                                        QStringLiteral("s23-inf-01")});
    for (const AssessableItem &item : set.assessables()) {
        if (item.level != Level::Must)
            CHECK(item.level == Level::Should);
    }
}

TEST_CASE("The 2015 summary keeps the confirmed domains and spreads NHS items across A-F")
{
    const StandardsSet set = bundled(QStringLiteral("seqohs-2015-summary"));
    const QStringList codes{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                            QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F")};
    QSet<int> domainsWithNhs;
    for (const AssessableItem &item : set.assessables()) {
        if (item.appliesTo.contains(QStringLiteral("nhs")))
            domainsWithNhs.insert(item.domainIndex);
    }
    CHECK(domainsWithNhs.size() >= 4);
    for (int i = 0; i < 6; ++i) {
        CHECK(set.domains[i].code == codes[i]);
        CHECK(set.domains[i].appliesTo.isEmpty()); // no NHS domain in 2015
    }
    CHECK(set.domains[0].title == QStringLiteral("Business probity"));
    CHECK(set.domains[1].title == QStringLiteral("Information governance"));
    CHECK(set.domains[2].title == QStringLiteral("People"));
    CHECK(set.domains[3].title == QStringLiteral("Facilities and equipment"));
    CHECK(set.domains[4].title == QStringLiteral("Relationships with purchasers"));
    CHECK(set.domains[5].title == QStringLiteral("Relationships with workers"));
    CHECK(set.findAssessable(QStringLiteral("s15-c-04"))->appliesTo ==
          QStringList{QStringLiteral("physiotherapy")});
    CHECK(set.findAssessable(QStringLiteral("s15-e-08"))->appliesTo ==
          QStringList{QStringLiteral("construction")});
    CHECK(mustItems(set) == QStringList{QStringLiteral("s15-b-01"), QStringLiteral("s15-d-04"),
                                        QStringLiteral("s15-f-03")});
}

TEST_CASE("Bundled checkpoints are complete and their codes cannot pass for official ones")
{
    const QRegularExpression ours(QStringLiteral("^S(15|23)-[A-Z]+-(\\d\\d|T\\d)$"));
    QSet<QString> allIds;
    for (const QString &id : StandardsLibrary::bundledIds()) {
        const StandardsSet set = bundled(id);
        const QString prefix =
            id.contains(QLatin1String("2015")) ? QStringLiteral("S15-") : QStringLiteral("S23-");
        for (const Domain &domain : set.domains) {
            CHECK(domain.standards.size() >= 1);
            int checkpoints = 0;
            for (const Standard &standard : domain.standards) {
                INFO(standard.code.toStdString());
                CHECK(ours.match(standard.code).hasMatch());
                CHECK(standard.code.startsWith(prefix));
                for (const Criterion &c : standard.criteria) {
                    INFO(c.code.toStdString());
                    ++checkpoints;
                    CHECK(ours.match(c.code).hasMatch());
                    CHECK(c.id == c.code.toLower());
                    CHECK_FALSE(c.title.isEmpty());
                    CHECK_FALSE(c.text.isEmpty());
                    CHECK_FALSE(c.guidance.isEmpty());
                    CHECK(c.evidenceExamples.size() >= 1);
                    CHECK(c.evidenceExamples.size() <= 4);
                    CHECK_FALSE(allIds.contains(c.id));
                    allIds.insert(c.id);
                }
            }
            CHECK(checkpoints >= 4);
        }
    }
}

TEST_CASE("The bundled crosswalk validates against both bundled sets")
{
    const Expected<Crosswalk> crosswalk = StandardsLibrary::bundledCrosswalk(
        QStringLiteral("seqohs-2015-summary"), QStringLiteral("seqohs-2023-summary"));
    INFO(crosswalk.errorString().toStdString());
    REQUIRE(crosswalk.ok());
    const StandardsSet from = bundled(crosswalk->fromSetId);
    const StandardsSet to = bundled(crosswalk->toSetId);
    const ErrorList problems =
        CrosswalkFormat::validate(*crosswalk, from, to, QStringLiteral("bundled"));
    INFO(joinErrors(problems).toStdString());
    CHECK(problems.isEmpty());
    CHECK(crosswalk->mappings.size() >= 30);
    CHECK(crosswalk->attribution.contains(QStringLiteral("not the Faculty")));

    // Every 2015 checkpoint except the construction one has somewhere to go.
    QSet<QString> mapped;
    QSet<int> relations;
    for (const Crosswalk::Mapping &m : crosswalk->mappings) {
        mapped.insert(m.from);
        relations.insert(static_cast<int>(m.relation));
    }
    for (const AssessableItem &item : from.assessables()) {
        if (item.id != QStringLiteral("s15-e-08"))
            CHECK(mapped.contains(item.id));
    }
    CHECK(relations.size() == 4); // every relation type is used

    CHECK(StandardsLibrary::bundledCrosswalks().size() == 1);
    const Expected<Crosswalk> none = StandardsLibrary::bundledCrosswalk(
        QStringLiteral("seqohs-2023-summary"), QStringLiteral("seqohs-2015-summary"));
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message.contains(QStringLiteral("No crosswalk")));
}
