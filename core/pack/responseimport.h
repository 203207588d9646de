#pragma once

#include "calibration.h"
#include "common/expected.h"
#include "finding.h"
#include "reporting/readinessreport.h"
#include "responsefile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace seqohs {

class Workspace;

// A finding from an imported response, as it concerns one item of the service's workspace.
struct ImportedFinding
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ImportedFinding)

public:
    QString responseId;
    QString assessor;
    QString assessorFingerprint;
    Recommendation recommendation = Recommendation::None;
    QDateTime imported; // UTC
    StandardFinding finding;
    // The item's assessment was reviewed after the response was imported: the assessor's
    // finding may no longer describe it. Computed on every call, never stored.
    bool needsReReview = false;

    // "Assessor (J. Smith, 2026-05-01): Not met - minor non-conformity. <comments>", for
    // a label on the criterion page or a tooltip on the dashboard.
    QString displayText() const;
};

// A response as stored in a workspace.
struct StoredResponse
{
    ResponseFile response;
    QDateTime imported;
    int actionsAdded = 0;
};

// The latest imported response in figures, for the dashboard.
struct ResponseOverview
{
    bool any = false; // false: no response has been imported
    QString assessor;
    QDateTime imported;
    Recommendation recommendation = Recommendation::None;
    int met = 0;
    int notMet = 0;
    int furtherEvidence = 0;
    int requiredActions = 0;
    // Standards whose criteria changed after the import, so their finding needs re-review.
    int needsReReview = 0;
};

// The service side of a response: import it into the workspace that made the pack, and read
// the findings back per item.
//
// Responses are stored in the workspace's response table (Workspace::putResponse): the signed
// document as received, re-verified whenever it is read, with when it was imported and how many
// actions the import added.
class ResponseImport
{
    Q_DECLARE_TR_FUNCTIONS(seqohs::ResponseImport)

public:
    struct Result
    {
        ResponseFile response;
        int actionsAdded = 0;
        // Set when the workspace's audit trail no longer holds the row the pack was made at:
        // its history was rewritten since, outside the program.
        QString historyWarning;
        // Set when an earlier response came from another assessor's key: a later round is
        // normally answered by the same assessor.
        QString keyWarning;
    };

    // Verifies the signature (and the key, when expectedAssessorFingerprint is given), checks
    // that the response answers a pack this workspace created and has not been imported
    // already, adds every required action as an action (source "assessor", due date kept, no
    // owner, named after its standard and attached to the standard as a whole) and stores the
    // response.
    static Expected<Result> importFile(Workspace &workspace, const QString &path,
                                       const QString &expectedAssessorFingerprint = {});

    // Every response imported into the workspace, oldest first. Responses whose stored
    // document no longer verifies are left out.
    static Expected<QList<StoredResponse>> responses(const Workspace &workspace);

    // The findings that concern an item: a criterion (through its standard) or a standard
    // assessed as a whole, from every imported response, newest first.
    static Expected<QList<ImportedFinding>> findingsFor(const Workspace &workspace,
                                                        const QString &itemId);

    // The service's own view beside the latest response's findings; none when no response has
    // been imported.
    static Expected<std::optional<Calibration>> calibration(const Workspace &workspace);
    static Expected<Calibration> calibrationOf(const Workspace &workspace,
                                               const StoredResponse &response);
    // The latest response in figures (any == false when there is none).
    static Expected<ResponseOverview> overview(const Workspace &workspace);

    // The latest response as the readiness report shows it (ReportOptions::response); none
    // when no response has been imported.
    static Expected<std::optional<ReadinessReport::AssessorResponse>>
    reportSection(const Workspace &workspace);
};

} // namespace seqohs
