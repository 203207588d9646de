#include "rollupfixture.h"
#include "testsupport.h"

#include "catalogue/standardslibrary.h"
#include "rollup/rollupbuilder.h"
#include "rollup/rollupjson.h"
#include "scoring/scorer.h"
#include "workspace/scoringinputbuilder.h"
#include "workspace/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace seqohs;

namespace {

std::unique_ptr<Workspace> openForWriting(const QString &path)
{
    Expected<std::unique_ptr<Workspace>> ws = Workspace::open(path);
    INFO(ws.errorString());
    REQUIRE(ws.ok());
    return std::move(ws).value();
}

// What `score` says for one workspace on the date: what the roll-up must repeat.
Readiness ownScore(const QString &path, const QDate &asOf)
{
    Expected<std::unique_ptr<Workspace>> ws = Workspace::open(path, Workspace::ReadOnly);
    REQUIRE(ws.ok());
    const Expected<ScoringInput> input = scoringInputFor(**ws, asOf);
    REQUIRE(input.ok());
    return Scorer::score(*input);
}

void setResult(Workspace &ws, const QString &itemId, AssessmentResult result)
{
    Assessment a = ws.assessment(itemId).ok() ? *ws.assessment(itemId) : Assessment{};
    a.itemId = itemId;
    a.result = result;
    INFO(itemId.toStdString());
    REQUIRE(ws.setAssessment(a).ok());
}

// Met, with a written statement that never expires: no longer a gap.
void closeGap(Workspace &ws, const QString &itemId)
{
    setResult(ws, itemId, AssessmentResult::Met);
    EvidenceItem meta;
    meta.title = QStringLiteral("Statement for %1").arg(itemId);
    const Expected<qint64> id = ws.addEvidenceStatement(QStringLiteral("How we meet it."), meta,
                                                        {EvidenceLink{0, itemId, QString()}});
    INFO(id.errorString());
    REQUIRE(id.ok());
}

bool isGap(const ItemScore &item)
{
    return item.included && (item.result != AssessmentResult::Met || item.currentEvidence == 0);
}

} // namespace

TEST_CASE("The roll-up sets each service's own score side by side, overall and by domain")
{
    test::TempDir dir;
    const QDate today = test::rollUpToday();
    const QString a =
        test::demoService(dir, QStringLiteral("a.seqohs"), QStringLiteral("Alpha OH"));
    const QString b = test::demoService(dir, QStringLiteral("b.seqohs"), QStringLiteral("Beta OH"));
    const QString c =
        test::demoService(dir, QStringLiteral("c.seqohs"), QStringLiteral("Gamma OH"));
    {
        // Beta has closed every gap of the first domain; Gamma has found two criteria not met.
        auto ws = openForWriting(b);
        const Readiness r = ownScore(b, today);
        for (const ItemScore &item : r.items) {
            if (item.domainIndex == 0 && isGap(item))
                closeGap(*ws, item.itemId);
        }
    }
    {
        QStringList met;
        for (const ItemScore &item : ownScore(c, today).items) {
            if (item.included && item.result == AssessmentResult::Met)
                met << item.itemId;
        }
        REQUIRE(met.size() >= 2);
        auto ws = openForWriting(c);
        setResult(*ws, met.at(0), AssessmentResult::NotMet);
        setResult(*ws, met.at(1), AssessmentResult::NotMet);
    }

    const RollUp rollUp = RollUpBuilder::build({a, b, c}, today);
    REQUIRE(rollUp.services.size() == 3);
    REQUIRE(rollUp.sets.size() == 1);
    const RollUp::Set &set = rollUp.sets.first();
    CHECK(set.services == QList<int>{0, 1, 2});
    CHECK(rollUp.readCount() == 3);
    const QStringList paths{a, b, c};
    const QStringList names{QStringLiteral("Alpha OH"), QStringLiteral("Beta OH"),
                            QStringLiteral("Gamma OH")};
    QList<std::optional<double>> scores;
    for (int s = 0; s < 3; ++s) {
        const RollUp::Service &service = rollUp.services.at(s);
        const Readiness own = ownScore(paths.at(s), today);
        INFO(service.name.toStdString());
        CHECK(service.read);
        CHECK(service.name == names.at(s));
        CHECK(service.setId == StandardsLibrary::defaultId());
        CHECK(service.verdict == own.verdict);
        CHECK(service.overall == own.overall);
        REQUIRE(service.domains.size() == own.domains.size());
        REQUIRE(set.domains.size() == own.domains.size());
        for (int d = 0; d < own.domains.size(); ++d) {
            CHECK(set.domains.at(d).id == own.domains.at(d).id);
            REQUIRE(service.domains.at(d).has_value());
            CHECK(*service.domains.at(d) == own.domains.at(d).figures);
        }
        scores << service.overall.score();
    }
    // The variations show: the figures are each service's own, not copies of one.
    CHECK(*scores.at(1) > *scores.at(0));
    CHECK(*scores.at(2) < *scores.at(0));
    CHECK(rollUp.services.at(1).domains.at(0)->coverage() == 1.0);
}

