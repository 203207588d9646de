#include "testsupport.h"
#include "workspacetesthelpers.h"

#include "common/clock.h"
#include "workspace/signoffcoverage.h"

#include <QSqlDatabase>
#include <QSqlQuery>

using namespace seqohs;

namespace {

void assess(Workspace &ws, const QString &item, AssessmentResult result, const QString &owner = {})
{
    Assessment a = *ws.assessment(item);
    a.result = result;
    if (!owner.isNull())
        a.owner = owner;
    REQUIRE(ws.setAssessment(a).ok());
}

SignOff signOff(const Workspace &ws, qint64 id)
{
    const Expected<std::optional<SignOff>> s = ws.signOff(id);
    REQUIRE(s.ok());
    REQUIRE(s->has_value());
    return **s;
}

QStringList auditKinds(const Workspace &ws)
{
    QStringList kinds;
    for (const AuditEntry &e : *ws.auditTrail())
        kinds << e.what;
    return kinds;
}

} // namespace

TEST_CASE("A sign-off records what it covers and is voided by the change that breaks it")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("s.seqohs")));
    assess(*ws, QStringLiteral("t-a1-1"), AssessmentResult::Met);
    assess(*ws, QStringLiteral("t-a1-2"), AssessmentResult::PartiallyMet);
    const QString file = dir.filePath(QStringLiteral("policy.txt"));
    test::writeFile(file, "Policy, version 1\n");
    EvidenceItem meta;
    meta.title = QStringLiteral("Policy");
    const Expected<qint64> evidence =
        ws->addEvidenceFile(file, meta, {EvidenceLink{0, QStringLiteral("t-a1-1"), {}}});
    REQUIRE(evidence.ok());

    // By code, case-insensitive; the record holds both criteria of A1 and the evidence's hash.
    const Expected<qint64> a1 =
        ws->addSignOff(SignOff::Scope::Standard, QStringLiteral("a1"), QStringLiteral("Dr Lead"),
                       QStringLiteral("Reviewed at the governance group"));
    INFO(a1.errorString().toStdString());
    REQUIRE(a1.ok());
    const Expected<qint64> b = ws->addSignOff(SignOff::Scope::Domain, QStringLiteral("t-b"),
                                              QStringLiteral("Dr Lead"), QString());
    REQUIRE(b.ok());
    SignOff s = signOff(*ws, *a1);
    CHECK(s.target == QStringLiteral("t-a1"));
    CHECK_FALSE(s.isVoid());
    CHECK(s.covered.contains("t-a1-2"));
    CHECK(s.covered.contains(ws->evidenceItem(*evidence)->value().sha256));
    CHECK(s.coveredHash == SignOffCoverage::hash(s.covered));
    CHECK(ws->signOffChanges(s)->isEmpty());

    // Changes that the sign-off does not cover leave it holding: another standard's result,
    // the evidence's title.
    assess(*ws, QStringLiteral("t-a2"), AssessmentResult::Met);
    EvidenceItem renamed = ws->evidenceItem(*evidence)->value();
    renamed.title = QStringLiteral("Governance policy");
    REQUIRE(ws->updateEvidence(renamed).ok());
    CHECK_FALSE(signOff(*ws, *a1).isVoid());

    // New content for the linked evidence voids it, in the same unit of work, named.
    test::writeFile(file, "Policy, version 2\n");
    REQUIRE(ws->replaceEvidenceFile(*evidence, file).ok());
    s = signOff(*ws, *a1);
    CHECK(s.isVoid());
    CHECK(s.voidReason.contains(QStringLiteral("A1.1: evidence 'Governance policy' has new "
                                               "content")));
    CHECK(ws->signOffChanges(s)->contains(
        QStringLiteral("A1.1: evidence 'Governance policy' has new content")));
    CHECK_FALSE(signOff(*ws, *b).isVoid());
    const QStringList kinds = auditKinds(*ws);
    CHECK(kinds.count(QStringLiteral("signoff.add")) == 2);
    CHECK(kinds.count(QStringLiteral("signoff.void")) == 1);
    CHECK(kinds.indexOf(QStringLiteral("signoff.void")) ==
          kinds.lastIndexOf(QStringLiteral("evidence.replace")) + 1);

    // Each change the record covers, named.
    const auto fresh = [&](SignOff::Scope scope, const QString &target) {
        const Expected<qint64> id = ws->addSignOff(scope, target, QStringLiteral("Dr Lead"), {});
        REQUIRE(id.ok());
        return *id;
    };
    qint64 id = fresh(SignOff::Scope::Criterion, QStringLiteral("t-a1-2"));
    assess(*ws, QStringLiteral("t-a1-2"), AssessmentResult::Met);
    CHECK(signOff(*ws, id).voidReason ==
          QStringLiteral("A1.2: the result changed from Partially met to Met"));
    id = fresh(SignOff::Scope::Criterion, QStringLiteral("t-a1-2"));
    Assessment narrative = *ws->assessment(QStringLiteral("t-a1-2"));
    narrative.narrative = QStringLiteral("Now with a narrative");
    REQUIRE(ws->setAssessment(narrative).ok());
    CHECK(signOff(*ws, id).voidReason == QStringLiteral("A1.2: the narrative was edited"));
    id = fresh(SignOff::Scope::Criterion, QStringLiteral("t-a1-2"));
    REQUIRE(ws->link(EvidenceLink{*evidence, QStringLiteral("t-a1-2"), {}}).ok());
    CHECK(signOff(*ws, id).voidReason ==
          QStringLiteral("A1.2: evidence 'Governance policy' was linked"));
    id = fresh(SignOff::Scope::Whole, QString());
    REQUIRE(ws->unlink(*evidence, QStringLiteral("t-a1-2")).ok());
    CHECK(signOff(*ws, id).voidReason ==
          QStringLiteral("A1.2: evidence 'Governance policy' is no longer linked"));

    // Setting it back does not make a void sign-off hold again; what it said stays.
    REQUIRE(ws->link(EvidenceLink{*evidence, QStringLiteral("t-a1-2"), {}}).ok());
    s = signOff(*ws, id);
    CHECK(s.isVoid());
    CHECK(ws->signOffChanges(s)->value(0) ==
          QStringLiteral("A1.2: evidence 'Governance policy' is no longer linked"));

    // The domain sign-off still holds, and the file passes its check with all of this in it.
    CHECK_FALSE(signOff(*ws, *b).isVoid());
    CHECK(ws->checkIntegrity().ok());
}

