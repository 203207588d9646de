// Each undo command does, undoes and redoes, and the workspace file is compared row by row with
// what it held before and after: undo must give back exactly the state before, redo exactly the
// state after. Time moves on between the steps, so a redo that re-creates instead of putting
// back shows up in the dates it records.

#include "readvalue.h"
#include "testsupport.h"
#include "workspacestate.h"

#include "../migration/migrationtesthelpers.h"
#include "commands/actioncommand.h"
#include "commands/addevidencecommand.h"
#include "commands/editevidencecommand.h"
#include "commands/linkevidencecommand.h"
#include "commands/reconfirmitemcommand.h"
#include "commands/removeevidencecommand.h"
#include "commands/setassessmentcommand.h"
#include "commands/setprofilecommand.h"
#include "common/clock.h"
#include "migration/migrationapplier.h"
#include "migration/migrationplanner.h"
#include "models/workspacedocument.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>

using namespace seqohs;

namespace {

// The lines only one of the two states has, marked "-" (before only) and "+" (now only).
QString difference(const QStringList &before, const QStringList &now)
{
    const QSet<QString> a(before.cbegin(), before.cend());
    const QSet<QString> b(now.cbegin(), now.cend());
    QStringList out;
    for (const QString &line : before) {
        if (!b.contains(line))
            out << QStringLiteral("- ") + line;
    }
    for (const QString &line : now) {
        if (!a.contains(line))
            out << QStringLiteral("+ ") + line;
    }
    if (out.isEmpty() && before != now)
        out << QStringLiteral("(the same rows, a different number of them)");
    return out.join(QLatin1Char('\n'));
}

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out << QString::fromLatin1(name);
    return out;
}

// A fixed clock that the test moves on by an hour at each step (the date stays the same).
class StepClock
{
public:
    StepClock() { Clock::setFixed(m_now); }
    ~StepClock() { Clock::setFixed(QDateTime()); }
    void step()
    {
        m_now = m_now.addSecs(3600);
        Clock::setFixed(m_now);
    }

private:
    QDateTime m_now{QDate(2026, 3, 2), QTime(7, 0), Qt::UTC};
};

class Fixture
{
public:
    enum Kind { Demo, Moved };

    explicit Fixture(Kind kind = Demo)
    {
        path = dir.filePath(QStringLiteral("ws.seqohs"));
        std::unique_ptr<Workspace> ws;
        if (kind == Demo) {
            auto made = DemoWorkspace::create(path, QDate(2026, 3, 1));
            REQUIRE(made.ok());
            ws = std::move(made).value();
        } else {
            ws = test::createOldWorkspace(path);
            Expected<MigrationPlan> plan =
                MigrationPlanner::plan(*ws, test::newSet(), test::crosswalk());
            REQUIRE(plan.ok());
            Expected<QString> applied = MigrationApplier::apply(*ws, *plan);
            INFO(applied.errorString());
            REQUIRE(applied.ok());
            REQUIRE(test::read(ws->reconfirmations()).size() == 4);
        }
        doc = std::make_unique<WorkspaceDocument>(std::move(ws));
        errors = std::make_unique<QSignalSpy>(doc.get(), &WorkspaceDocument::errorsOccurred);
    }

    Workspace &ws() const { return doc->workspace(); }
    QUndoStack *stack() const { return doc->undoStack(); }

    // Pushes command (its first redo), undoes and redoes it, comparing the whole file with the
    // state before and after each time. Returns the audit rows the three steps appended.
    QStringList doUndoRedo(QUndoCommand *command)
    {
        const QStringList before = test::workspaceState(path);
        const qint64 auditBefore = test::auditRowCount(path);
        clock.step();
        stack()->push(command);
        REQUIRE(stack()->count() == 1);
        const QStringList after = test::workspaceState(path);
        REQUIRE(after != before); // the command changed something
        clock.step();
        stack()->undo();
        CHECK(difference(before, test::workspaceState(path)) == QString());
        clock.step();
        stack()->redo();
        CHECK(difference(after, test::workspaceState(path)) == QString());
        clock.step();
        stack()->undo();
        CHECK(difference(before, test::workspaceState(path)) == QString());
        CHECK(errors->count() == 0);
        CHECK(ws().verifyAuditChain().ok());
        return test::auditWhatsAfter(path, auditBefore);
    }

