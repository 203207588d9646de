#pragma once

#include "readinessreport.h"
#include "scoring/snapshot.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace seqohs {

// Choices for a readiness report that the scoring input does not decide.
struct ReportOptions
{
    QString title;       // empty: "SEQOHS readiness report"
    QDateTime generated; // when the report was made; invalid: Clock::now()
    int hashPrefixLength = 12;
    QList<Snapshot> history; // earlier snapshots for "readiness over time", any order
    // The latest assessor's response (ResponseImport::reportSection); none when none is loaded.
    std::optional<ReadinessReport::AssessorResponse> response;
    // The sign-offs, holding and void (SignOffSection::of).
    QList<ReadinessReport::SignOffLine> signOffs;
};

} // namespace seqohs