TEST_CASE("Shared gaps count the services where a criterion is a gap, most shared first")
{
    test::TempDir dir;
    const QDate today = test::rollUpToday();
    const QString a =
        test::demoService(dir, QStringLiteral("a.seqohs"), QStringLiteral("Alpha OH"));
    const QString b = test::demoService(dir, QStringLiteral("b.seqohs"), QStringLiteral("Beta OH"));
    const QString c =
        test::demoService(dir, QStringLiteral("c.seqohs"), QStringLiteral("Gamma OH"));
    const Readiness demo = ownScore(a, today);
    QStringList demoGaps;
    for (const ItemScore &item : demo.items) {
        if (isGap(item))
            demoGaps << item.itemId;
    }
    REQUIRE(demoGaps.size() >= 3);
    const QString twoOfThree = demoGaps.at(0); // closed in Gamma
    const QString oneOfThree = demoGaps.at(1); // closed in Beta and Gamma
    const QString noneLeft = demoGaps.at(2);   // closed everywhere
    {
        auto ws = openForWriting(a);
        closeGap(*ws, noneLeft);
    }
    {
        auto ws = openForWriting(b);
        closeGap(*ws, oneOfThree);
        closeGap(*ws, noneLeft);
    }
    {
        auto ws = openForWriting(c);
        closeGap(*ws, twoOfThree);
        closeGap(*ws, oneOfThree);
        closeGap(*ws, noneLeft);
    }

    const RollUp rollUp = RollUpBuilder::build({a, b, c}, today);
    QHash<QString, RollUp::SharedGap> byItem;
    for (const RollUp::SharedGap &g : rollUp.sharedGaps)
        byItem.insert(g.itemId, g);
    REQUIRE(byItem.contains(twoOfThree));
    CHECK(byItem.value(twoOfThree).services == QList<int>{0, 1});
    CHECK_FALSE(byItem.contains(oneOfThree)); // a gap in one service is not shared
    CHECK_FALSE(byItem.contains(noneLeft));

    // Every other gap of the demo is shared by all three, counted against each one's own
    // figures: not met where the service's result is not met, else without current evidence.
    const QList<Readiness> own{ownScore(a, today), ownScore(b, today), ownScore(c, today)};
    int expected = 0;
    for (const ItemScore &item : demo.items) {
        QList<int> in;
        QList<int> notMet;
        for (int s = 0; s < 3; ++s) {
            const auto found =
                std::find_if(own.at(s).items.cbegin(), own.at(s).items.cend(),
                             [&](const ItemScore &i) { return i.itemId == item.itemId; });
            REQUIRE(found != own.at(s).items.cend());
            if (isGap(*found)) {
                in << s;
                if (found->result != AssessmentResult::Met)
                    notMet << s;
            }
        }
        if (in.size() < 2) {
            CHECK_FALSE(byItem.contains(item.itemId));
            continue;
        }
        ++expected;
        INFO(item.code.toStdString());
        REQUIRE(byItem.contains(item.itemId));
        CHECK(byItem.value(item.itemId).services == in);
        CHECK(byItem.value(item.itemId).notMet == notMet);
        CHECK(byItem.value(item.itemId).code == item.code);
    }
    CHECK(rollUp.sharedGaps.size() == expected);
    // Ranked by how many services share them; must before should among equals.
    for (int i = 1; i < rollUp.sharedGaps.size(); ++i) {
        const RollUp::SharedGap &before = rollUp.sharedGaps.at(i - 1);
        const RollUp::SharedGap &after = rollUp.sharedGaps.at(i);
        CHECK(before.services.size() >= after.services.size());
        if (before.services.size() == after.services.size())
            CHECK_FALSE((before.level != Level::Must && after.level == Level::Must));
    }
    CHECK(rollUp.sharedGaps.last().itemId == twoOfThree);
}