    StepClock clock;
    test::TempDir dir;
    QString path;
    std::unique_ptr<WorkspaceDocument> doc;
    std::unique_ptr<QSignalSpy> errors;
};

// A file item of the demo with more than one version and more than one link, not the last
// added (so that a new id would differ).
qint64 fileWithHistory(const Workspace &ws)
{
    const QList<EvidenceItem> all = test::read(ws.evidence());
    for (const EvidenceItem &e : all) {
        if (e.kind == EvidenceItem::Kind::File && test::read(ws.versions(e.id)).size() == 2 &&
            test::read(ws.linksFor(e.id)).size() >= 2 && e.id != all.last().id)
            return e.id;
    }
    FAIL("the demo has no file item with two versions and two links");
    return 0;
}

} // namespace

TEST_CASE("Setting an assessment: do, undo, redo", "[undo]")
{
    Fixture f;
    const QString itemId = f.ws().standardsSet().assessables().at(2).id;
    Assessment a = test::read(f.ws().assessment(itemId));
    a.result = AssessmentResult::PartiallyMet;
    a.narrative = QStringLiteral("Audits run twice a year; the second is not yet written up.");
    a.owner = QStringLiteral("Clinical lead");
    a.lastReviewed = QDateTime(); // the core fills in the time
    CHECK(f.doUndoRedo(new SetAssessmentCommand(f.doc.get(), a)) ==
          names({"assessment.set", "assessment.set", "assessment.set", "assessment.set"}));
}

TEST_CASE("Setting an assessment of an item flagged after a move: undo flags it again",
          "[undo][reconfirm]")
{
    Fixture f(Fixture::Moved);
    const QString itemId = QStringLiteral("n-4");
    REQUIRE(test::read(f.ws().reconfirmation(itemId)));
    Assessment a = test::read(f.ws().assessment(itemId));
    a.result = AssessmentResult::Met;
    CHECK(f.doUndoRedo(new SetAssessmentCommand(f.doc.get(), a)) ==
          names({"assessment.set", "assessment.set", "reconfirm.restored", "assessment.set",
                 "assessment.set", "reconfirm.restored"}));
    CHECK(test::read(f.ws().reconfirmation(itemId)).has_value());
}

TEST_CASE("Setting the profile: do, undo, redo", "[undo]")
{
    Fixture f;
    ServiceProfile p = test::read(f.ws().profile());
    p.name = QStringLiteral("Southgate Occupational Health");
    p.servesNhs = !p.servesNhs;
    p.sites << QStringLiteral("Riverside clinic");
    CHECK(f.doUndoRedo(new SetProfileCommand(f.doc.get(), p)) ==
          names({"profile.set", "profile.set", "profile.set", "profile.set"}));
}

TEST_CASE("Adding evidence: do, undo, redo puts back the same items", "[undo]")
{
    Fixture f;
    const QList<AssessableItem> items = f.ws().standardsSet().assessables();
    const QString source = f.dir.filePath(QStringLiteral("minutes.txt"));
    {
        QFile file(source);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write("Minutes of the governance meeting, 12 February 2026.\n") == 53);
    }
    AddEvidenceCommand::Entry fileEntry;
    fileEntry.meta.kind = EvidenceItem::Kind::File;
    fileEntry.meta.title = QStringLiteral("Governance minutes");
    fileEntry.meta.reviewBy = QDate(2027, 2, 12);
    fileEntry.sourcePath = source;
    fileEntry.links = {EvidenceLink{0, items.at(0).id, QStringLiteral("Section 3")},
                       EvidenceLink{0, items.at(1).id, QString()}};
    AddEvidenceCommand::Entry statement;
    statement.meta.kind = EvidenceItem::Kind::Statement;
    statement.meta.title = QStringLiteral("No lone working");
    statement.meta.statement = QStringLiteral("Clinicians never see clients alone after 6 pm.");
    statement.links = {EvidenceLink{0, items.at(3).id, QString()}};
    auto *command = new AddEvidenceCommand(f.doc.get(), {fileEntry, statement}, false);
    const QStringList before = test::workspaceState(f.path);
    f.stack()->push(command);
    // The file it came from goes away; redo must not need it.
    REQUIRE(QFile::remove(source));
    f.stack()->undo();
    CHECK(difference(before, test::workspaceState(f.path)) == QString());
    // Then as any other command, from this state on.
    f.stack()->clear();
    CHECK(f.doUndoRedo(new AddEvidenceCommand(f.doc.get(), {statement}, false)) ==
          names({"evidence.add", "evidence.remove", "evidence.restore", "evidence.remove"}));
}

