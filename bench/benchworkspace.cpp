#include "benchworkspace.h"

#include "common/clock.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QRandomGenerator>

#include <sqlite3.h>

using namespace seqohs;

QString makeBenchWorkspace(const QString &path, int evidence, int auditRows)
{
    auto created = DemoWorkspace::create(path, Clock::today());
    if (!created.ok())
        return created.errorString();
    std::unique_ptr<Workspace> ws = std::move(created).value();
    const QList<AssessableItem> items = ws->standardsSet().assessables();
    QRandomGenerator random(42);
    for (int i = ws->evidence()->size(); i < evidence; ++i) {
        EvidenceItem meta;
        meta.title = QStringLiteral("Generated evidence %1").arg(i);
        meta.documentDate = Clock::today().addDays(-int(random.bounded(700)));
        meta.reviewBy = Clock::today().addDays(int(random.bounded(1000)) - 250);
        meta.owner = QStringLiteral("Owner %1").arg(i % 17);
        const QList<EvidenceLink> links{
            EvidenceLink{0, items.at(int(random.bounded(items.size()))).id, {}},
            EvidenceLink{0, items.at(int(random.bounded(items.size()))).id, {}}};
        const Expected<qint64> id =
            i % 2 == 0
                ? ws->addEvidenceStatement(QStringLiteral("Statement %1").arg(i), meta, links)
                : ws->addEvidenceLink(QStringLiteral("https://intranet.example/doc/%1").arg(i),
                                      meta, links);
        if (!id.ok())
            return id.errorString();
    }
    ws.reset();

    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
        return QStringLiteral("cannot open %1 for audit filler").arg(path);
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db,
                       "INSERT INTO audit (seq, at, who, what, target, before, after, prev_hash, "
                       "hash) VALUES (?, '2025-01-01T00:00:00Z', 'bench', 'assessment.set', ?, "
                       "'{}', '{}', 'filler', 'filler')",
                       -1, &stmt, nullptr);
    sqlite3_int64 existing = 0;
    {
        sqlite3_stmt *count = nullptr;
        sqlite3_prepare_v2(db, "SELECT count(*) FROM audit", -1, &count, nullptr);
        if (sqlite3_step(count) == SQLITE_ROW)
            existing = sqlite3_column_int64(count, 0);
        sqlite3_finalize(count);
    }
    for (sqlite3_int64 i = existing; i < auditRows; ++i) {
        const QByteArray target = items.at(int(i % items.size())).id.toUtf8();
        // Negative numbers keep the filler out of the way of the workspace's own sequence.
        sqlite3_bind_int64(stmt, 1, -(i + 1));
        sqlite3_bind_text(stmt, 2, target.constData(), int(target.size()), SQLITE_TRANSIENT);
        sqlite3_step(stmt);
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    const int rc = sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc == SQLITE_OK ? QString() : QStringLiteral("audit filler failed");
}