TEST_CASE("A file that cannot be read is named with what to do, and the others still roll up")
{
    test::TempDir dir;
    const QDate today = test::rollUpToday();
    const QString a =
        test::demoService(dir, QStringLiteral("a.seqohs"), QStringLiteral("Alpha OH"));
    const QString newer =
        test::demoService(dir, QStringLiteral("newer.seqohs"), QStringLiteral("Newer OH"));
    test::makeNewer(newer);
    const QString damaged = dir.filePath(QStringLiteral("damaged.seqohs"));
    {
        QFile file(damaged);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
    }
    const QString missing = dir.filePath(QStringLiteral("missing.seqohs"));
    const QString edited =
        test::demoService(dir, QStringLiteral("edited.seqohs"), QStringLiteral("Edited OH"));
    // Someone has this one open for writing: reading beside them is allowed.
    auto holder = openForWriting(edited);

    const RollUp rollUp = RollUpBuilder::build({a, newer, damaged, missing, edited}, today);
    REQUIRE(rollUp.services.size() == 5);
    CHECK(rollUp.readCount() == 2);
    CHECK(rollUp.services.at(0).read);
    CHECK(rollUp.services.at(4).read);
    CHECK(rollUp.services.at(4).name == QStringLiteral("Edited OH"));
    for (int s : {1, 2, 3}) {
        const RollUp::Service &service = rollUp.services.at(s);
        INFO(service.path.toStdString());
        CHECK_FALSE(service.read);
        CHECK(service.name == QFileInfo(service.path).fileName());
        REQUIRE_FALSE(service.errors.isEmpty());
        CHECK(service.errors.first().file == QFileInfo(service.path).absoluteFilePath());
        CHECK_FALSE(service.errors.first().hint.isEmpty());
        CHECK(rollUp.setOf(s) == nullptr);
    }
    CHECK(rollUp.services.at(1).errors.first().message.contains(QStringLiteral("newer version")));
    CHECK(rollUp.services.at(3).errors.first().message.contains(QStringLiteral("does not exist")));
    REQUIRE(rollUp.sets.size() == 1);
    CHECK(rollUp.sets.first().services == QList<int>{0, 4});
    CHECK_FALSE(rollUp.sharedGaps.isEmpty());
    for (const RollUp::SharedGap &g : rollUp.sharedGaps)
        CHECK(g.services == QList<int>{0, 4});
    // Nothing was changed by reading.
    CHECK_FALSE(QFileInfo::exists(missing));
}