TEST_CASE("Adding a file: redo after undo keeps its id, date and content", "[undo]")
{
    Fixture f;
    const QString source = f.dir.filePath(QStringLiteral("rota.txt"));
    {
        QFile file(source);
        REQUIRE(file.open(QIODevice::WriteOnly));
        REQUIRE(file.write("On-call rota, March 2026.\n") == 26);
    }
    AddEvidenceCommand::Entry entry;
    entry.meta.kind = EvidenceItem::Kind::File;
    entry.meta.title = QStringLiteral("On-call rota");
    entry.sourcePath = source;
    entry.links = {
        EvidenceLink{0, f.ws().standardsSet().assessables().first().id, QStringLiteral("p. 2")}};
    CHECK(f.doUndoRedo(new AddEvidenceCommand(f.doc.get(), {entry}, false)) ==
          names({"evidence.add", "evidence.remove", "evidence.restore", "evidence.remove"}));
}

TEST_CASE("Editing evidence: do, undo, redo", "[undo]")
{
    Fixture f;
    const std::optional<EvidenceItem> found =
        test::read(f.ws().evidenceItem(fileWithHistory(f.ws())));
    REQUIRE(found);
    EvidenceItem e = *found;
    e.title = QStringLiteral("Service policy (current)");
    e.description = QStringLiteral("Approved by the board.");
    e.reviewBy = QDate(2027, 1, 31);
    CHECK(f.doUndoRedo(new EditEvidenceCommand(f.doc.get(), *found, e)) ==
          names({"evidence.update", "evidence.update", "evidence.update", "evidence.update"}));
}

TEST_CASE("Linking and unlinking evidence: do, undo, redo", "[undo]")
{
    Fixture f;
    const qint64 id = fileWithHistory(f.ws());
    const QList<EvidenceLink> links = test::read(f.ws().linksFor(id));
    QString unlinked;
    for (const AssessableItem &item : f.ws().standardsSet().assessables()) {
        bool linked = false;
        for (const EvidenceLink &l : links)
            linked = linked || l.itemId == item.id;
        if (!linked) {
            unlinked = item.id;
            break;
        }
    }
    REQUIRE(!unlinked.isEmpty());
    SECTION("link")
    {
        CHECK(f.doUndoRedo(new LinkEvidenceCommand(
                  f.doc.get(), EvidenceLink{id, unlinked, QStringLiteral("Appendix B")},
                  LinkEvidenceCommand::Link)) ==
              names({"link.set", "link.remove", "link.set", "link.remove"}));
    }
    SECTION("unlink, keeping the note for undo")
    {
        EvidenceLink withNote = links.first();
        withNote.note = QStringLiteral("See the second page");
        REQUIRE(f.ws().link(withNote).ok());
        CHECK(
            f.doUndoRedo(new LinkEvidenceCommand(f.doc.get(), EvidenceLink{id, withNote.itemId, {}},
                                                 LinkEvidenceCommand::Unlink)) ==
            names({"link.remove", "link.set", "link.remove", "link.set"}));
        CHECK(test::read(f.ws().linksFor(id)).contains(withNote));
    }
}

TEST_CASE("Removing evidence: undo puts back the same item, versions and links", "[undo]")
{
    Fixture f;
    SECTION("a file with two versions and its links")
    {
        const qint64 id = fileWithHistory(f.ws());
        const std::optional<EvidenceItem> item = test::read(f.ws().evidenceItem(id));
        REQUIRE(item);
        const QList<EvidenceVersion> versions = test::read(f.ws().versions(id));
        REQUIRE(versions.size() == 2);
        const QList<EvidenceLink> links = test::read(f.ws().linksFor(id));
        CHECK(
            f.doUndoRedo(new RemoveEvidenceCommand(f.doc.get(), id)) ==
            names({"evidence.remove", "evidence.restore", "evidence.remove", "evidence.restore"}));
        CHECK(test::read(f.ws().evidenceItem(id)) == item);
        CHECK(test::read(f.ws().versions(id)) == versions);
        CHECK(test::read(f.ws().linksFor(id)) == links);
        // The content of both versions is there, byte for byte.
        for (const EvidenceVersion &v : versions) {
            const QString out = f.dir.filePath(QStringLiteral("v%1").arg(v.version));
            REQUIRE(f.ws().exportEvidenceFile(id, out, v.version).ok());
            CHECK(QFileInfo(out).size() == v.size);
        }
        CHECK(f.ws().checkIntegrity().ok());
    }
    SECTION("a statement")
    {
        qint64 id = 0;
        for (const EvidenceItem &e : test::read(f.ws().evidence())) {
            if (e.kind == EvidenceItem::Kind::Statement && id == 0)
                id = e.id;
        }
        REQUIRE(id != 0);
        CHECK(
            f.doUndoRedo(new RemoveEvidenceCommand(f.doc.get(), id)) ==
            names({"evidence.remove", "evidence.restore", "evidence.remove", "evidence.restore"}));
    }
}

