#include "benchworkspace.h"

#include "common/clock.h"
#include "workspace/demoworkspace.h"
#include "workspace/workspace.h"

#include <QFile>
#include <QRandomGenerator>

using namespace seqohs;

QString makeBenchWorkspace(const QString &path, int evidence, int auditRows)
{
    auto created = DemoWorkspace::create(path, Clock::today());
    if (!created.ok())
        return created.errorString();
    std::unique_ptr<Workspace> ws = std::move(created).value();
    const QList<AssessableItem> items = ws->standardsSet().assessables();
    QRandomGenerator random(42);
    // In units of a thousand items: the generator makes years of work at once, and a synced
    // commit per item would make the 50,000-item workspace take many minutes.
    const int first = int(ws->evidence()->size());
    for (int batch = first; batch < evidence; batch += 1000) {
        const Status added = ws->change(QStringLiteral("bench evidence"), [&]() -> Status {
            for (int i = batch; i < qMin(evidence, batch + 1000); ++i) {
                EvidenceItem meta;
                meta.title = QStringLiteral("Generated evidence %1").arg(i);
                meta.documentDate = Clock::today().addDays(-int(random.bounded(700)));
                meta.reviewBy = Clock::today().addDays(int(random.bounded(1000)) - 250);
                meta.owner = QStringLiteral("Owner %1").arg(i % 17);
                const QList<EvidenceLink> links{
                    EvidenceLink{0, items.at(int(random.bounded(items.size()))).id, {}},
                    EvidenceLink{0, items.at(int(random.bounded(items.size()))).id, {}}};
                const Expected<qint64> id =
                    i % 2 == 0 ? ws->addEvidenceStatement(QStringLiteral("Statement %1").arg(i),
                                                          meta, links)
                               : ws->addEvidenceLink(
                                     QStringLiteral("https://intranet.example/doc/%1").arg(i), meta,
                                     links);
                if (!id.ok())
                    return id.errors();
            }
            return success();
        });
        if (!added.ok())
            return added.errorString();
    }
    // The rest of the audit trail, written the way the program writes it (one chained row per
    // change, all in one unit of work), so that it verifies like a real one: the integrity
    // check and the check before changes read all of it.
    const Expected<qint64> existing = ws->auditCount();
    if (!existing.ok())
        return existing.errorString();
    const Status filled = ws->change(QStringLiteral("bench audit filler"), [&]() -> Status {
        for (qint64 i = *existing; i < auditRows; ++i) {
            if (Status s = ws->setMetaValue(QStringLiteral("bench.filler"), QString::number(i)); !s)
                return s;
        }
        return success();
    });
    return filled.ok() ? QString() : filled.errorString();
}