TEST_CASE("Two paths to one file count once")
{
    test::TempDir dir;
    const QDate today = test::rollUpToday();
    const QString a =
        test::demoService(dir, QStringLiteral("a.seqohs"), QStringLiteral("Alpha OH"));
    const QString b = test::demoService(dir, QStringLiteral("b.seqohs"), QStringLiteral("Beta OH"));
    const QString other = dir.path() + QStringLiteral("/sub/../a.seqohs");
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("sub")));
    const QString link = dir.filePath(QStringLiteral("link.seqohs"));
    REQUIRE(QFile::link(a, link));
    const RollUp rollUp = RollUpBuilder::build({a, b, other, link, b}, today);
    REQUIRE(rollUp.services.size() == 2);
    CHECK(rollUp.services.at(0).path == a);
    CHECK(rollUp.services.at(1).path == b);
}

TEST_CASE(
    "Two services of one name are told apart by their files, and other names stay as they are")
{
    test::TempDir dir;
    const QDate today = test::rollUpToday();
    const QString a =
        test::demoService(dir, QStringLiteral("north.seqohs"), QStringLiteral("Clinic OH"));
    const QString b =
        test::demoService(dir, QStringLiteral("south.seqohs"), QStringLiteral("Clinic OH"));
    const QString c =
        test::demoService(dir, QStringLiteral("c.seqohs"), QStringLiteral("Gamma OH"));
    const RollUp rollUp = RollUpBuilder::build({a, b, c}, today);
    REQUIRE(rollUp.services.size() == 3);
    CHECK(rollUp.services.at(0).name == QStringLiteral("Clinic OH (north.seqohs)"));
    CHECK(rollUp.services.at(1).name == QStringLiteral("Clinic OH (south.seqohs)"));
    CHECK(rollUp.services.at(2).name == QStringLiteral("Gamma OH"));

    // Team workspaces are told apart by their databases (not by the last part of the address).
    auto ws = Workspace::open(a, Workspace::ReadOnly);
    REQUIRE(ws.ok());
    const Expected<ScoringInput> input = scoringInputFor(**ws, today);
    REQUIRE(input.ok());
    const RollUp onServer = RollUpBuilder::combine(
        {{QStringLiteral("postgresql://alex@/leeds?host=/run/postgresql"), input},
         {QStringLiteral("postgresql://alex@db.example.org/york"), input}},
        today);
    REQUIRE(onServer.services.size() == 2);
    CHECK(onServer.services.at(0).name == QStringLiteral("Clinic OH (leeds)"));
    CHECK(onServer.services.at(1).name == QStringLiteral("Clinic OH (york)"));
}

TEST_CASE("Services on different standards sets are grouped by set, never mixed")
{
    test::TempDir dir;
    const QDate today = test::rollUpToday();
    const QString a =
        test::demoService(dir, QStringLiteral("a.seqohs"), QStringLiteral("Alpha OH"));
    const QString b = test::demoService(dir, QStringLiteral("b.seqohs"), QStringLiteral("Beta OH"));
    const Expected<StandardsSet> old =
        StandardsLibrary::bundled(QStringLiteral("seqohs-2015-summary"));
    REQUIRE(old.ok());
    QStringList olds;
    for (const QString &name : {QStringLiteral("Old one"), QStringLiteral("Old two")}) {
        const QString path = dir.filePath(name + QStringLiteral(".seqohs"));
        ServiceProfile profile;
        profile.name = name;
        Expected<std::unique_ptr<Workspace>> ws = Workspace::create(path, profile, *old);
        REQUIRE(ws.ok());
        olds << path;
    }
    const RollUp rollUp = RollUpBuilder::build({a, olds.at(0), b, olds.at(1)}, today);
    REQUIRE(rollUp.sets.size() == 2);
    CHECK(rollUp.sets.at(0).id == StandardsLibrary::defaultId());
    CHECK(rollUp.sets.at(0).services == QList<int>{0, 2});
    CHECK(rollUp.sets.at(1).id == QStringLiteral("seqohs-2015-summary"));
    CHECK(rollUp.sets.at(1).title == old->title);
    CHECK(rollUp.sets.at(1).services == QList<int>{1, 3});
    CHECK(rollUp.setOf(1) == &rollUp.sets.at(1));
    QStringList oldDomains;
    for (const Domain &d : old->domains)
        oldDomains << d.id;
    QStringList columns;
    for (const RollUp::DomainColumn &c : rollUp.sets.at(1).domains)
        columns << c.id;
    CHECK(columns == oldDomains);
    CHECK(rollUp.services.at(1).domains.size() == old->domains.size());
    CHECK(rollUp.services.at(1).overall == ownScore(olds.at(0), today).overall);
    // Gaps are shared within a set only: each names its set and only that set's services.
    bool sawOld = false;
    for (const RollUp::SharedGap &g : rollUp.sharedGaps) {
        const RollUp::Set *set = rollUp.set(g.setId);
        REQUIRE(set != nullptr);
        for (int s : g.services)
            CHECK(set->services.contains(s));
        CHECK(old->findAssessable(g.itemId).has_value() == (g.setId == old->id));
        sawOld = sawOld || g.setId == old->id;
    }
    CHECK(sawOld);
    const QJsonObject json = rollUpJson(rollUp);
    CHECK(json.value(QStringLiteral("sets")).toArray().size() == 2);
}

