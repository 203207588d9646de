#include "testsupport.h"

#include "catalogue/standardslibrary.h"
#include "common/clock.h"
#include "models/actionmodel.h"
#include "models/evidencemodel.h"
#include "models/navigatorfilter.h"
#include "models/navigatormodel.h"
#include "models/workspacedocument.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>

#include <algorithm>
#include <numeric>

using namespace seqohs;

namespace {
std::unique_ptr<Workspace> demo(const test::TempDir &dir)
{
    auto ws = DemoWorkspace::create(dir.filePath(QStringLiteral("demo.seqohs")), QDate(2026, 3, 1));
    REQUIRE(ws.ok());
    return std::move(ws).value();
}
} // namespace

TEST_CASE("The navigator model passes the item model tester and mirrors the set")
{
    test::TempDir dir;
    WorkspaceDocument doc(demo(dir));
    NavigatorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setStandardsSet(doc.workspace().standardsSet());
    model.setReadiness(doc.readiness());
    const StandardsSet &set = doc.workspace().standardsSet();
    REQUIRE(model.rowCount() == set.domains.size());
    const QModelIndex first = model.index(0, 0);
    CHECK(model.rowCount(first) == set.domains.first().standards.size());

    const AssessableItem item = set.assessables().first();
    const QModelIndex leaf = model.indexForId(item.id);
    REQUIRE(leaf.isValid());
    CHECK(leaf.data(NavigatorModel::ItemIdRole).toString() == item.id);
    CHECK(leaf.data().toString().contains(item.code));
    CHECK(leaf.parent().isValid());

    NavigatorFilter filter;
    QAbstractItemModelTester filterTester(&filter,
                                          QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&model);
    filter.setMustOnly(true);
    // Every visible leaf is a must requirement.
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < filter.rowCount(parent); ++r) {
            const QModelIndex i = filter.index(r, 0, parent);
            if (NavigatorModel::NodeKind(i.data(NavigatorModel::NodeKindRole).toInt()) ==
                NavigatorModel::NodeKind::Item)
                CHECK(i.data(NavigatorModel::IsMustRole).toBool());
            walk(i);
        }
    };
    walk(QModelIndex());
    filter.setMustOnly(false);
    filter.setText(item.code);
    CHECK(filter.rowCount() == 1); // the one domain that holds it
    filter.setText(QStringLiteral("no requirement has this text zzqx"));
    CHECK(filter.rowCount() == 0);
}