TEST_CASE("Actions: add, edit, mark done and remove, each done, undone and redone", "[undo]")
{
    Fixture f;
    const QList<Action> actions = test::read(f.ws().actions());
    REQUIRE(actions.size() >= 2);
    const Action &first = actions.first(); // not the last: a new id would differ
    SECTION("add")
    {
        Action a;
        a.text = QStringLiteral("Book the fire drill");
        a.itemId = f.ws().standardsSet().assessables().first().id;
        a.due = QDate(2026, 4, 1);
        CHECK(f.doUndoRedo(new ActionCommand(f.doc.get(), std::nullopt, a)) ==
              names({"action.add", "action.remove", "action.restore", "action.remove"}));
    }
    SECTION("edit")
    {
        Action a = first;
        a.text = first.text + QStringLiteral(" (and report to the board)");
        a.owner = QStringLiteral("Practice manager");
        CHECK(f.doUndoRedo(new ActionCommand(f.doc.get(), first, a)) ==
              names({"action.update", "action.update", "action.update", "action.update"}));
    }
    SECTION("mark done")
    {
        REQUIRE(first.status != Action::Status::Done);
        Action a = first;
        a.status = Action::Status::Done;
        CHECK(f.doUndoRedo(new ActionCommand(f.doc.get(), first, a)) ==
              names({"action.update", "action.update", "action.update", "action.update"}));
    }
    SECTION("remove")
    {
        CHECK(f.doUndoRedo(new ActionCommand(f.doc.get(), first, std::nullopt)) ==
              names({"action.remove", "action.restore", "action.remove", "action.restore"}));
        CHECK(test::read(f.ws().action(first.id)) == first);
    }
}

TEST_CASE("Re-confirming after a move: do, undo, redo", "[undo][reconfirm]")
{
    Fixture f(Fixture::Moved);
    SECTION("confirm as it stands")
    {
        // Every flagged item of the fixture received no result; n-7 is given one, and its flag
        // put back, so that confirming keeps the result and only clears the flag.
        const QString itemId = QStringLiteral("n-7");
        const std::optional<Reconfirmation> flag = test::read(f.ws().reconfirmation(itemId));
        REQUIRE(flag);
        Assessment a = test::read(f.ws().assessment(itemId));
        a.result = AssessmentResult::PartiallyMet;
        REQUIRE(f.ws().setAssessment(a).ok());
        REQUIRE(f.ws().restoreReconfirmation(*flag).ok());
        CHECK(f.doUndoRedo(new ReconfirmItemCommand(f.doc.get(), itemId)) ==
              names({"reconfirm.done", "reconfirm.restored", "reconfirm.done",
                     "reconfirm.restored"}));
    }
    SECTION("confirm, taking the result the sources suggested")
    {
        // n-3 received no result and its source suggests met: confirming records it, and the
        // redo records exactly what the first time did.
        CHECK(f.doUndoRedo(new ReconfirmItemCommand(f.doc.get(), QStringLiteral("n-3"))) ==
              names({"assessment.set", "assessment.set", "reconfirm.restored", "assessment.set",
                     "assessment.set", "reconfirm.restored"}));
        CHECK(test::read(f.ws().assessment(QStringLiteral("n-3"))).result ==
              AssessmentResult::NotAssessed);
    }
    SECTION("record another result")
    {
        CHECK(f.doUndoRedo(new ReconfirmItemCommand(f.doc.get(), QStringLiteral("n-4"),
                                                    AssessmentResult::NotApplicable,
                                                    QStringLiteral("No night clinics now."))) ==
              names({"assessment.set", "assessment.set", "reconfirm.restored", "assessment.set",
                     "assessment.set", "reconfirm.restored"}));
    }
}