TEST_CASE("Evidence expiring within 90 days or before each service's visit is listed")
{
    test::TempDir dir;
    const QDate today = test::rollUpToday();
    const QString a =
        test::demoService(dir, QStringLiteral("a.seqohs"), QStringLiteral("Alpha OH"));
    const QString b = test::demoService(dir, QStringLiteral("b.seqohs"), QStringLiteral("Beta OH"));
    qint64 late = 0;
    qint64 afterVisit = 0;
    {
        // Alpha's visit is in 300 days; Beta's in 120. An item lapsing in 200 days matters to
        // Alpha's visit only.
        for (const QString &path : {a, b}) {
            auto ws = openForWriting(path);
            ServiceProfile p = *ws->profile();
            p.plannedAssessment = today.addDays(path == a ? 300 : 120);
            REQUIRE(ws->setProfile(p).ok());
            EvidenceItem e = ws->evidence()->first();
            e.reviewBy = today.addDays(200);
            REQUIRE(ws->updateEvidence(e).ok());
            (path == a ? late : afterVisit) = e.id;
        }
    }
    const RollUp rollUp = RollUpBuilder::build({a, b}, today);
    int expected = 0;
    for (int s = 0; s < 2; ++s) {
        auto ws = Workspace::open(s == 0 ? a : b, Workspace::ReadOnly);
        REQUIRE(ws.ok());
        const QDate visit = (*ws)->profile()->plannedAssessment;
        for (const EvidenceItem &e : *(*ws)->evidence()) {
            if (e.reviewBy.isValid() && e.reviewBy >= today &&
                (e.reviewBy <= today.addDays(90) || e.reviewBy < visit))
                ++expected;
        }
    }
    CHECK(rollUp.expiring.size() == expected);
    REQUIRE(expected > 2);
    for (int i = 0; i < rollUp.expiring.size(); ++i) {
        const RollUp::ExpiringEvidence &e = rollUp.expiring.at(i);
        CHECK(e.reviewBy >= today);
        if (i > 0)
            CHECK(rollUp.expiring.at(i - 1).reviewBy <= e.reviewBy);
        CHECK(e.beforeVisit == (e.reviewBy < rollUp.services.at(e.service).plannedVisit));
    }
    const auto found = [&](int service, qint64 id) {
        return std::any_of(rollUp.expiring.cbegin(), rollUp.expiring.cend(),
                           [&](const RollUp::ExpiringEvidence &e) {
                               return e.service == service && e.evidenceId == id;
                           });
    };
    CHECK(found(0, late));
    CHECK_FALSE(found(1, afterVisit));
}