TEST_CASE("An owner may be stopped from signing off their own assessment")
{
    test::TempDir dir;
    auto ws = test::createWorkspace(dir.filePath(QStringLiteral("o.seqohs")));
    assess(*ws, QStringLiteral("t-a1-1"), AssessmentResult::Met, QStringLiteral("Tom Okafor"));
    CHECK(*ws->ownersMaySignOff());
    CHECK(ws->addSignOff(SignOff::Scope::Standard, QStringLiteral("A1"),
                         QStringLiteral("Tom Okafor"), {})
              .ok());
    REQUIRE(ws->setOwnersMaySignOff(false).ok());
    CHECK_FALSE(*ws->ownersMaySignOff());
    const Expected<qint64> refused = ws->addSignOff(SignOff::Scope::Domain, QStringLiteral("A"),
                                                    QStringLiteral("  tom okafor "), {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorString().contains(
        QStringLiteral("owns the assessment of A1.1, and this workspace does not let owners "
                       "sign off their own work")));
    // An owner written with a role is the same person as the name alone.
    assess(*ws, QStringLiteral("t-a1-2"), AssessmentResult::Met,
           QStringLiteral("Dr Priya Shah, Clinical Lead"));
    CHECK(ws->addSignOff(SignOff::Scope::Criterion, QStringLiteral("A1.2"),
                         QStringLiteral("Dr Priya Shah"), {})
              .errorString()
              .contains(QStringLiteral("Dr Priya Shah owns the assessment of A1.2")));
    CHECK(ws->addSignOff(SignOff::Scope::Domain, QStringLiteral("B"),
                         QStringLiteral("Dr Priya Shah"), {})
              .ok());
    // What cannot be signed: an unknown target, no signer.
    CHECK(ws->addSignOff(SignOff::Scope::Standard, QStringLiteral("Z9"), QStringLiteral("X"), {})
              .errorString()
              .contains(QStringLiteral("no standard 'Z9'")));
    CHECK_FALSE(ws->addSignOff(SignOff::Scope::Whole, QString(), QStringLiteral("   "), {}).ok());
    const QStringList kinds = auditKinds(*ws);
    CHECK(kinds.count(QStringLiteral("signoff.policy")) == 1);
    CHECK(kinds.count(QStringLiteral("signoff.add")) == 2);
}

TEST_CASE("A withdrawn sign-off comes back as it was, and survives reopening")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("w.seqohs"));
    qint64 id = 0;
    SignOff before;
    {
        auto ws = test::createWorkspace(path);
        const Expected<qint64> made =
            ws->addSignOff(SignOff::Scope::Whole, QString(), QStringLiteral("Dr Lead"),
                           QStringLiteral("All of it"));
        REQUIRE(made.ok());
        id = *made;
        before = signOff(*ws, id);
        REQUIRE(ws->withdrawSignOff(id).ok());
        CHECK(ws->signOffs()->isEmpty());
        REQUIRE(ws->restoreSignOff(before).ok());
        CHECK_FALSE(ws->restoreSignOff(before).ok());
        CHECK(auditKinds(*ws).contains(QStringLiteral("signoff.withdraw")));
    }
    auto ws = test::openWorkspace(path);
    CHECK(signOff(*ws, id) == before);
    assess(*ws, QStringLiteral("t-b1-1"), AssessmentResult::NotMet);
    CHECK(signOff(*ws, id).isVoid());
    CHECK(ws->checkIntegrity().ok());
}

TEST_CASE("A sign-off changed outside the program is named by the check", "[file]")
{
    test::TempDir dir;
    const QString path = dir.filePath(QStringLiteral("t.seqohs"));
    {
        auto ws = test::createWorkspace(path);
        REQUIRE(
            ws->addSignOff(SignOff::Scope::Whole, QString(), QStringLiteral("Dr Lead"), {}).ok());
        assess(*ws, QStringLiteral("t-a1-1"), AssessmentResult::Met);
        REQUIRE(ws->signOffs()->first().isVoid());
    }
    {
        // Someone makes the void sign-off hold again with another tool.
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("UPDATE signoff SET voided = NULL, void_reason = ''")));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    auto ws = Workspace::open(path, Workspace::ReadOnly);
    REQUIRE(ws.ok());
    const Status check = (*ws)->checkIntegrity();
    CHECK_FALSE(check.ok());
    CHECK(check.errorString().contains(QStringLiteral("sign-off 1")));
}