TEST_CASE("The evidence model follows the workspace row by row")
{
    test::TempDir dir;
    WorkspaceDocument doc(demo(dir));
    EvidenceModel model(&doc.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setReadiness(doc.readiness());
    const int before = model.rowCount();
    CHECK(before == doc.workspace().evidence()->size());
    CHECK(before == 12); // the demo: 8 files, 2 links and 2 statements

    EvidenceItem meta;
    meta.kind = EvidenceItem::Kind::Statement;
    meta.title = QStringLiteral("Our statement");
    const QString itemId = doc.workspace().standardsSet().assessables().first().id;
    const Expected<qint64> id = doc.workspace().addEvidenceStatement(
        QStringLiteral("We review every policy yearly."), meta, {EvidenceLink{0, itemId, {}}});
    REQUIRE(id.ok());
    REQUIRE(model.rowCount() == before + 1);
    const int row = model.rowForId(*id);
    REQUIRE(row >= 0);
    CHECK(model.index(row, EvidenceModel::TitleColumn).data().toString() ==
          QStringLiteral("Our statement"));
    CHECK(model.index(row, 0).data(EvidenceModel::UsedByRole).toStringList() ==
          QStringList{itemId});
    REQUIRE(doc.workspace().removeEvidence(*id).ok());
    CHECK(model.rowCount() == before);
}

TEST_CASE("Sorting the evidence by title or owner gives the order a plain collation sort gives, "
          "and follows an edit")
{
    // Collation follows the person's language; the C locale the tests run in compares code
    // points.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
    test::TempDir dir;
    WorkspaceDocument doc(demo(dir));
    const QStringList titles{QStringLiteral("Policy 10"),   QStringLiteral("policy 2"),
                             QStringLiteral("Beta"),        QStringLiteral("alpha"),
                             QStringLiteral("\u00c9clair"), QStringLiteral("beta"),
                             QStringLiteral("Policy 2")};
    QList<qint64> ids;
    for (const QString &title : titles) {
        EvidenceItem meta;
        meta.kind = EvidenceItem::Kind::Statement;
        meta.title = title;
        meta.owner = title.right(2);
        const Expected<qint64> id =
            doc.workspace().addEvidenceStatement(QStringLiteral("Statement."), meta, {});
        REQUIRE(id.ok());
        ids << *id;
    }
    EvidenceModel model(&doc.workspace());
    model.setReadiness(doc.readiness());

    // What a person expects: case aside, numbers by value, accents by the letter.
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    const auto sortedBy = [&](int column) {
        QList<int> rows(model.rowCount());
        std::iota(rows.begin(), rows.end(), 0);
        std::stable_sort(rows.begin(), rows.end(),
                         [&](int a, int b) { return model.lessThan(a, b, column); });
        QStringList texts;
        for (int row : rows)
            texts << model.index(row, column).data().toString();
        return texts;
    };
    const auto plainSort = [&](int column) {
        QStringList texts;
        for (int row = 0; row < model.rowCount(); ++row)
            texts << model.index(row, column).data().toString();
        std::stable_sort(texts.begin(), texts.end(), [&](const QString &a, const QString &b) {
            return collator.compare(a, b) < 0;
        });
        return texts;
    };
    for (int column : {int(EvidenceModel::TitleColumn), int(EvidenceModel::OwnerColumn)}) {
        INFO(column);
        CHECK(sortedBy(column) == plainSort(column));
    }
    const QStringList byTitle = sortedBy(EvidenceModel::TitleColumn);
    CHECK(byTitle.indexOf(QStringLiteral("policy 2")) <
          byTitle.indexOf(QStringLiteral("Policy 10")));

    // Renamed, an item moves to where its new title sorts.
    EvidenceItem renamed = doc.workspace().evidenceItem(ids.at(3))->value();
    renamed.title = QStringLiteral("zulu");
    REQUIRE(doc.workspace().updateEvidence(renamed).ok());
    CHECK(sortedBy(EvidenceModel::TitleColumn).last() == QStringLiteral("zulu"));
    CHECK(sortedBy(EvidenceModel::TitleColumn) == plainSort(EvidenceModel::TitleColumn));
}

TEST_CASE("The action model highlights overdue actions")
{
    test::TempDir dir;
    WorkspaceDocument doc(demo(dir));
    ActionModel model(&doc.workspace());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setAsOf(QDate(2026, 3, 1));
    Action late;
    late.text = QStringLiteral("Book the audit");
    late.due = QDate(2026, 2, 1);
    const Expected<qint64> id = doc.workspace().addAction(late);
    REQUIRE(id.ok());
    const int row = model.rowForId(*id);
    REQUIRE(row >= 0);
    CHECK(model.index(row, 0).data(ActionModel::OverdueRole).toBool());
    CHECK(model.index(row, ActionModel::StatusColumn).data().toString() ==
          QStringLiteral("Overdue"));
    Action done = **doc.workspace().action(*id);
    done.status = Action::Status::Done;
    REQUIRE(doc.workspace().updateAction(done).ok());
    CHECK_FALSE(model.index(row, 0).data(ActionModel::OverdueRole).toBool());
}

TEST_CASE("A read that fails is reported, not passed off as an empty list")
{
    test::TempDir dir;
    WorkspaceDocument doc(demo(dir));
    QSignalSpy errors(&doc, &WorkspaceDocument::errorsOccurred);
    // Another program damages the file under the open workspace.
    const QString file = doc.workspace().path();
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {file, QStringLiteral("ALTER TABLE action RENAME TO action_gone")});
    REQUIRE(sqlite.waitForFinished(20000));
    REQUIRE(sqlite.exitCode() == 0);
    CHECK_FALSE(doc.workspace().actions().ok());
    REQUIRE(errors.count() == 1);
    const ErrorList reported = errors.first().first().value<ErrorList>();
    REQUIRE_FALSE(reported.isEmpty());
    CHECK(reported.first().message.contains(QStringLiteral("Reading the actions failed")));
    CHECK(reported.first().file == file);
}
