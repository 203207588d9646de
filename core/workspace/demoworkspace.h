#pragma once

#include "catalogue/standardsset.h"
#include "common/expected.h"
#include "workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <memory>

namespace seqohs {

// A realistic workspace for a fictional service, "Northgate Occupational Health" (NHS and
// private clients, three sites), for the README, screenshots, report examples and manual
// testing: assessments across every domain with narratives, evidence of every kind (files,
// links, statements; some expired or expiring before the planned visit; one file with two
// versions), and actions open, in progress, done and overdue.
//
// The content depends only on `today` and the set, so two runs on the same date give the same
// workspace apart from the times the audit trail records.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::DemoWorkspace)

public:
    // Creates the demo at path (which must not exist) on the bundled default standards set.
    static Expected<std::unique_ptr<Workspace>> create(const QString &path, const QDate &today);

    // The same on a given set, for tests that must not depend on the bundled data.
    static Expected<std::unique_ptr<Workspace>> create(const QString &path, const QDate &today,
                                                       const StandardsSet &set);
};

} // namespace seqohs
